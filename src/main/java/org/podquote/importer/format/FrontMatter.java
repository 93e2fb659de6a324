package org.podquote.importer.format;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Front matter at the top of a Markdown or text transcript, as static-site generators write it:
 * YAML between {@code ---} lines (Jekyll, Hugo, Astro) or TOML between {@code +++} lines (Hugo).
 * Only the keys {@link MetadataFields} knows are read; block scalars ({@code title: >}) and one
 * nested level ({@code enclosure:} then {@code   url: …}) are understood, the rest is skipped.
 */
final class FrontMatter {

	static final String ORIGIN = "front matter";

	/** How far the closing line is looked for: front matter is short, a rule further down is no end of it. */
	private static final int MAX_LINES = 200;

	private static final Pattern YAML_ENTRY = Pattern.compile("^([ \\t]*)([A-Za-z_][\\w .-]{0,40}?)\\s*:(?:\\s+(.*))?$");

	private static final Pattern TOML_ENTRY = Pattern.compile("^\\s*([A-Za-z_][\\w.-]{0,40})\\s*=\\s*(.*)$");

	private static final Set<String> BLOCK_SCALAR = Set.of("|", ">", "|-", ">-", "|+", ">+");

	private static final Set<String> NESTED_URL = Set.of("url", "href", "src", "link", "file");

	private FrontMatter() {
	}

	/** The first line after the front matter (0 when there is none), its facts put into {@code fields}. */
	static int read(String[] lines, MetadataFields fields) {
		if (lines.length < 2) {
			return 0;
		}
		String open = lines[0].strip();
		boolean toml = open.equals("+++");
		if (!open.equals("---") && !toml) {
			return 0;
		}
		int end = -1;
		for (int i = 1; i < Math.min(lines.length, MAX_LINES); i++) {
			String line = lines[i].strip();
			if (toml ? line.equals("+++") : (line.equals("---") || line.equals("..."))) {
				end = i;
				break;
			}
		}
		if (end < 0) {
			return 0;
		}
		if (toml) {
			readToml(lines, end, fields);
		}
		else {
			readYaml(lines, end, fields);
		}
		return end + 1;
	}

	private static void readToml(String[] lines, int end, MetadataFields fields) {
		for (int i = 1; i < end; i++) {
			Matcher entry = TOML_ENTRY.matcher(lines[i]);
			if (entry.matches()) {
				fields.put(entry.group(1), entry.group(2), ORIGIN);
			}
		}
	}

	private static void readYaml(String[] lines, int end, MetadataFields fields) {
		MetadataFields.Field parent = null;
		for (int i = 1; i < end; i++) {
			Matcher entry = YAML_ENTRY.matcher(lines[i]);
			if (!entry.matches() || lines[i].strip().startsWith("#")) {
				continue;
			}
			boolean nested = !entry.group(1).isEmpty();
			String key = entry.group(2);
			String value = (entry.group(3) != null) ? entry.group(3).strip() : "";
			if (nested) {
				// "enclosure:" then "  url: https://…": the URL of the parent's fact
				boolean urlField = parent == MetadataFields.Field.AUDIO || parent == MetadataFields.Field.LINK;
				if (urlField && NESTED_URL.contains(key.toLowerCase(Locale.ROOT))) {
					fields.put(parent, value, ORIGIN);
				}
				continue;
			}
			parent = MetadataFields.field(key);
			if (parent == null || value.isEmpty()) {
				continue;
			}
			if (BLOCK_SCALAR.contains(value)) {
				StringBuilder block = new StringBuilder();
				while (i + 1 < end && (lines[i + 1].isBlank() || Character.isWhitespace(lines[i + 1].charAt(0)))) {
					block.append(' ').append(lines[++i].strip());
				}
				value = block.toString();
			}
			fields.put(parent, value, ORIGIN);
		}
	}

}
