package org.podquote.subscription;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * OPML 2.0, as podcast apps export and import their subscriptions: an {@code outline} with
 * {@code type="rss"} and an {@code xmlUrl} per feed, possibly inside folders of outlines.
 * Reading refuses DTDs and external entities, as every XML reader of the app does.
 */
final class Opml {

	private static final XMLInputFactory INPUT = input();

	private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

	private Opml() {
	}

	/** A feed to write: its address and the title to show, or null. */
	record Feed(String url, String title) {
	}

	/** A file that is not OPML as we read it; the message names the line. */
	static final class OpmlException extends Exception {

		OpmlException(String message) {
			super(message);
		}

	}

	/** The feed addresses of every outline that has one, in order, each once. */
	static List<String> read(byte[] bytes) throws OpmlException {
		Set<String> urls = new LinkedHashSet<>();
		boolean opml = false;
		try {
			XMLStreamReader xml = INPUT.createXMLStreamReader(new ByteArrayInputStream(bytes));
			while (xml.hasNext()) {
				if (xml.next() != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				String name = xml.getLocalName();
				if (!opml) {
					if (!name.equalsIgnoreCase("opml")) {
						throw new OpmlException("line " + xml.getLocation().getLineNumber()
								+ ": this is not an OPML file (it starts with <" + name + ">, not <opml>)");
					}
					opml = true;
				}
				if (name.equals("outline")) {
					String url = attribute(xml, "xmlUrl");
					if (url != null && !url.isBlank()) {
						urls.add(url.strip());
					}
				}
			}
		}
		catch (XMLStreamException ex) {
			String where = ex.getLocation() == null ? "" : "line " + ex.getLocation().getLineNumber() + ": ";
			throw new OpmlException(where + "not well-formed XML: " + firstLine(ex.getMessage()));
		}
		if (!opml) {
			throw new OpmlException("the file is empty");
		}
		return new ArrayList<>(urls);
	}

	static byte[] write(String title, Instant created, List<Feed> feeds) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("opml");
			xml.writeAttribute("version", "2.0");
			xml.writeStartElement("head");
			xml.writeStartElement("title");
			xml.writeCharacters(title);
			xml.writeEndElement();
			xml.writeStartElement("dateCreated");
			xml.writeCharacters(DateTimeFormatter.RFC_1123_DATE_TIME.format(created.atOffset(ZoneOffset.UTC)));
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeStartElement("body");
			for (Feed feed : feeds) {
				xml.writeEmptyElement("outline");
				String text = feed.title() == null || feed.title().isBlank() ? feed.url() : feed.title();
				xml.writeAttribute("type", "rss");
				xml.writeAttribute("text", text);
				xml.writeAttribute("title", text);
				xml.writeAttribute("xmlUrl", feed.url());
			}
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write OPML", ex);
		}
		return out.toByteArray();
	}

	/** An attribute by name, any case: apps write {@code xmlUrl}, {@code xmlurl} and {@code XMLURL}. */
	private static String attribute(XMLStreamReader xml, String name) {
		for (int i = 0; i < xml.getAttributeCount(); i++) {
			if (xml.getAttributeLocalName(i).equalsIgnoreCase(name)) {
				return xml.getAttributeValue(i);
			}
		}
		return null;
	}

	private static String firstLine(String message) {
		String text = message == null ? "" : message;
		int colon = text.indexOf("Message: ");
		return (colon >= 0 ? text.substring(colon + 9) : text).lines().findFirst().orElse("").strip();
	}

	private static XMLInputFactory input() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		return factory;
	}

}
