package org.podquote.speaker;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Credit roles as people read them. Roles are stored as the source wrote them ({@code cohost},
 * {@code Co_Host}, {@code sound guy}) and shown normalised: the Podcasting 2.0 person taxonomy's
 * own spelling when the role is in it ("Co-Host"), else each word capitalised ("Sound Guy").
 * Case, spaces, dashes and underscores never make two roles.
 *
 * @see <a href="https://github.com/Podcastindex-org/podcast-namespace/blob/main/taxonomy.json">taxonomy.json</a>
 */
public final class Roles {

	/** A role of the taxonomy and its group. */
	public record Role(String name, String group) {
	}

	/** The taxonomy's roles by group, in its order (its "Translater" spelled as a word). */
	private static final String[][] TAXONOMY = {
			{ "Creative Direction", "Director", "Assistant Director", "Executive Producer", "Senior Producer",
					"Producer", "Associate Producer", "Development Producer", "Creative Director" },
			{ "Cast", "Host", "Co-Host", "Guest Host", "Guest", "Voice Actor", "Narrator", "Announcer", "Reporter" },
			{ "Writing", "Author", "Editorial Director", "Co-Writer", "Writer", "Songwriter", "Guest Writer",
					"Story Editor", "Managing Editor", "Script Editor", "Script Coordinator", "Researcher", "Editor",
					"Fact Checker", "Translator", "Transcriber", "Logger" },
			{ "Audio Production", "Studio Coordinator", "Technical Director", "Technical Manager", "Audio Engineer",
					"Remote Recording Engineer", "Post Production Engineer" },
			{ "Audio Post-Production", "Audio Editor", "Sound Designer", "Foley Artist", "Composer", "Theme Music",
					"Music Production", "Music Contributor" },
			{ "Administration", "Production Coordinator", "Booking Coordinator", "Production Assistant",
					"Content Manager", "Marketing Manager", "Sales Representative", "Sales Manager" },
			{ "Visuals", "Graphic Designer", "Cover Art Designer" },
			{ "Community", "Social Media Manager" },
			{ "Misc.", "Consultant", "Intern" },
			{ "Video Production", "Camera Operator", "Lighting Designer", "Camera Grip", "Assistant Camera" },
			{ "Video Post-Production", "Assistant Editor" } };

	/** Other spellings of taxonomy roles, by their {@link #key}. */
	private static final Map<String, String> SYNONYMS = Map.of("translater", "Translator", "execproducer",
			"Executive Producer", "hosts", "Host", "cohosts", "Co-Host", "guests", "Guest", "guesthosts", "Guest Host",
			"producers", "Producer", "voiceover", "Voice Actor");

	private static final Map<String, Role> ROLES = roles();

	private static final Map<String, String> GROUPS = groups();

	private Roles() {
	}

	/** The role as shown: "cohost", "co_host" and "CO-HOST" are "Co-Host"; "sound guy" is "Sound Guy". */
	public static String display(String role) {
		if (role == null || role.isBlank()) {
			return null;
		}
		Role known = of(role);
		return known != null ? known.name() : titleCase(role);
	}

	/** Roles as shown, each once: "cohost" and "Co-Host" are one. */
	public static List<String> displayAll(List<String> roles) {
		return roles.stream().map(Roles::display).filter(Objects::nonNull).distinct().toList();
	}

	/** The taxonomy role a written role is, or null when it is not one. */
	public static Role of(String role) {
		return role == null ? null : ROLES.get(key(role));
	}

	/** Whether the word names a taxonomy role (or a known other spelling of one). */
	public static boolean known(String role) {
		return of(role) != null;
	}

	/** A role group as shown: the taxonomy's spelling ("Audio Post-Production") when it is one. */
	public static String displayGroup(String group) {
		if (group == null || group.isBlank()) {
			return null;
		}
		String known = GROUPS.get(key(group));
		return known != null ? known : titleCase(group);
	}

	/** Letters and digits only, lower case: how spellings of one role are told to be one. */
	static String key(String role) {
		return role.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
	}

	private static String titleCase(String role) {
		StringBuilder out = new StringBuilder();
		for (String word : role.strip().toLowerCase(Locale.ROOT).split("[\\s_\\-]+")) {
			if (!word.isEmpty()) {
				out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
			}
		}
		return out.toString();
	}

	private static Map<String, Role> roles() {
		Map<String, Role> roles = new LinkedHashMap<>();
		for (String[] group : TAXONOMY) {
			for (int i = 1; i < group.length; i++) {
				// the taxonomy names Editor twice (Writing, Video Post-Production): the first is ours
				roles.putIfAbsent(key(group[i]), new Role(group[i], group[0]));
			}
		}
		SYNONYMS.forEach((synonym, name) -> roles.putIfAbsent(synonym, roles.get(key(name))));
		return Map.copyOf(roles);
	}

	private static Map<String, String> groups() {
		Map<String, String> groups = new LinkedHashMap<>();
		for (String[] group : TAXONOMY) {
			groups.put(key(group[0]), group[0]);
		}
		return Map.copyOf(groups);
	}

}
