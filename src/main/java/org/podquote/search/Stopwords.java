package org.podquote.search;

import java.util.List;
import java.util.Set;

/**
 * Words too common in speech to say anything about a topic, and the fillers and stage directions
 * of spoken transcripts ("gonna", "stuff", "[laughter]"), which are the most frequent words of a
 * talk show's library and no topic of it.
 */
final class Stopwords {

	private static final Set<String> WORDS = Set.copyOf(List.of(("a about above actually after again against all almost also "
			+ "always am an and any anything are aren't around as at back be because been before being below between "
			+ "both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each "
			+ "even ever every few first for from further get gets getting go goes going gonna good got gotta had "
			+ "hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his "
			+ "how how's however i i'd i'll i'm i've if in into is isn't it it's its itself just kind know last like "
			+ "little lot lots make many maybe me mean might more most much must my myself need never new no nor not "
			+ "now of off oh ok okay on once one only or other others our ours ourselves out over own people pretty "
			+ "probably quite really right said same say says see she she'd she'll she's should shouldn't so some "
			+ "something sort still such sure take than that that's the their theirs them themselves then there "
			+ "there's these they they'd they'll they're they've thing things think this those though through time "
			+ "to too two uh um under until up us use used very want was wasn't way we we'd we'll we're we've well "
			+ "were weren't what what's when when's where where's whether which while who who's whom why why's will "
			+ "with without won't would wouldn't yeah yes yet you you'd you'll you're you've your yours yourself "
			+ "yourselves also got let let's thats theres whats dont doesnt im ive youre").split(" ")));

	private static final Set<String> FILLERS = Set.copyOf(List.of(("ah anyway anyways basically cool dunno er erm "
			+ "gimme gonna gotta guess hm hmm huh kinda lemme literally lotta mhm mm mmm nah nope sorta stuff totally "
			+ "uhm wanna whatever yeah yep yup ya "
			+ "applause chuckles crosstalk inaudible laughing laughs laughter music silence unintelligible").split(" ")));

	private Stopwords() {
	}

	static boolean is(String word) {
		return WORDS.contains(word) || FILLERS.contains(word);
	}

}
