package org.podquote.appearance;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much a quote says, as a number a speaker's page can rank by: the distinct words it holds
 * beyond backchannel and the words every sentence has. "Yeah.", "Mm-hm.", "Right.", "[laughs]"
 * and "Yeah. [unintelligible 00:02:03.22]" score 0; a sentence with an idea in it scores its words.
 * Computed once when the quote is stored (and for older rows by migration V6), so that the ranking
 * is an indexed order rather than a scan of every quote of a speaker on each view.
 */
public final class Substance {

	/** What a transcriber adds between brackets: [laughs], [unintelligible 00:02:03.22], [04:22]. */
	private static final Pattern CUE = Pattern.compile("\\[[^\\]]*]|\\((?:laughs?|laughter|inaudible|crosstalk)[^)]*\\)",
			Pattern.CASE_INSENSITIVE);

	/**
	 * A quote that opens on a cue of something played ("[song excerpt 01:16:40.17] ...", "[clip]"):
	 * what follows is the recording's words, not the speaker's.
	 */
	private static final Pattern PLAYED = Pattern.compile(
			"^\\W*\\[[^\\]]*\\b(?:song|music|clip|excerpt|audio|video|recording|voicemail|sound)s?\\b[^\\]]*]",
			Pattern.CASE_INSENSITIVE);

	/** A word, with its apostrophes ("don't", "it's"). */
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)*");

	/**
	 * Backchannel and filler (what a listener says so the speaker goes on) and English function
	 * words: none of them makes a quote worth reading on its own.
	 */
	private static final Set<String> EMPTY = Set.copyOf(List.of(("yeah yea yep yup yes no nope nah mm mmm mhm hm hmm um umm uh uhh "
			+ "huh ah oh ooh aha wow ok okay alright right sure cool nice great good fine true totally exactly "
			+ "absolutely definitely indeed interesting awesome amazing love well so like just really actually "
			+ "basically literally kind sort thing things stuff know mean think guess yeah's gonna wanna gotta "
			+ "laughs laughter thanks thank please hey hi hello bye "
			+ "a an the and or but if then than that this these those there here it its it's is are was were be "
			+ "been being am do does did doing done have has had having i i'm i've i'd i'll me my mine we we're "
			+ "we've us our you you're you've your he he's him his she she's her they they're them their what "
			+ "what's which who whom whose when where why how all any some no not don't didn't doesn't isn't "
			+ "wasn't can can't could would should will won't shall may might must of in on at to for from by "
			+ "with about as into over up down out off again also too very much more most many lot lots one "
			+ "that's there's let's get got going say said see").split(" ")));

	private Substance() {
	}

	/** The number of distinct words of the text that are not backchannel, filler or function words; 0 for a recording played. */
	public static int of(String text) {
		if (text == null || text.isBlank()) {
			return 0;
		}
		// every import computes this for each quote: the cues' regexes run only where a cue can be
		boolean bracket = text.indexOf('[') >= 0;
		if (bracket && PLAYED.matcher(text).lookingAt()) {
			return 0;
		}
		Matcher words = WORD.matcher(bracket || text.indexOf('(') >= 0 ? CUE.matcher(text).replaceAll(" ") : text);
		Set<String> distinct = new HashSet<>();
		while (words.find()) {
			String word = words.group().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
			if (word.length() > 1 && !EMPTY.contains(word)) {
				distinct.add(word);
			}
		}
		return distinct.size();
	}

}
