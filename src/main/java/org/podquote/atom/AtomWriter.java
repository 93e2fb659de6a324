package org.podquote.atom;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an Atom 1.0 document (RFC 4287) with StAX, which escapes every text and attribute.
 * Only what the feeds need: text constructs are plain text.
 */
public final class AtomWriter {

	static final String NAMESPACE = "http://www.w3.org/2005/Atom";

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	/** Characters XML 1.0 cannot carry even escaped; StAX would write them and break the document. */
	private static final Pattern NOT_XML = Pattern.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

	private AtomWriter() {
	}

	/**
	 * @param id an IRI that never changes for this feed
	 * @param author who the feed is by, for the entries that name no one
	 */
	public record Feed(String id, String title, String subtitle, Instant updated, String selfUrl, String pageUrl, String author,
			List<Entry> entries) {
	}

	/**
	 * @param author null to fall back to the feed's
	 * @param published null when unknown
	 */
	public record Entry(String id, String title, Instant updated, Instant published, String url, String author, String summary,
			String content) {
	}

	public static byte[] write(Feed feed) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.setDefaultNamespace(NAMESPACE);
			xml.writeStartElement(NAMESPACE, "feed");
			xml.writeDefaultNamespace(NAMESPACE);
			text(xml, "id", feed.id());
			text(xml, "title", feed.title());
			if (feed.subtitle() != null) {
				text(xml, "subtitle", feed.subtitle());
			}
			text(xml, "updated", date(feed.updated()));
			link(xml, "self", feed.selfUrl(), "application/atom+xml");
			link(xml, "alternate", feed.pageUrl(), "text/html");
			author(xml, feed.author());
			text(xml, "generator", "Podquote");
			for (Entry entry : feed.entries()) {
				xml.writeStartElement(NAMESPACE, "entry");
				text(xml, "id", entry.id());
				text(xml, "title", entry.title());
				text(xml, "updated", date(entry.updated()));
				if (entry.published() != null) {
					text(xml, "published", date(entry.published()));
				}
				link(xml, "alternate", entry.url(), "text/html");
				if (entry.author() != null) {
					author(xml, entry.author());
				}
				text(xml, "summary", entry.summary());
				if (entry.content() != null) {
					text(xml, "content", entry.content());
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write an Atom feed", ex);
		}
		return out.toByteArray();
	}

	private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, element);
		if (element.equals("title") || element.equals("subtitle") || element.equals("summary")
				|| element.equals("content")) {
			xml.writeAttribute("type", "text");
		}
		xml.writeCharacters(NOT_XML.matcher(value).replaceAll(""));
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement(NAMESPACE, "link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
	}

	private static void author(XMLStreamWriter xml, String name) throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, "author");
		text(xml, "name", name);
		xml.writeEndElement();
	}

	private static String date(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant);
	}

}
