package org.podquote.speaker;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which transcript labels name a person. Two kinds do not:
 * <ul>
 * <li><em>generic voices</em>, a role word and maybe a number or letter ({@code Speaker 1},
 * {@code SPEAKER_00}, {@code Spk 2}, {@code Speaker A}, {@code Guest 1}, {@code Interviewer},
 * {@code Unknown}, {@code Audience member}): somebody speaks, but the label says only which voice
 * of this one episode it is. "Speaker 2" of one show and of another are not one person, so these
 * are kept per episode under their normalised label, and the admin may name them;</li>
 * <li><em>not people</em> ({@code Music}, {@code Subtitles}, {@code Ad}, {@code Jingle}): parts of
 * the show or of the file, configurable as {@code podquote.import.pseudo-speakers}.</li>
 * </ul>
 * The file's own number is kept: {@code SPEAKER_00} is "Speaker 0" and {@code SPEAKER_01}
 * "Speaker 1" (leading zeros go), so that a voice can still be found in the file it came from.
 */
public final class Voices {

	/** Labels that are parts of a show or a file, not people: their text is nobody's quote. */
	public static final Set<String> DEFAULT_NOT_PEOPLE = Set.of("Break", "Intro", "Outro", "Music", "Ad", "Ads",
			"Sponsor", "Transcript", "Note", "Audio", "Subtitles", "Subtitle", "Captions", "Caption", "Jingle", "Promo",
			"Laughter", "Applause");

	/**
	 * Role words that stand for one unnamed voice, by how they are shown. Several spellings of one
	 * word share a label so that "SPK_1" and "Speaker 1" of a file are one voice.
	 */
	private static final Map<String, String> ROLE_WORDS = roleWords();

	/** Role words that may carry a letter ("Speaker A"); any other word plus a letter may be a name ("Malcolm X"). */
	private static final Set<String> LETTERED = Set.of("Speaker", "Voice", "Participant", "Person", "Guest", "Caller",
			"Interviewee", "Interviewer", "Panelist", "Unknown speaker");

	private static final String NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";

	/** A role word, a separator, then a number, a letter or a number word: "Speaker 1", "speaker_b", "Guest #2". */
	private static final Pattern SEPARATE_ID = Pattern
		.compile("(?<head>.+?)[\\s_\\-#.]+(?<id>\\d{1,4}|\\p{L}|" + NUMBER_WORDS + ")");

	/** A word with a number right after it: "Speaker1", "SPEAKER01", "Guest2". */
	private static final Pattern ATTACHED_NUMBER = Pattern.compile("(?<head>\\p{L}+?)(?<id>\\d{1,4})");

	/** "S1", "S_2": the short form of Speaker, never a voice on its own (an initial). */
	private static final Pattern SHORT_SPEAKER = Pattern.compile("s[\\s_\\-#.]*(?<id>\\d{1,4})");

	/** Any one word with a number apart, "Student 1", "CALLER_2": a role, not a name. */
	private static final Pattern ONE_WORD = Pattern.compile("\\p{L}{2,30}");

	private final Map<String, String> notPeople = new LinkedHashMap<>();

	/** @param notPeople labels that are not people, matched ignoring case and spacing */
	public Voices(Set<String> notPeople) {
		notPeople.forEach(label -> this.notPeople.putIfAbsent(SpeakerNames.key(label), SpeakerNames.clean(label)));
	}

	public static Voices defaults() {
		return new Voices(DEFAULT_NOT_PEOPLE);
	}

	/** Whether the label is a part of the show or file, such as {@code Music}, rather than anybody. */
	public boolean notAPerson(String label) {
		return label != null && notPeople.containsKey(SpeakerNames.key(label));
	}

	/**
	 * The voice a label stands for when it names nobody: a generic voice's normalised label
	 * ("Speaker 1"), or a not-person label as configured ("Music"); null when the label may name a
	 * person.
	 */
	public String voiceOf(String label) {
		if (label == null) {
			return null;
		}
		String asConfigured = notPeople.get(SpeakerNames.key(label));
		return asConfigured != null ? asConfigured : generic(label);
	}

	/** Whether the label is a generic voice ("Speaker 1"), one the admin may give a name. */
	public static boolean isGeneric(String label) {
		return generic(label) != null;
	}

	/**
	 * The normalised label of a generic voice: {@code SPEAKER_01} and {@code spk 1} are "Speaker 1",
	 * {@code speaker_b} "Speaker B", {@code Unknown} "Unknown speaker", {@code STUDENT_2} "Student 2";
	 * null when the label may name a person.
	 */
	public static String generic(String label) {
		if (label == null) {
			return null;
		}
		String lower = SpeakerNames.clean(label).toLowerCase(Locale.ROOT);
		String whole = ROLE_WORDS.get(words(lower));
		if (whole != null) {
			return whole;
		}
		Matcher shortForm = SHORT_SPEAKER.matcher(lower);
		if (shortForm.matches()) {
			return "Speaker " + number(shortForm.group("id"));
		}
		Matcher m = SEPARATE_ID.matcher(lower);
		boolean apart = m.matches();
		if (!apart) {
			m = ATTACHED_NUMBER.matcher(lower);
			if (!m.matches()) {
				return null;
			}
		}
		String head = words(m.group("head"));
		String id = m.group("id");
		boolean digits = Character.isDigit(id.charAt(0));
		String word = ROLE_WORDS.get(head);
		if (word != null) {
			return (digits || id.length() > 1 || LETTERED.contains(word)) ? word + " " + identifier(id) : null;
		}
		if (apart && digits && ONE_WORD.matcher(head).matches()) {
			return Character.toUpperCase(head.charAt(0)) + head.substring(1) + " " + number(id);
		}
		return null;
	}

	/** Lower-case words apart by single spaces: "co-host", "Co_Host" and "co  host" are "co host". */
	private static String words(String lower) {
		return lower.replaceAll("[\\s_.\\-]+", " ").strip();
	}

	private static String identifier(String id) {
		if (Character.isDigit(id.charAt(0))) {
			return number(id);
		}
		return id.length() == 1 ? id.toUpperCase(Locale.ROOT)
				: Character.toUpperCase(id.charAt(0)) + id.substring(1).toLowerCase(Locale.ROOT);
	}

	private static String number(String digits) {
		return String.valueOf(Integer.parseInt(digits));
	}

	private static Map<String, String> roleWords() {
		Map<String, String> words = new LinkedHashMap<>();
		for (String spelling : new String[] { "speaker", "spk", "spkr", "unnamed speaker" }) {
			words.put(spelling, "Speaker");
		}
		for (String spelling : new String[] { "unknown", "unknown speaker", "unknown voice", "unidentified",
				"unidentified speaker", "unidentified voice", "unknown male", "unknown female" }) {
			words.put(spelling, "Unknown speaker");
		}
		for (String spelling : new String[] { "co host", "cohost" }) {
			words.put(spelling, "Co-host");
		}
		words.put("audience member", "Audience member");
		words.put("multiple speakers", "Multiple speakers");
		words.put("male voice", "Male voice");
		words.put("female voice", "Female voice");
		words.put("guest speaker", "Guest speaker");
		words.put("panellist", "Panelist");
		for (String word : new String[] { "voice", "participant", "person", "guest", "host", "caller", "interviewer",
				"interviewee", "moderator", "panelist", "narrator", "announcer", "reporter", "audience", "crowd", "both",
				"all", "everyone", "multiple", "group", "man", "woman", "q", "a" }) {
			words.put(word, word.length() == 1 ? word.toUpperCase(Locale.ROOT)
					: Character.toUpperCase(word.charAt(0)) + word.substring(1));
		}
		return Map.copyOf(words);
	}

}
