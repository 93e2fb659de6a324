package org.podquote.importer.format;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What caption and transcript files carry that nobody says: credits of whoever made the
 * subtitles ("Subtitles by …", "Transcribed by https://otter.ai"), subtitle sites' adverts,
 * sounds ("[Music]", "♪"), and labels such as {@code Subtitles:} or {@code Audio:} that name the
 * credit or the sound rather than a voice. Parsers keep such text without a speaker.
 */
final class Boilerplate {

	/** Labels that are not voices, matched ignoring case; "Subtitles by", "Captions provided by" too. */
	private static final Set<String> LABELS = Set.of("subtitles", "subtitle", "subtitled", "subs", "captions",
			"caption", "captioned", "captioning", "closed captions", "closed captioning", "cc", "audio", "music",
			"sound", "sounds", "sound effects", "sfx", "transcript", "transcription", "transcribed", "translation",
			"translated", "credits", "sync", "synced", "synchronized", "timing", "encoded", "ripped");

	/** What may follow such a label's word: "Subtitles provided by", "Sync and corrections by". */
	private static final Pattern BY = Pattern.compile("(?:\\s+(?:and|&)\\s+(?:corrections?|corrected|edited|timed|synced))?"
			+ "(?:\\s+(?:provided|created|made|done|brought to you|generated|produced))?\\s+by$");

	/** A credit line of the subtitles themselves, a whole line and a short one. */
	private static final Pattern CREDIT = Pattern.compile("^(?:(?:english|closed|auto(?:matic(?:ally)?)?"
			+ "(?:-generated)?)\\s+)?(?:subtitles?|subs|captions?|captioning|captioned|subtitled|subtitling"
			+ "|transcripts?|transcription|transcribed|translated|translation|synced|synchroni[sz]ed|sync"
			+ "|resync(?:ed)?|encoded|ripped)(?:\\s+(?:and\\s+|&\\s+)?(?:corrections?|corrected|edited|timed|synced"
			+ "|created|provided|made|generated|done|produced|brought\\s+to\\s+you|made\\s+possible|was|were|is))*"
			+ "\\s*(?:by|from|with|using|via|courtesy\\s+of)\\b.{0,120}$", Pattern.CASE_INSENSITIVE);

	/** Subtitle sites that sign or advertise in the files people download from them. */
	private static final Pattern SUBTITLE_SITE = Pattern.compile(
			"\\b(?:opensubtitles\\.(?:org|com)|addic7ed\\.com|subscene\\.com|podnapisi\\.net|yts\\.(?:mx|am|lt|ag))\\b",
			Pattern.CASE_INSENSITIVE);

	/** Only bracketed sound descriptions, "[Music]", "(upbeat music)", "[APPLAUSE] [LAUGHTER]". */
	private static final Pattern SOUND_ONLY = Pattern.compile("^(?:[\\[(][^\\[\\]()\\n]{1,40}[\\])]\\s*){1,4}$");

	/** Music notes around or instead of lyrics: "♪", "♪♪", "♪ la la la ♪". */
	private static final Pattern MUSIC = Pattern.compile("^[\u266A\u266B\u266C#\\s]*[\u266A\u266B\u266C].{0,200}$"
			+ "|^.{0,200}[\u266A\u266B\u266C][\u266A\u266B\u266C\\s]*$");

	private Boilerplate() {
	}

	/** A label that names a credit or a sound, not a voice: {@code Subtitles}, {@code Captions by}, {@code Audio}. */
	static boolean isLabel(String name) {
		String lower = name.strip().toLowerCase(Locale.ROOT);
		return LABELS.contains(lower) || LABELS.contains(BY.matcher(lower).replaceFirst(""));
	}

	/** A line or cue that credits the subtitles, advertises a subtitle site, or is only a sound. */
	static boolean isText(String text) {
		String stripped = text.strip();
		if (stripped.isEmpty() || stripped.length() > 200) {
			return false;
		}
		return CREDIT.matcher(stripped).matches() || SUBTITLE_SITE.matcher(stripped).find()
				|| SOUND_ONLY.matcher(stripped).matches() || MUSIC.matcher(stripped).matches();
	}

	/** A credit of the transcript itself, for paragraphs of text transcripts ("Transcribed by https://otter.ai"). */
	static boolean isCredit(String text) {
		String stripped = text.strip();
		return stripped.length() <= 200 && CREDIT.matcher(stripped).matches();
	}

}
