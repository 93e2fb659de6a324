package org.podquote.importer.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.podquote.importer.feed.ParsedFeed.Item;
import org.podquote.importer.feed.ParsedFeed.Person;
import org.podquote.importer.feed.ParsedFeed.Transcript;
import org.podquote.importer.format.LenientValues;
import org.podquote.importer.format.TranscriptParseException;
import org.podquote.speaker.SpeakerNames;
import org.podquote.system.WebAddresses;

/**
 * Reads an RSS 2.0 podcast feed with its iTunes, Atom and Podcasting 2.0 elements. A feed that is
 * not well-formed XML fails as a whole with the parser's line and message; problems inside a
 * well-formed feed (a date nobody can read, a transcript without a URL) become warnings and the
 * rest is kept. Pure: no I/O beyond the given stream, no database.
 * <p>
 * Feeds in the wild use {@code itunes:} and other well-known prefixes without declaring them.
 * Such a feed is read anyway, with the prefix declared on its {@code <rss>} element for it and a
 * warning naming the prefix and the line of its first use; a prefix nobody knows fails the feed
 * with the same words instead of the XML parser's key.
 */
public class FeedReader {

	private static final List<String> PODCAST_NAMESPACES = List.of("podcastindex.org/namespace/1.0",
			"github.com/podcastindex-org/podcast-namespace/blob/main/docs/1.0.md");

	/** The longest person name the library keeps (the {@code speaker.name} column). */
	private static final int MAX_NAME = 300;

	/** The longest role or group a credit keeps. */
	private static final int MAX_ROLE = 100;

	private static final String ITUNES_NAMESPACE = "itunes.com/dtds/podcast-1.0.dtd";

	private static final String ATOM_NAMESPACE = "w3.org/2005/atom";

	/**
	 * Prefixes that feeds use without declaring, with the namespace each always means; only these
	 * are declared for a feed that forgot them.
	 */
	private static final Map<String, String> WELL_KNOWN_PREFIXES = Map.ofEntries(
			Map.entry("itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd"),
			Map.entry("podcast", "https://podcastindex.org/namespace/1.0"),
			Map.entry("atom", "http://www.w3.org/2005/Atom"),
			Map.entry("content", "http://purl.org/rss/1.0/modules/content/"),
			Map.entry("dc", "http://purl.org/dc/elements/1.1/"), Map.entry("dcterms", "http://purl.org/dc/terms/"),
			Map.entry("media", "http://search.yahoo.com/mrss/"),
			Map.entry("googleplay", "http://www.google.com/schemas/play-podcasts/1.0"),
			Map.entry("spotify", "http://www.spotify.com/ns/rss"), Map.entry("psc", "http://podlove.org/simple-chapters"),
			Map.entry("sy", "http://purl.org/rss/1.0/modules/syndication/"),
			Map.entry("wfw", "http://wellformedweb.org/CommentAPI/"),
			Map.entry("slash", "http://purl.org/rss/1.0/modules/slash/"),
			Map.entry("georss", "http://www.georss.org/georss"), Map.entry("fyyd", "https://fyyd.de/fyyd-ns/"),
			Map.entry("rawvoice", "http://www.rawvoice.com/rawvoiceRssModule/"),
			Map.entry("feedburner", "http://rssnamespace.org/feedburner/ext/1.0"),
			Map.entry("anchor", "https://anchor.fm/xmlns"), Map.entry("acast", "https://schema.acast.com/1.0/"));

	/**
	 * The JDK parser's key for an unbound prefix: {@code ElementPrefixUnbound?itunes&itunes:episodeType}
	 * or {@code AttributePrefixUnbound?enclosure&itunes:x&itunes}.
	 */
	private static final Pattern UNBOUND_PREFIX = Pattern
		.compile("#(Element|Attribute)PrefixUnbound\\?([^&\\s]{1,200})&([^&\\s]{1,200})(?:&([^&\\s]{1,200}))?");

	private static final Pattern XML_NAME_START = Pattern.compile("[A-Za-z_]");

	public ParsedFeed parse(String source, byte[] xml) throws TranscriptParseException {
		List<String> declared = new ArrayList<>();
		Set<String> prefixes = new HashSet<>();
		byte[] feed = xml;
		while (true) {
			XMLStreamReader reader = null;
			try {
				reader = newFactory().createXMLStreamReader(new ByteArrayInputStream(feed));
				return new Walk(source, reader, declared).feed();
			}
			catch (XMLStreamException ex) {
				UnboundPrefix unbound = UnboundPrefix.of(ex);
				if (unbound == null) {
					throw notWellFormed(source, ex);
				}
				String namespace = WELL_KNOWN_PREFIXES.get(unbound.prefix());
				byte[] patched = (namespace != null && prefixes.add(unbound.prefix()))
						? declareOnRoot(feed, unbound.prefix(), namespace) : null;
				if (patched == null) {
					throw new TranscriptParseException(source, unbound.line(), unbound.error(namespace));
				}
				declared.add(source + ":" + unbound.line() + ": " + unbound.problem() + "; read as xmlns:"
						+ unbound.prefix() + "=\"" + namespace + "\"");
				feed = patched;
			}
			finally {
				close(reader);
			}
		}
	}

	/** Reads the whole stream; the caller closes it. */
	public ParsedFeed parse(String source, InputStream xml) throws TranscriptParseException {
		try {
			return parse(source, xml.readAllBytes());
		}
		catch (IOException ex) {
			throw new TranscriptParseException(source, 0, "the feed cannot be read: " + ex.getMessage());
		}
	}

	/** A namespace prefix used without a declaration, where the parser found it. */
	private record UnboundPrefix(String prefix, String name, boolean attribute, int line) {

		static UnboundPrefix of(XMLStreamException ex) {
			Matcher m = UNBOUND_PREFIX.matcher(String.valueOf(ex.getMessage()));
			if (!m.find()) {
				return null;
			}
			int line = (ex.getLocation() != null) ? Math.max(0, ex.getLocation().getLineNumber()) : 0;
			boolean attribute = m.group(1).equals("Attribute");
			if (attribute && m.group(4) == null) {
				return null;
			}
			return attribute ? new UnboundPrefix(m.group(4), m.group(3), true, line)
					: new UnboundPrefix(m.group(2), m.group(3), false, line);
		}

		/** What is wrong, in words. */
		String problem() {
			return "the prefix \"" + prefix + "\" of " + (attribute ? "the attribute " + name : "<" + name + ">")
					+ " is used but never declared";
		}

		/** The error, with the declaration to add: its namespace when the prefix is a well-known one. */
		String error(String namespace) {
			return problem() + " (add xmlns:" + prefix + "=\"" + ((namespace != null) ? namespace : "…")
					+ "\" to the <rss> element" + ((namespace != null) ? "" : ", with the namespace the feed means")
					+ ")";
		}

	}

	/**
	 * The feed with {@code xmlns:prefix="namespace"} added to its root element, or null when the
	 * root cannot be found safely: the bytes must be ASCII-compatible and the root must be
	 * {@code <rss}, after only the XML declaration, processing instructions, comments, a DOCTYPE
	 * and white space. The insertion adds no line, so lines stay those of the file.
	 */
	static byte[] declareOnRoot(byte[] xml, String prefix, String namespace) {
		if (!XML_NAME_START.matcher(prefix.substring(0, 1)).matches() || !prefix.matches("[\\w.-]{1,100}")) {
			return null;
		}
		String head = new String(xml, 0, Math.min(xml.length, 65_536), StandardCharsets.ISO_8859_1);
		if (head.indexOf('\0') >= 0) {
			return null; // UTF-16 or UTF-32: byte offsets are not character offsets
		}
		int i = head.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
		while (i < head.length()) {
			char c = head.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (head.startsWith("<?", i)) {
				i = endOf(head, "?>", i);
			}
			else if (head.startsWith("<!--", i)) {
				i = endOf(head, "-->", i);
			}
			else if (head.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
				int subset = head.indexOf('[', i);
				int close = head.indexOf('>', i);
				i = (subset >= 0 && subset < close) ? endOf(head, "]", subset) : close;
				i = (i < 0) ? -1 : endOf(head, ">", i);
			}
			else if (head.startsWith("<rss", i) && i + 4 < head.length()
					&& (Character.isWhitespace(head.charAt(i + 4)) || head.charAt(i + 4) == '>')) {
				byte[] declaration = (" xmlns:" + prefix + "=\"" + namespace + "\"").getBytes(StandardCharsets.US_ASCII);
				int at = i + 4;
				byte[] patched = new byte[xml.length + declaration.length];
				System.arraycopy(xml, 0, patched, 0, at);
				System.arraycopy(declaration, 0, patched, at, declaration.length);
				System.arraycopy(xml, at, patched, at + declaration.length, xml.length - at);
				return patched;
			}
			else {
				return null;
			}
			if (i < 0) {
				return null;
			}
		}
		return null;
	}

	/** The index just after {@code end} found from {@code from}, or -1. */
	private static int endOf(String text, String end, int from) {
		int found = text.indexOf(end, from);
		return (found < 0) ? -1 : found + end.length();
	}

	/**
	 * Namespace-aware, and deaf to DTDs: a DOCTYPE is skipped, never fetched, and the entities it
	 * declares stay undeclared, so XXE and entity-expansion bombs fail as undeclared entities.
	 */
	private static XMLInputFactory newFactory() {
		// the JDK's own parser, whatever else is on the class path, so behaviour and messages hold
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
			throw new XMLStreamException("external resources are not read: " + systemId);
		});
		return factory;
	}

	private static TranscriptParseException notWellFormed(String source, XMLStreamException ex) {
		int line = (ex.getLocation() != null) ? Math.max(0, ex.getLocation().getLineNumber()) : 0;
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		// the JDK prefixes "ParseError at [row,col]:[2761,18]" which our file:line form already says
		int start = message.indexOf("Message: ");
		if (start >= 0) {
			message = message.substring(start + "Message: ".length());
		}
		return new TranscriptParseException(source, line, "not well-formed XML: " + message.strip());
	}

	private static void close(XMLStreamReader reader) {
		if (reader == null) {
			return;
		}
		try {
			reader.close();
		}
		catch (XMLStreamException ex) {
			// nothing was kept open that the caller does not own
		}
	}

	static boolean isPodcastNamespace(String uri) {
		return PODCAST_NAMESPACES.contains(normalizeNamespace(uri));
	}

	/** Feeds in the wild vary scheme, case, {@code www.} and trailing slashes of the same URI. */
	private static String normalizeNamespace(String uri) {
		if (uri == null) {
			return "";
		}
		String normalized = uri.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.",
				"");
		while (normalized.endsWith("/")) {
			normalized = normalized.substring(0, normalized.length() - 1);
		}
		return normalized;
	}

	/** One pass over one feed: keeps the reader, the source name and the channel's warnings. */
	private static final class Walk {

		private final String source;

		private final XMLStreamReader reader;

		private final List<String> warnings;

		Walk(String source, XMLStreamReader reader, List<String> earlierWarnings) {
			this.source = source;
			this.reader = reader;
			this.warnings = new ArrayList<>(earlierWarnings);
		}

		ParsedFeed feed() throws XMLStreamException, TranscriptParseException {
			if (!nextChild()) {
				throw new TranscriptParseException(source, line(), "the feed is empty");
			}
			if (!isRss() || !reader.getLocalName().equals("rss")) {
				throw new TranscriptParseException(source, line(),
						"expected an RSS 2.0 feed (<rss>), found <" + reader.getLocalName() + ">");
			}
			ChannelDraft channel = null;
			while (nextChild()) {
				if (channel == null && isRss() && reader.getLocalName().equals("channel")) {
					channel = channel();
				}
				else {
					skip();
				}
			}
			// read to the end so that a broken tail fails the feed instead of being ignored
			while (reader.hasNext()) {
				reader.next();
			}
			if (channel == null) {
				throw new TranscriptParseException(source, 0, "the feed has no <channel>");
			}
			return channel.build(warnings);
		}

		private ChannelDraft channel() throws XMLStreamException {
			ChannelDraft channel = new ChannelDraft();
			while (nextChild()) {
				String name = reader.getLocalName();
				if (isRss()) {
					switch (name) {
						case "title" -> channel.title = first(channel.title, text());
						case "link" -> channel.siteUrl = first(channel.siteUrl, web(line(), "link", text(), warnings));
						case "description" -> channel.description = first(channel.description, text());
						case "language" -> channel.language = first(channel.language, text());
						case "image" -> channel.imageUrl = first(channel.imageUrl, web(line(), "image", imageUrl(), warnings));
						case "item" -> channel.items.add(item());
						default -> skip();
					}
				}
				else if (isItunes() && name.equals("image")) {
					channel.itunesImage = first(channel.itunesImage,
							web(line(), "itunes:image", attribute("href"), warnings));
					skip();
				}
				else if (isItunes() && name.equals("summary")) {
					channel.summary = first(channel.summary, text());
				}
				else if (isAtom() && name.equals("link") && "self".equalsIgnoreCase(attribute("rel"))) {
					channel.feedUrl = first(channel.feedUrl, web(line(), "atom:link", attribute("href"), warnings));
					skip();
				}
				else if (isPodcast() && name.equals("person")) {
					addPerson(channel.persons, warnings);
				}
				else {
					// podcast:liveItem among others: a live stream is not an episode to import
					skip();
				}
			}
			return channel;
		}

		private String imageUrl() throws XMLStreamException {
			String url = null;
			while (nextChild()) {
				if (isRss() && reader.getLocalName().equals("url")) {
					url = first(url, text());
				}
				else {
					skip();
				}
			}
			return url;
		}

		private ItemDraft item() throws XMLStreamException {
			ItemDraft item = new ItemDraft(line());
			while (nextChild()) {
				String name = reader.getLocalName();
				if (isRss()) {
					switch (name) {
						case "title" -> item.title = first(item.title, text());
						case "link" -> {
							int at = line();
							String written = text();
							item.linkWritten = first(item.linkWritten, written);
							item.link = first(item.link, web(at, "link", written, item.warnings));
						}
						case "guid" -> item.guid = first(item.guid, text());
						case "pubDate" -> item.pubDate(line(), text());
						case "enclosure" -> {
							String written = attribute("url");
							item.enclosureWritten = first(item.enclosureWritten, written);
							item.enclosureUrl = first(item.enclosureUrl, web(line(), "enclosure", written, item.warnings));
							skip();
						}
						default -> skip();
					}
				}
				else if (isItunes() && name.equals("duration")) {
					item.duration(line(), text());
				}
				else if (isItunes() && name.equals("episode")) {
					item.number(line(), text());
				}
				else if (isPodcast() && name.equals("transcript")) {
					item.transcript(line(), attribute("url"), attribute("type"), attribute("language"),
							attribute("rel"));
					skip();
				}
				else if (isPodcast() && name.equals("person")) {
					addPerson(item.persons, item.warnings);
				}
				else if (isPodcast() && name.equals("chapters")) {
					item.chapters(line(), attribute("url"), attribute("type"));
					skip();
				}
				else if (isPodcast() && name.equals("soundbite")) {
					item.soundbite(line(), attribute("startTime"), attribute("duration"), text());
				}
				else {
					skip();
				}
			}
			return item;
		}

		private void addPerson(List<Person> persons, List<String> warningsOfParent) throws XMLStreamException {
			int line = line();
			String role = lowerCase(attribute("role"));
			String group = lowerCase(attribute("group"));
			String img = web(line, "podcast:person img", attribute("img"), warningsOfParent);
			String href = web(line, "podcast:person href", attribute("href"), warningsOfParent);
			String name = text();
			if (name == null) {
				warningsOfParent.add(warning(line, "a podcast:person without a name is ignored"));
				return;
			}
			String refused = SpeakerNames.bidiControl(name);
			if (refused == null && SpeakerNames.clean(name).length() > MAX_NAME) {
				refused = "a name of " + SpeakerNames.clean(name).length() + " characters, longer than " + MAX_NAME;
			}
			if (refused == null && ((role != null && role.length() > MAX_ROLE) || (group != null && group.length() > MAX_ROLE))) {
				refused = "a role or group longer than " + MAX_ROLE + " characters";
			}
			if (refused != null) {
				warningsOfParent.add(warning(line, "podcast:person ignored: " + refused));
				return;
			}
			persons.add(new Person(name.replaceAll("\\s+", " "), (role != null) ? role : Person.DEFAULT_ROLE,
					(group != null) ? group : Person.DEFAULT_GROUP, img, href));
		}

		/** Moves to the next child element; false at the end of the current element. */
		private boolean nextChild() throws XMLStreamException {
			while (reader.hasNext()) {
				int event = reader.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					return true;
				}
				if (event == XMLStreamConstants.END_ELEMENT) {
					return false;
				}
			}
			return false;
		}

		/**
		 * The element's text, with any markup inside left out rather than failing: some feeds put
		 * unescaped HTML in descriptions. Null when blank.
		 */
		private String text() throws XMLStreamException {
			StringBuilder text = new StringBuilder();
			int depth = 1;
			while (depth > 0) {
				int event = reader.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					depth++;
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
				}
				else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
						|| event == XMLStreamConstants.SPACE) {
					text.append(reader.getText());
				}
			}
			return blankToNull(text.toString());
		}

		private void skip() throws XMLStreamException {
			int depth = 1;
			while (depth > 0) {
				int event = reader.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					depth++;
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
				}
			}
		}

		private String attribute(String name) {
			return blankToNull(reader.getAttributeValue(null, name));
		}

		private int line() {
			return Math.max(0, reader.getLocation().getLineNumber());
		}

		private boolean isRss() {
			String namespace = reader.getNamespaceURI();
			return namespace == null || namespace.isEmpty();
		}

		private boolean isItunes() {
			return normalizeNamespace(reader.getNamespaceURI()).equals(ITUNES_NAMESPACE);
		}

		private boolean isAtom() {
			return normalizeNamespace(reader.getNamespaceURI()).equals(ATOM_NAMESPACE);
		}

		private boolean isPodcast() {
			return isPodcastNamespace(reader.getNamespaceURI());
		}

		/**
		 * A web address, a relative one resolved against the feed's own when it came from the web;
		 * null with a warning for anything else ({@code javascript:}, {@code data:}, {@code file:}, a
		 * relative path in a feed file).
		 */
		private String web(int line, String what, String value, List<String> warningsOf) {
			if (value == null) {
				return null;
			}
			String address = resolved(value);
			String problem = WebAddresses.problem(address);
			if (problem != null) {
				warningsOf.add(warning(line, what + " \"" + abbreviate(value) + "\" " + problem + "; left out"));
				return null;
			}
			return WebAddresses.web(address);
		}

		private String resolved(String value) {
			String address = value.strip();
			if (!(source.startsWith("http://") || source.startsWith("https://")) || address.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
				return address;
			}
			try {
				return URI.create(source).resolve(address.replace(" ", "%20")).toString();
			}
			catch (IllegalArgumentException ex) {
				return address;
			}
		}

		private static String abbreviate(String text) {
			String stripped = text.strip();
			return (stripped.length() <= 60) ? stripped : stripped.substring(0, 57) + "...";
		}

		private String warning(int line, String message) {
			return source + ":" + line + ": " + message;
		}

		private static String first(String current, String candidate) {
			return (current != null) ? current : candidate;
		}

		private static String lowerCase(String value) {
			return (value != null) ? value.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT) : null;
		}

		private static String blankToNull(String value) {
			if (value == null) {
				return null;
			}
			String stripped = value.strip();
			return stripped.isEmpty() ? null : stripped;
		}

		/**
		 * The channel as read so far; built at its end because RSS does not order the channel's
		 * elements, and items need the channel's language.
		 */
		private final class ChannelDraft {

			String title;

			String siteUrl;

			String description;

			String summary;

			String language;

			String imageUrl;

			String itunesImage;

			String feedUrl;

			final List<Person> persons = new ArrayList<>();

			final List<ItemDraft> items = new ArrayList<>();

			ParsedFeed build(List<String> feedWarnings) {
				List<Item> built = new ArrayList<>();
				for (ItemDraft item : items) {
					built.add(item.build(language));
				}
				if (title == null) {
					feedWarnings.add(source + ": the channel has no title");
				}
				return new ParsedFeed(title, siteUrl, first(description, summary), first(itunesImage, imageUrl),
						feedUrl, language, persons, built, feedWarnings);
			}

		}

		/** An item as read so far, with the warnings found in it. */
		private final class ItemDraft {

			final int line;

			String guid;

			String title;

			String link;

			LocalDate publishedOn;

			String enclosureUrl;

			/** The enclosure and link as the feed writes them, which identify an item without a guid whatever they are. */
			String enclosureWritten;

			String linkWritten;

			Duration duration;

			Integer number;

			final List<Transcript> transcripts = new ArrayList<>();

			final List<Person> persons = new ArrayList<>();

			final List<String> warnings = new ArrayList<>();

			String chaptersUrl;

			final List<ParsedFeed.Soundbite> soundbites = new ArrayList<>();

			ItemDraft(int line) {
				this.line = line;
			}

			void pubDate(int at, String text) {
				if (text == null || publishedOn != null) {
					return;
				}
				publishedOn = LenientValues.parseDate(text);
				if (publishedOn == null) {
					warnings.add(warning(at, "pubDate \"" + text + "\" is not a date; the episode stays undated"));
				}
			}

			void duration(int at, String text) {
				if (text == null || duration != null) {
					return;
				}
				Duration parsed = LenientValues.parseDuration(text);
				if (parsed == null) {
					warnings.add(warning(at, "itunes:duration \"" + text + "\" is not seconds, MM:SS or HH:MM:SS"));
				}
				// feeds write 0 for "unknown"
				duration = (parsed == null || parsed.isZero()) ? null : parsed;
			}

			/** {@code itunes:episode}: a whole number, which Apple asks to be positive; feeds write "0" for none. */
			void number(int at, String text) {
				if (text == null || number != null) {
					return;
				}
				if (!text.matches("\\d{1,9}")) {
					warnings.add(warning(at, "itunes:episode \"" + text + "\" is not a whole number"));
					return;
				}
				int parsed = Integer.parseInt(text);
				number = parsed == 0 ? null : parsed;
			}

			void transcript(int at, String written, String type, String language, String rel) {
				if (written == null) {
					warnings.add(warning(at, "a podcast:transcript without a url is ignored"));
					return;
				}
				String url = web(at, "podcast:transcript", written, warnings);
				if (url == null) {
					return;
				}
				String mime = LenientValues.normalizeType(type);
				if (mime == null) {
					mime = LenientValues.typeFromUrl(url);
					warnings.add(warning(at, "podcast:transcript " + url + " has no type"
							+ ((mime != null) ? "; taken as " + mime + " from its name" : "")));
				}
				// the channel's language is filled in at the end: it may come after the items
				transcripts.add(new Transcript(url, mime, language, rel));
			}

			/** The first {@code podcast:chapters} in JSON (the only chapters format the spec defines as its own). */
			void chapters(int at, String url, String type) {
				if (url == null || url.isBlank()) {
					warnings.add(warning(at, "a podcast:chapters without a url is ignored"));
					return;
				}
				String mime = LenientValues.normalizeType(type);
				if (mime != null && !mime.contains("json")) {
					warnings.add(warning(at, "podcast:chapters " + url + " is " + mime + ", not JSON chapters; ignored"));
					return;
				}
				chaptersUrl = first(chaptersUrl, url.strip());
			}

			/** Seconds as the spec writes them ({@code 73.5}); a soundbite without both times is no moment. */
			void soundbite(int at, String startTime, String length, String title) {
				Duration start = seconds(startTime);
				Duration duration = seconds(length);
				if (start == null || duration == null || duration.isZero()) {
					warnings.add(warning(at, "podcast:soundbite startTime=\"" + startTime + "\" duration=\"" + length
							+ "\" is not two times in seconds; ignored"));
					return;
				}
				soundbites.add(new ParsedFeed.Soundbite(start, duration, title == null ? null : title.replaceAll("\\s+", " ")));
			}

			private static Duration seconds(String text) {
				if (text == null || !text.strip().matches("\\d{1,7}(\\.\\d{1,6})?")) {
					return null;
				}
				return Duration.ofNanos(new java.math.BigDecimal(text.strip()).movePointRight(9).longValueExact());
			}

			Item build(String channelLanguage) {
				String id = guid;
				if (id == null) {
					id = first(first(enclosureWritten, linkWritten), title);
					warnings.add(warning(line, (id != null) ? "the item has no guid; \"" + id + "\" identifies it"
							: "the item has no guid, enclosure, link or title to identify it"));
				}
				if (title == null) {
					warnings.add(warning(line, "the item has no title"));
				}
				List<Transcript> resolved = new ArrayList<>();
				for (Transcript transcript : transcripts) {
					resolved.add((transcript.language() != null) ? transcript : new Transcript(transcript.url(),
							transcript.type(), channelLanguage, transcript.rel()));
				}
				return new Item(id, title, link, publishedOn, enclosureUrl, duration, number, resolved, persons,
						warnings, line, chaptersUrl, soundbites);
			}

		}

	}

}
