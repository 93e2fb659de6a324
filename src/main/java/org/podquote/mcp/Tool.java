package org.podquote.mcp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One MCP tool: its name, what it is for (the assistant reads this to choose it), its arguments as
 * JSON Schema, and what it does with them. The result is any record, sent as JSON. Each tool is a
 * bean ({@link LibraryTools}): adding one is adding one {@code @Bean} method.
 */
public record Tool(String name, String title, String description, Map<String, Object> inputSchema,
		Function<ToolArguments, Object> handler) {

	/** Builds the input schema: an object of named properties, some required. */
	public static final class Schema {

		private final Map<String, Object> properties = new LinkedHashMap<>();

		private final java.util.ArrayList<String> required = new java.util.ArrayList<>();

		public Schema string(String name, String description, boolean required) {
			return property(name, Map.of("type", "string", "description", description), required);
		}

		public Schema integer(String name, String description, int minimum, int maximum) {
			return property(name, Map.of("type", "integer", "description", description, "minimum", minimum, "maximum",
					maximum), false);
		}

		public Schema choice(String name, String description, List<String> values) {
			return property(name, Map.of("type", "string", "description", description, "enum", values), false);
		}

		/** A number of seconds, or a clock time as text ({@code 1:02:03}). */
		public Schema time(String name, String description, boolean required) {
			return property(name, Map.of("type", List.of("number", "string"), "description", description), required);
		}

		private Schema property(String name, Map<String, Object> schema, boolean isRequired) {
			properties.put(name, schema);
			if (isRequired) {
				required.add(name);
			}
			return this;
		}

		public Map<String, Object> build() {
			Map<String, Object> schema = new LinkedHashMap<>();
			schema.put("type", "object");
			schema.put("properties", properties);
			schema.put("required", List.copyOf(required));
			schema.put("additionalProperties", false);
			return schema;
		}

	}

}
