package org.podquote.system;

/**
 * Open Graph and Twitter card tags of a page, so that a shared link previews its quote. The
 * layout renders them when a controller puts one in the model as {@code og}.
 */
public record OpenGraph(String title, String description, String url, String type, String image) {

	public OpenGraph(String title, String description, String url, String type) {
		this(title, description, url, type, null);
	}

	/** The same tags with a picture ({@code og:image}, a large Twitter card): a path of this site. */
	public OpenGraph withImage(String path) {
		return new OpenGraph(title, description, url, type, PublicUrls.current().absolute(path));
	}

	static final int MAX_DESCRIPTION = 300;

	/** For the page being served: its absolute URL on the site's public address ({@link PublicUrls}). */
	public static OpenGraph of(String title, String description, String path, String type) {
		String url = PublicUrls.current().absolute(path);
		String text = description == null ? "" : description;
		if (text.length() > MAX_DESCRIPTION) {
			text = text.substring(0, MAX_DESCRIPTION - 1).replaceAll("\\s+\\S*$", "") + "\u2026";
		}
		return new OpenGraph(title, text, url, type);
	}

}
