package org.podquote.mcp;

import java.util.Map;

/**
 * A tool call's arguments, read leniently as assistants send them (a number as text, a blank as
 * absent) and strictly where it matters: what cannot be read is a {@link ToolError} naming the
 * argument.
 *
 * @param base the site's public address for absolute links, as {@code PublicUrls} gives it for the request
 */
public record ToolArguments(Map<String, Object> values, String base) {

	public ToolArguments {
		values = values == null ? Map.of() : values;
	}

	/** A string, or null when absent or blank. */
	public String string(String name) {
		Object value = values.get(name);
		if (value == null) {
			return null;
		}
		String text = String.valueOf(value).strip();
		return text.isEmpty() ? null : text;
	}

	public String required(String name) {
		String value = string(name);
		if (value == null) {
			throw new ToolError("The argument '" + name + "' is required.");
		}
		return value;
	}

	public int integer(String name, int fallback, int minimum, int maximum) {
		Object value = values.get(name);
		if (value == null || String.valueOf(value).isBlank()) {
			return fallback;
		}
		long number;
		if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
			number = n.longValue();
		}
		else {
			try {
				number = Long.parseLong(String.valueOf(value).strip());
			}
			catch (NumberFormatException ex) {
				throw new ToolError("The argument '" + name + "' must be a whole number, not '" + value + "'.");
			}
		}
		if (number < minimum || number > maximum) {
			throw new ToolError("The argument '" + name + "' must be between " + minimum + " and " + maximum + ", not "
					+ number + ".");
		}
		return (int) number;
	}

	/** Seconds into an episode: a number, or {@code SS}, {@code MM:SS}, {@code H:MM:SS}; null when absent. */
	public Double seconds(String name) {
		Object value = values.get(name);
		if (value == null || String.valueOf(value).isBlank()) {
			return null;
		}
		if (value instanceof Number n) {
			return checkedSeconds(name, n.doubleValue(), value);
		}
		String text = String.valueOf(value).strip();
		if (text.matches("\\d+(\\.\\d+)?")) {
			return checkedSeconds(name, Double.parseDouble(text), value);
		}
		if (text.matches("\\d{1,3}:\\d{1,2}(:\\d{1,2})?(\\.\\d+)?")) {
			String[] parts = text.split(":");
			double seconds = 0;
			for (String part : parts) {
				seconds = seconds * 60 + Double.parseDouble(part);
			}
			return seconds;
		}
		throw new ToolError("The argument '" + name + "' must be seconds (754) or a time (12:34, 1:02:03), not '" + text + "'.");
	}

	public String absolute(String path) {
		return base + path;
	}

	private static double checkedSeconds(String name, double seconds, Object value) {
		if (seconds < 0 || Double.isNaN(seconds) || Double.isInfinite(seconds)) {
			throw new ToolError("The argument '" + name + "' must be a time into the episode, not '" + value + "'.");
		}
		return seconds;
	}

}
