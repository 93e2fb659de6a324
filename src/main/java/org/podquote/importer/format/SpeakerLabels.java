package org.podquote.importer.format;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.podquote.system.CleanText;

/**
 * Speaker labels at the start of a line in the forms people and tools write them, and the
 * judgement whether a label is a name or just a sentence with a colon in it ({@code So: ...},
 * {@code Note: ...}, {@code https://...}, {@code 10:30}).
 * <ul>
 * <li>{@code Name:}, {@code [Name]:}, with a time: {@code Name (00:12:03):}, {@code Name [00:12:03]:}
 * (Rev, Descript), with a role: {@code Name (host):};</li>
 * <li>a time first: {@code [00:01:07] Name: text}, {@code 00:01:07 Name: text};</li>
 * <li>a time after the label: {@code Name: [00:01:07] text};</li>
 * <li>diarization without a colon: {@code [SPEAKER_00] text}, {@code [Speaker 1] [01:07] text}
 * (Whisper, WhisperX, pyannote);</li>
 * <li>a name and a time alone on a line, the text below: {@code Speaker 1  0:00} (Otter).</li>
 * </ul>
 * A time alone on a line ({@code (00:01:17):}, {@code 00:01:17}) is no label but a new start
 * for the same speaker: see {@link #timeOnly}.
 */
final class SpeakerLabels {

	/**
	 * What a label says: the name as written, the role it gives (lower case, null when none), its
	 * time when it has one, and the text after it.
	 */
	record Label(String name, String role, Long startMs, String rest) {

		Label(String name, Long startMs, String rest) {
			this(name, null, startMs, rest);
		}

	}

	/** A name with what followed it inside the label: a role and a time, each null when absent. */
	record Name(String name, String role, Long startMs) {
	}

	/** A time at the start of a line and the text after it. */
	record Stamp(long ms, String rest) {
	}

	/** {@code m:ss}, {@code mm:ss}, {@code h:mm:ss}, each with an optional {@code .fff} or {@code ,ff}. */
	static final String CLOCK = "\\d{1,3}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,9})?";

	/**
	 * A time in brackets, Markdown-escaped brackets or parentheses, also as a range
	 * ({@code [00:00.000 --> 00:04.000]}, as Whisper prints), whose start is group 1.
	 */
	static final String STAMP = "(?:\\\\?\\[|\\()\\s?(" + CLOCK + ")(?:\\s?(?:-->|->|-|\u2013|to)\\s?" + CLOCK
			+ ")?\\s?(?:\\\\?\\]|\\))";

	/** Not the text of a Markdown link, {@code [00:12](https://…)}. */
	private static final Pattern LEADING_STAMP = Pattern
		.compile("^" + STAMP + "(?!\\()\\s{0,3}(?::(?=\\s|$))?\\s{0,3}");

	private static final Pattern LEADING_CLOCK = Pattern.compile("^(" + CLOCK + ")\\s{1,3}(?=\\S)");

	private static final Pattern TRAILING_STAMP = Pattern.compile("\\s{0,3}" + STAMP + "$");

	private static final Pattern TRAILING_PAREN = Pattern.compile("\\s{0,3}\\(([^()\\n]{1,40})\\)$");

	private static final Pattern BRACKETED = Pattern.compile("^\\[([^\\[\\]\\n]{1,60})\\]$");

	/** A time alone on its line, perhaps with a colon: a new start within the current turn. */
	private static final Pattern TIME_ONLY = Pattern
		.compile("^(?:" + STAMP + "|(" + CLOCK + ")(?:\\s?(?:-->|-)\\s?" + CLOCK + ")?)\\s{0,3}:?$");

	/**
	 * The head of a label up to its colon: name words, and bracketed parts (a time, a role, the
	 * name itself). Bounded, and each alternative starts with a different character, so a long
	 * line without a colon costs little.
	 */
	private static final Pattern COLON_LABEL = Pattern
		.compile("^((?:\\[[^\\[\\]\\n]{1,60}\\]|\\([^()\\n]{1,40}\\)|[^:\\[\\]()\\n]){1,100}?)\\s{0,3}:(?=\\s|$)");

	/** {@code [Name]} without a colon, as diarization tools write it. */
	private static final Pattern BRACKET_NAME = Pattern.compile("^\\[([^\\[\\]\\n]{1,60})\\](?=\\s|$|\\\\?\\[|\\()");

	/**
	 * A name and a time alone on a line, with the text on the lines below: {@code Speaker 1  0:00}
	 * (Otter, two spaces), {@code Jane Doe (00:52)}, {@code Jane Doe - 0:52}; with one space only a
	 * numbered voice ({@code Speaker 1 0:09}) or a time no verse has, {@code Jane Doe 00:00:05}
	 * (Trint, Sonix): "John 3:16" is a verse. The time with one space is group 5.
	 */
	private static final Pattern NAME_AND_TIME = Pattern.compile("^([^:\\[\\]()\\n]{1,60}?)(?:\\s{1,6}" + STAMP
			+ "|\\s{2,6}(" + CLOCK + ")|\\s{1,6}[-\u2013|]\\s{1,3}(" + CLOCK + ")|\\s(" + CLOCK + "))\\s{0,3}:?$");

	/** A clock with hours or a leading zero, {@code 1:02:03} or {@code 00:52}, unlike a verse's "3:16". */
	private static final Pattern PADDED = Pattern.compile("(?:\\d{1,3}:\\d{2}:\\d{2}|0\\d:\\d{2})(?:[.,]\\d{1,9})?");

	private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}\\p{N}'\u2019.\\-]*");

	private static final Pattern WHITE = Pattern.compile("\\s+");

	private static final Pattern HANDLE = Pattern.compile("\\p{L}[\\p{L}\\p{N}_.\\-]{1,39}");

	/**
	 * The voices diarization and transcription services name by number or letter:
	 * {@code SPEAKER_00} (pyannote, WhisperX), {@code spk_0} (AWS), {@code Speaker 1} (Otter, Rev,
	 * Descript), {@code Speaker A} (AssemblyAI), {@code Guest 2}, {@code Unknown Speaker 3}.
	 */
	private static final Pattern GENERIC_VOICE = Pattern
		.compile("(?:(?:unknown|unidentified|other|female|male)[ _-])?(?:speaker|spkr?|voice|person|participant"
				+ "|guest|host|co-?host|interviewer|interviewee|caller|panell?ist|audience(?:[ _-]member)?|narrator"
				+ "|reporter|moderator|presenter|man|woman|student|member|respondent|contestant|announcer|child"
				+ "|kid|user|teacher|attendee|listener)(?:[ _-]?\\d{1,3}|[ _-][a-z])", Pattern.CASE_INSENSITIVE);

	/** Lower-case words that may sit inside a name: "Ludwig van Beethoven", "Bill and Ted". */
	private static final Set<String> CONNECTORS = Set.of("van", "von", "der", "den", "de", "da", "di", "du", "del",
			"della", "la", "le", "bin", "al", "el", "y", "and", "of", "the");

	/**
	 * Capitalised words that start sentences or field labels far more often than they name
	 * anyone, so that "So: ...", "Update: ..." or "Time: 10:30" is not taken for a speaker. "A" and
	 * "I" are missing on purpose: "Q:", "A:" and "I:" label interviews.
	 */
	private static final Set<String> NOT_NAMES = Set.of("an", "the", "and", "but", "or", "so", "yes", "no",
			"well", "now", "then", "also", "however", "anyway", "okay", "ok", "here", "there", "this", "that",
			"these", "those", "it", "we", "you", "he", "she", "they", "my", "our", "your", "his", "her",
			"their", "what", "why", "how", "when", "where", "who", "which", "if", "in", "on", "at", "for", "to",
			"with", "from", "by", "as", "remember", "example", "e.g.", "i.e.", "ps", "p.s.", "step", "tip",
			"warning", "caution", "update", "edit", "important", "source", "sources", "link", "links", "url",
			"website", "email", "tags", "date", "time", "title", "episode", "summary", "result", "results",
			"reason", "problem", "solution", "hint", "chapter", "part", "section", "rule", "fact", "bonus",
			"definition", "translation", "http", "https", "re", "subject", "answer", "question", "note",
			"disclaimer", "transcript", "correction", "recorded", "published", "duration", "location", "monday",
			"tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

	/** What a bracket holds in captions when it is a sound, not a voice: "[Music] [00:01]". */
	private static final Set<String> SOUNDS = Set.of("music", "applause", "laughter", "laughs", "laughing",
			"inaudible", "crosstalk", "silence", "noise", "foreign", "blank_audio", "cheering", "cheers", "sighs",
			"coughs", "background", "intro", "outro", "theme", "sound", "sfx", "static", "beep", "pause",
			"unintelligible", "indistinct", "no audio", "music playing", "upbeat music");

	/**
	 * Roles a label may give in parentheses, {@code Jane Doe (host):}: the speaking roles and the
	 * Podcasting 2.0 taxonomy's. Other parentheses ({@code (Acme Corp)}, {@code (again)}) are left
	 * out of the name but give no role.
	 */
	private static final Set<String> ROLES = Set.of("host", "co-host", "cohost", "guest", "guest host",
			"special guest", "featured guest", "guest co-host", "narrator", "announcer", "reporter", "interviewer",
			"interviewee", "moderator", "panelist", "panellist", "caller", "presenter", "correspondent",
			"commentator", "analyst", "contributor", "voice actor", "producer", "executive producer",
			"senior producer", "associate producer", "editor", "author", "writer", "director", "composer",
			"translator", "interpreter", "researcher", "consultant", "expert");

	private SpeakerLabels() {
	}

	/**
	 * The label at the start of a line of plain text, without judging the name (but a label
	 * without a colon is taken only where it is clearly one); null when the line does not start
	 * with one.
	 */
	static Label candidate(String line) {
		String text = line;
		Long leading = null;
		Matcher stamp = LEADING_STAMP.matcher(text);
		Matcher clock = LEADING_CLOCK.matcher(text);
		if (stamp.lookingAt()) {
			leading = TranscriptText.clock(stamp.group(1));
			text = text.substring(stamp.end());
		}
		else if (clock.lookingAt()) {
			leading = TranscriptText.clock(clock.group(1));
			text = text.substring(clock.end());
		}
		Label label = colonLabel(text);
		if (label == null) {
			label = bracketVoice(text);
		}
		if (label == null && leading == null) {
			label = nameAndTime(text);
		}
		if (label == null) {
			return null;
		}
		Long startMs = (leading != null) ? leading : label.startMs();
		String rest = label.rest();
		Stamp after = leadingStamp(rest);
		if (after != null) {
			startMs = (startMs != null) ? startMs : after.ms();
			rest = after.rest();
		}
		return new Label(label.name(), label.role(), startMs, rest);
	}

	/** The label at the start of the line when it names someone plausibly, else null. */
	static Label of(String line) {
		Label label = candidate(line);
		return (label != null && plausibleName(label.name())) ? withoutRepeatedName(label, SpeakerLabels::candidate)
				: null;
	}

	/**
	 * The label without its name said twice, {@code Jane Doe: Jane Doe: text} (an editor's label
	 * before the tool's), read by {@code reader}, which is how the caller reads labels.
	 */
	static Label withoutRepeatedName(Label label, Function<String, Label> reader) {
		if (label.rest().isEmpty() || label.rest().length() < label.name().length()) {
			return label;
		}
		Label again = reader.apply(label.rest());
		if (again == null || !again.name().equalsIgnoreCase(label.name())) {
			return label;
		}
		return new Label(label.name(), (label.role() != null) ? label.role() : again.role(),
				(label.startMs() != null) ? label.startMs() : again.startMs(), again.rest());
	}

	private static Label colonLabel(String text) {
		Matcher m = COLON_LABEL.matcher(text);
		if (!m.lookingAt()) {
			return null;
		}
		Name name = splitName(m.group(1));
		if (name.name().chars().noneMatch(Character::isLetter)) {
			return null;
		}
		return new Label(name.name(), name.role(), name.startMs(), text.substring(m.end()).strip());
	}

	private static Label bracketVoice(String text) {
		Matcher m = BRACKET_NAME.matcher(text);
		if (!m.lookingAt()) {
			return null;
		}
		String rest = text.substring(m.end()).strip();
		Stamp time = leadingStamp(rest);
		if (time == null && text.startsWith("(", m.end())) {
			return null; // a Markdown link, "[Speaker 1](https://…)"
		}
		Name name = splitName(m.group(1));
		boolean generic = isGenericVoice(name.name());
		boolean timed = time != null && plausibleName(name.name())
				&& !SOUNDS.contains(name.name().toLowerCase(Locale.ROOT));
		if (!generic && !timed) {
			return null;
		}
		return new Label(name.name(), name.role(), (time != null) ? Long.valueOf(time.ms()) : name.startMs(),
				(time != null) ? time.rest() : rest);
	}

	private static Label nameAndTime(String text) {
		Matcher m = NAME_AND_TIME.matcher(text);
		if (!m.matches()) {
			return null;
		}
		String name = m.group(1).strip();
		if (m.group(5) != null && !PADDED.matcher(m.group(5)).matches() && !isGenericVoice(name)) {
			return null;
		}
		String clock = (m.group(2) != null) ? m.group(2)
				: (m.group(3) != null) ? m.group(3) : (m.group(4) != null) ? m.group(4) : m.group(5);
		return new Label(name, TranscriptText.clock(clock), "");
	}

	/**
	 * The name of a label's head with a time before or after it ({@code (00:12:03)},
	 * {@code [00:12:03]}) and a trailing parenthesis ({@code (host)}) taken off, and the brackets of
	 * {@code [Name]}. Parentheses inside the name stay: {@code VM (Vicky) Brasseur}.
	 */
	static Name splitName(String head) {
		String name = head.strip();
		Long startMs = null;
		Matcher leading = LEADING_STAMP.matcher(name);
		if (leading.lookingAt() && leading.end() < name.length()) {
			// "**[00:01:07] Jane Doe:**"
			startMs = TranscriptText.clock(leading.group(1));
			name = name.substring(leading.end()).strip();
		}
		String role = null;
		boolean paren = false;
		for (int i = 0; i < 3; i++) {
			Matcher time = TRAILING_STAMP.matcher(name);
			if (startMs == null && time.find() && time.start() > 0) {
				startMs = TranscriptText.clock(time.group(1));
				name = name.substring(0, time.start()).strip();
				continue;
			}
			Matcher trailing = TRAILING_PAREN.matcher(name);
			if (!paren && trailing.find() && trailing.start() > 0) {
				paren = true;
				role = role(trailing.group(1));
				name = name.substring(0, trailing.start()).strip();
				continue;
			}
			break;
		}
		Matcher bracketed = BRACKETED.matcher(name);
		if (bracketed.matches()) {
			name = bracketed.group(1).strip();
		}
		return new Name(name, role, startMs);
	}

	/** The role a parenthesis names, in lower case: the first of "Host, Acme Corp"; null for none. */
	private static String role(String text) {
		String first = text.split("[,;/]|\\s[-\u2013]\\s|\\sand\\s", 2)[0];
		String role = WHITE.matcher(first.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
		if (role.equals("cohost")) {
			return "co-host";
		}
		return ROLES.contains(role) ? role : null;
	}

	/** A time at the start of a line, bracketed or in parentheses, and the rest; null without one. */
	static Stamp leadingStamp(String line) {
		Matcher m = LEADING_STAMP.matcher(line);
		if (!m.lookingAt()) {
			return null;
		}
		return new Stamp(TranscriptText.clock(m.group(1)), line.substring(m.end()).strip());
	}

	/**
	 * The time of a line that holds nothing but a time ({@code (00:01:17):}, {@code 00:01:17},
	 * {@code [01:07]}, {@code \[04:10.15\]}), or null.
	 */
	static Long timeOnly(String line) {
		if (line.length() > 80) {
			return null;
		}
		Matcher m = TIME_ONLY.matcher(line.strip());
		if (!m.matches()) {
			return null;
		}
		return TranscriptText.clock((m.group(1) != null) ? m.group(1) : m.group(2));
	}

	/**
	 * One to five capitalised words (lower-case particles inside allowed), not a sentence opener;
	 * or a numbered voice such as {@code Speaker 1} or {@code SPEAKER_00}.
	 */
	static boolean plausibleName(String name) {
		// judged as it will be stored: "Ada\u200BLovelace" is a name, "\u202EAda" one the importer refuses by its line
		String stripped = CleanText.name(name);
		if (stripped.isEmpty()) {
			return false;
		}
		if (isGenericVoice(stripped)) {
			return true;
		}
		String[] words = WHITE.split(stripped);
		if (words.length > 5 || NOT_NAMES.contains(words[0].toLowerCase(Locale.ROOT))) {
			return false;
		}
		for (int i = 0; i < words.length; i++) {
			boolean inner = i > 0 && i < words.length - 1;
			if (!(inner && CONNECTORS.contains(words[i])) && !NAME_WORD.matcher(words[i]).matches()) {
				return false;
			}
		}
		return true;
	}

	/** A voice a tool numbered rather than named: {@code Speaker 1}, {@code SPEAKER_00}, {@code spk_0}. */
	static boolean isGenericVoice(String name) {
		return name.length() <= 40 && GENERIC_VOICE.matcher(name.strip()).matches();
	}

	/** A single user-name-like word such as {@code conejoninja}, for labels that are clearly labels. */
	static boolean plausibleHandle(String name) {
		return HANDLE.matcher(name).matches() && !NOT_NAMES.contains(name.toLowerCase(Locale.ROOT));
	}

}
