package org.podquote.search;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.podquote.search.QueryParser.Kind;
import org.podquote.search.QueryParser.Term;

import static org.assertj.core.api.Assertions.assertThat;

class QueryParserTest {

	@Test
	void wordsAreEachRequired() {
		QueryParser.Parsed parsed = QueryParser.parse("role  models");
		assertThat(parsed.required()).containsExactly(List.of(word("role")), List.of(word("models")));
		assertThat(parsed.notes()).isEmpty();
	}

	@Test
	void quotedWordsAreOnePhrase() {
		QueryParser.Parsed parsed = QueryParser.parse("\"bad role models\" fiction");
		assertThat(parsed.required()).containsExactly(List.of(new Term(Kind.PHRASE, "bad role models")),
				List.of(word("fiction")));
	}

	@Test
	void theRequiredPhrasesAreThoseAHitMayMatch() {
		assertThat(QueryParser.parse("\"a b\" OR \"c d\" -\"e f\" word \"g h\"").requiredPhrases())
			.containsExactly("a b", "c d", "g h");
	}

	@Test
	void minusExcludesWordsAndPhrases() {
		QueryParser.Parsed parsed = QueryParser.parse("fiction -terminator -\"HAL 9000\"");
		assertThat(parsed.required()).containsExactly(List.of(word("fiction")));
		assertThat(parsed.excluded()).containsExactly(word("terminator"), new Term(Kind.PHRASE, "HAL 9000"));
	}

	@Test
	void orJoinsItsNeighboursIntoOneGroup() {
		QueryParser.Parsed parsed = QueryParser.parse("claude terminator OR \"HAL 9000\"");
		assertThat(parsed.required()).containsExactly(List.of(word("claude")),
				List.of(word("terminator"), new Term(Kind.PHRASE, "HAL 9000")));
	}

	@Test
	void aDanglingOrIsTheWordOr() {
		QueryParser.Parsed parsed = QueryParser.parse("OR fiction");
		assertThat(parsed.required()).containsExactly(List.of(word("or")), List.of(word("fiction")));
		assertThat(parsed.notes()).extracting(QueryNote::code).containsExactly(QueryNote.DANGLING_OR);
	}

	@Test
	void aTrailingStarIsAPrefix() {
		assertThat(QueryParser.parse("archetyp*").required()).containsExactly(List.of(new Term(Kind.PREFIX, "archetyp")));
	}

	@Test
	void anUnbalancedQuoteIsIgnoredWithANote() {
		QueryParser.Parsed parsed = QueryParser.parse("\"bad role");
		assertThat(parsed.required()).containsExactly(List.of(word("bad")), List.of(word("role")));
		assertThat(parsed.notes()).extracting(QueryNote::code).containsExactly(QueryNote.UNBALANCED_QUOTE);
	}

	@Test
	void aLoneMinusAndPunctuationAreIgnoredWithNotes() {
		QueryParser.Parsed parsed = QueryParser.parse("- !!! ***");
		assertThat(parsed.isEmpty()).isTrue();
		assertThat(parsed.notes()).extracting(QueryNote::code)
			.containsExactly(QueryNote.LONE_MINUS, QueryNote.IGNORED_TERM, QueryNote.IGNORED_TERM);
	}

	@Test
	void controlCharactersAreDroppedAndLongQueriesCut() {
		QueryParser.Parsed control = QueryParser.parse("role\u0000models\u0007");
		assertThat(control.required()).containsExactly(List.of(word("role")), List.of(word("models")));
		assertThat(control.notes()).extracting(QueryNote::code).containsExactly(QueryNote.CONTROL_CHARACTERS);

		QueryParser.Parsed longQuery = QueryParser.parse("a".repeat(5000));
		assertThat(longQuery.required()).singleElement()
			.satisfies(group -> assertThat(group.get(0).text()).hasSize(QueryParser.MAX_LENGTH));
		assertThat(longQuery.notes()).extracting(QueryNote::code).containsExactly(QueryNote.TRUNCATED);
	}

	@Test
	void keepsAtMostMaxTerms() {
		QueryParser.Parsed parsed = QueryParser.parse("w ".repeat(100));
		assertThat(parsed.required()).hasSize(QueryParser.MAX_TERMS);
		assertThat(parsed.notes()).extracting(QueryNote::code).containsExactly(QueryNote.TOO_MANY_TERMS);
	}

	private static Term word(String text) {
		return new Term(Kind.WORD, text);
	}

}
