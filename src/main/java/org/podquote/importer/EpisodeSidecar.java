package org.podquote.importer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.podquote.importer.format.LenientValues;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a user wrote of a folder's episodes beside their files: {@code episodes.csv} (a header row,
 * then one row per episode) or {@code episodes.json} (an array of objects), with the columns
 * {@code file, title, date, number, audio, link}. {@code file} is the transcript's path under the
 * sidecar's folder, with or without its extension; an empty cell gives no fact. A sidecar with a bad
 * row is read as none at all, every bad row reported as {@code file:line: message}, so that it is
 * never half applied.
 */
final class EpisodeSidecar {

	static final String CSV = "episodes.csv";

	static final String JSON = "episodes.json";

	static final List<String> COLUMNS = List.of("file", "title", "date", "number", "audio", "link");

	/** The longest title the library keeps (the {@code episode.title} column). */
	static final int MAX_TITLE = 1000;

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.setIgnoreSurroundingSpaces(true)
		.setAllowMissingColumnNames(false)
		.get();

	/**
	 * A row: the facts of the episode of one file.
	 *
	 * @param file the file as the row names it, relative to the sidecar's folder
	 */
	record Row(String file, int line, EpisodeFacts facts) {
	}

	/**
	 * A sidecar as read.
	 *
	 * @param shown the sidecar as the report names it, also the source of its facts
	 * @param folder the folder its files are named under
	 * @param rows its rows when it has no bad one, else none
	 * @param errors each bad row as {@code file:line: message}
	 */
	record Read(String shown, Path folder, List<Row> rows, List<String> errors) {
	}

	private EpisodeSidecar() {
	}

	/**
	 * Whether a file a folder walk found is a sidecar: {@code episodes.csv}, or an
	 * {@code episodes.json} that is an array (a JSON transcript is an object).
	 */
	static boolean is(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.equals(CSV)) {
			return true;
		}
		if (!name.equals(JSON)) {
			return false;
		}
		try {
			String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
			return text.stripLeading().startsWith("[");
		}
		catch (IOException ex) {
			return false;
		}
	}

	static Read read(Path file, String shown) {
		List<String> errors = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		Path folder = file.toAbsolutePath().normalize().getParent();
		try {
			String text = decode(Files.readAllBytes(file));
			if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
				readJson(shown, text, rows, errors);
			}
			else {
				readCsv(shown, text, rows, errors);
			}
		}
		catch (CharacterCodingException ex) {
			errors.add(shown + ":1: not UTF-8 text; save it as UTF-8 (\"CSV UTF-8\" in a spreadsheet)");
		}
		catch (IOException ex) {
			errors.add(shown + ": cannot read the file: " + FolderWalk.reason(ex));
		}
		duplicates(shown, rows, errors);
		return new Read(shown, folder, errors.isEmpty() ? List.copyOf(rows) : List.of(), List.copyOf(errors));
	}

	/**
	 * The sidecars' facts by the episode each row names (by the episode's first file), with a note per
	 * sidecar saying for how many episodes and which rows named no file here. A sidecar with bad rows,
	 * or with two rows of one episode, gives none. Where sidecars of nested folders both name an
	 * episode, the nearer one's row stands.
	 */
	static Map<LooseFile, EpisodeFacts> attach(List<Read> sidecars, List<List<LooseFile>> episodes,
			ImportReport report) {
		Map<String, List<LooseFile>> byPath = new HashMap<>();
		for (List<LooseFile> episode : episodes) {
			for (LooseFile file : episode) {
				String path = file.file().toAbsolutePath().normalize().toString().replace('\\', '/');
				byPath.put(path, episode);
				byPath.put(LooseFile.withoutExtension(path), episode);
			}
		}
		Map<LooseFile, EpisodeFacts> facts = new HashMap<>();
		List<Read> nearestLast = new ArrayList<>(sidecars);
		nearestLast.sort(Comparator.comparingInt(read -> read.folder().getNameCount()));
		for (Read read : nearestLast) {
			List<String> errors = new ArrayList<>(read.errors());
			Map<LooseFile, Row> named = new LinkedHashMap<>();
			List<String> nowhere = new ArrayList<>();
			for (Row row : read.rows()) {
				String path = read.folder().resolve(row.file()).normalize().toString().replace('\\', '/');
				List<LooseFile> episode = byPath.get(path);
				if (episode == null) {
					nowhere.add(row.file() + " (line " + row.line() + ")");
					continue;
				}
				Row first = named.putIfAbsent(episode.get(0), row);
				if (first != null) {
					errors.add(read.shown() + ":" + row.line() + ": " + row.file() + " is the episode of line "
							+ first.line() + " too");
				}
			}
			if (!errors.isEmpty()) {
				errors.forEach(report::fail);
				report.note(read.shown() + ": none of its facts were used, for the rows above; mend them and import again");
				continue;
			}
			named.forEach((file, row) -> facts.put(file, row.facts()));
			report.note("facts from " + read.shown() + " for " + named.size() + " episode" + (named.size() == 1 ? "" : "s")
					+ (nowhere.isEmpty() ? ""
							: "; " + nowhere.size() + " row" + (nowhere.size() == 1 ? " names" : "s name")
									+ " no file here: " + String.join(", ", nowhere)));
		}
		return facts;
	}

	private static String decode(byte[] bytes) throws CharacterCodingException {
		String text = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(bytes))
			.toString();
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static void readCsv(String shown, String text, List<Row> rows, List<String> errors) throws IOException {
		try (CSVParser csv = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
			Map<String, String> columns = new LinkedHashMap<>();
			for (String name : csv.getHeaderNames()) {
				String column = name.strip().toLowerCase(Locale.ROOT);
				if (!COLUMNS.contains(column)) {
					errors.add(shown + ":1: no column \"" + name + "\"; the columns are " + String.join(", ", COLUMNS));
				}
				columns.put(column, name);
			}
			if (!columns.containsKey("file")) {
				errors.add(shown + ":1: no \"file\" column, which names each row's transcript");
				return;
			}
			for (CSVRecord record : csv) {
				int line = (int) csv.getCurrentLineNumber();
				if (!record.isConsistent()) {
					errors.add(shown + ":" + line + ": " + record.size() + " cells, but the header has "
							+ csv.getHeaderNames().size());
					continue;
				}
				Map<String, String> values = new HashMap<>();
				columns.forEach((column, name) -> values.put(column, record.get(name)));
				row(shown, line, values, rows, errors);
			}
		}
		catch (IllegalArgumentException | IllegalStateException | UncheckedIOException ex) {
			// a repeated or empty column name, or a quote left open
			errors.add(shown + ":1: not a CSV file this can read: " + ex.getMessage());
		}
	}

	private static void readJson(String shown, String text, List<Row> rows, List<String> errors) {
		try (JsonParser json = MAPPER.createParser(text)) {
			if (json.nextToken() != JsonToken.START_ARRAY) {
				errors.add(shown + ":1: expected an array of episodes, such as [{\"file\": \"pilot.md\", \"title\": \"Pilot\"}]");
				return;
			}
			while (json.nextToken() != JsonToken.END_ARRAY) {
				int line = json.currentTokenLocation().getLineNr();
				if (json.currentToken() != JsonToken.START_OBJECT) {
					errors.add(shown + ":" + line + ": each episode must be an object");
					json.skipChildren();
					continue;
				}
				JsonNode node = json.readValueAsTree();
				Map<String, String> values = new HashMap<>();
				boolean bad = false;
				for (String key : node.propertyNames()) {
					JsonNode value = node.get(key);
					String column = key.toLowerCase(Locale.ROOT);
					if (!COLUMNS.contains(column)) {
						errors.add(shown + ":" + line + ": no key \"" + key + "\"; the keys are " + String.join(", ", COLUMNS));
						bad = true;
					}
					else if (value.isString() || value.isNumber()) {
						values.put(column, value.isString() ? value.stringValue() : value.numberValue().toString());
					}
					else if (!value.isNull()) {
						errors.add(shown + ":" + line + ": \"" + key + "\" must be text or a number");
						bad = true;
					}
				}
				if (!bad) {
					row(shown, line, values, rows, errors);
				}
			}
		}
		catch (JacksonException ex) {
			int line = ex.getLocation() != null ? Math.max(ex.getLocation().getLineNr(), 1) : 1;
			errors.add(shown + ":" + line + ": not valid JSON: " + ex.getOriginalMessage());
		}
	}

	/** One row's values by column; a row with no bad value becomes a {@link Row}. */
	private static void row(String shown, int line, Map<String, String> values, List<Row> rows, List<String> errors) {
		String at = shown + ":" + line + ": ";
		int before = errors.size();
		String file = blankToNull(values.get("file"));
		if (file == null) {
			errors.add(at + "no file named; each row names its transcript");
		}
		else {
			file = file.replace('\\', '/');
			if (file.startsWith("/") || file.matches("^[A-Za-z]:.*") || Set.of(file.split("/")).contains("..")) {
				errors.add(at + "\"" + file + "\" is not a path under the folder of " + shown);
			}
		}
		String title = blankToNull(values.get("title"));
		if (title != null && title.length() > MAX_TITLE) {
			errors.add(at + "a title of " + title.length() + " characters, longer than " + MAX_TITLE);
		}
		String dateText = blankToNull(values.get("date"));
		LocalDate date = LenientValues.parseDate(dateText);
		if (dateText != null && date == null) {
			errors.add(at + "\"" + dateText + "\" is not a date; write it as 2024-05-31");
		}
		String numberText = blankToNull(values.get("number"));
		Integer number = null;
		if (numberText != null) {
			if (numberText.matches("\\d{1,9}")) {
				number = Integer.parseInt(numberText);
			}
			else {
				errors.add(at + "\"" + numberText + "\" is not an episode number (a whole number such as 12)");
			}
		}
		String audio = web(at, "audio", values.get("audio"), errors);
		String link = web(at, "link", values.get("link"), errors);
		if (errors.size() == before) {
			rows.add(new Row(file, line, EpisodeFacts.of(title, date, null, audio, link, number, shown)));
		}
	}

	private static String web(String at, String column, String value, List<String> errors) {
		String text = blankToNull(value);
		if (text == null) {
			return null;
		}
		String address = EpisodeFacts.webAddress(text);
		if (address == null) {
			errors.add(at + "the " + column + " \"" + text + "\" is not an http:// or https:// address");
		}
		return address;
	}

	/** Two rows of one file: which is meant cannot be told, so both are bad. */
	private static void duplicates(String shown, List<Row> rows, List<String> errors) {
		Map<String, Row> seen = new HashMap<>();
		for (Row row : rows) {
			Row first = seen.putIfAbsent(row.file(), row);
			if (first != null) {
				errors.add(shown + ":" + row.line() + ": " + row.file() + " has a row already, on line " + first.line());
			}
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
