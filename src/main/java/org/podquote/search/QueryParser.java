package org.podquote.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the query language: {@code words} (all must match, stemmed), {@code "exact phrases"}
 * (unstemmed), {@code -word} and {@code -"phrase"} to exclude, {@code OR} between terms, and
 * {@code prefix*}. Malformed input is never an error: it is read literally and a note says how.
 */
final class QueryParser {

	static final int MAX_LENGTH = 500;

	static final int MAX_TERMS = 32;

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\t\\n\\r]]");

	private static final Pattern HAS_WORD = Pattern.compile("[\\p{L}\\p{N}]");

	private QueryParser() {
	}

	enum Kind {

		WORD, PHRASE, PREFIX

	}

	/**
	 * @param words for a prefix, the words of the index it stands for once bounded ({@link
	 * PrefixExpansion}); null for any other term, or a prefix left to the engine
	 */
	record Term(Kind kind, String text, List<String> words) {

		Term(Kind kind, String text) {
			this(kind, text, null);
		}

	}

	/**
	 * @param required groups of which each must match; a group of several terms was joined by OR
	 * @param excluded terms no hit may contain
	 */
	record Parsed(List<List<Term>> required, List<Term> excluded, List<QueryNote> notes) {

		boolean isEmpty() {
			return required.isEmpty() && excluded.isEmpty();
		}

		/** The phrases a hit may match, excluded ones aside. */
		List<String> requiredPhrases() {
			return required.stream().flatMap(List::stream).filter(t -> t.kind() == Kind.PHRASE).map(Term::text).toList();
		}

	}

	private record Token(Term term, boolean negated, boolean or) {
	}

	static Parsed parse(String input) {
		List<QueryNote> notes = new ArrayList<>();
		String text = input == null ? "" : input;
		if (CONTROL.matcher(text).find()) {
			text = CONTROL.matcher(text).replaceAll(" ");
			notes.add(new QueryNote(QueryNote.CONTROL_CHARACTERS, null));
		}
		text = text.replaceAll("\\s+", " ").strip();
		if (text.length() > MAX_LENGTH) {
			text = text.substring(0, MAX_LENGTH);
			notes.add(new QueryNote(QueryNote.TRUNCATED, String.valueOf(MAX_LENGTH)));
		}
		if (text.chars().filter(c -> c == '"').count() % 2 == 1) {
			int last = text.lastIndexOf('"');
			text = text.substring(0, last) + " " + text.substring(last + 1);
			notes.add(new QueryNote(QueryNote.UNBALANCED_QUOTE, null));
		}
		List<Token> tokens = tokenize(text, notes);
		if (tokens.size() > MAX_TERMS) {
			tokens = tokens.subList(0, MAX_TERMS);
			notes.add(new QueryNote(QueryNote.TOO_MANY_TERMS, String.valueOf(MAX_TERMS)));
		}
		return group(tokens, notes);
	}

	private static List<Token> tokenize(String text, List<QueryNote> notes) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == ' ') {
				i++;
				continue;
			}
			boolean negated = false;
			if (c == '-') {
				if (i + 1 >= text.length() || text.charAt(i + 1) == ' ') {
					notes.add(new QueryNote(QueryNote.LONE_MINUS, null));
					i++;
					continue;
				}
				negated = true;
				i++;
				c = text.charAt(i);
			}
			if (c == '"') {
				int end = text.indexOf('"', i + 1);
				String phrase = text.substring(i + 1, end).strip();
				i = end + 1;
				if (HAS_WORD.matcher(phrase).find()) {
					tokens.add(new Token(new Term(Kind.PHRASE, phrase), negated, false));
				}
				else if (!phrase.isEmpty()) {
					notes.add(new QueryNote(QueryNote.IGNORED_TERM, "\"" + phrase + "\""));
				}
				continue;
			}
			int end = i;
			while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != '"') {
				end++;
			}
			String word = text.substring(i, end);
			i = end;
			if (!negated && word.equals("OR")) {
				tokens.add(new Token(null, false, true));
			}
			else if (word.endsWith("*") && HAS_WORD.matcher(word).find()) {
				String prefix = word.replaceAll("\\*+$", "").replace("*", "");
				tokens.add(new Token(new Term(Kind.PREFIX, prefix), negated, false));
			}
			else if (HAS_WORD.matcher(word).find()) {
				tokens.add(new Token(new Term(Kind.WORD, word.replace("*", "")), negated, false));
			}
			else {
				notes.add(new QueryNote(QueryNote.IGNORED_TERM, word));
			}
		}
		return tokens;
	}

	private static Parsed group(List<Token> tokens, List<QueryNote> notes) {
		List<List<Term>> required = new ArrayList<>();
		List<Term> excluded = new ArrayList<>();
		boolean joinNext = false;
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (token.or()) {
				boolean between = !required.isEmpty() && i > 0 && !tokens.get(i - 1).negated()
						&& !tokens.get(i - 1).or() && i + 1 < tokens.size() && !tokens.get(i + 1).negated()
						&& !tokens.get(i + 1).or();
				if (between) {
					joinNext = true;
				}
				else {
					// "OR" with nothing to join is read as the word "or"
					notes.add(new QueryNote(QueryNote.DANGLING_OR, null));
					required.add(new ArrayList<>(List.of(new Term(Kind.WORD, "or"))));
				}
				continue;
			}
			if (token.negated()) {
				excluded.add(token.term());
			}
			else if (joinNext) {
				required.get(required.size() - 1).add(token.term());
			}
			else {
				required.add(new ArrayList<>(List.of(token.term())));
			}
			joinNext = false;
		}
		return new Parsed(required.stream().map(List::copyOf).toList(), List.copyOf(excluded), List.copyOf(notes));
	}

}
