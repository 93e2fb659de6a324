/**
 * The transcript parsers: one {@link org.podquote.importer.format.TranscriptParser} per format,
 * chosen by {@link org.podquote.importer.format.TranscriptFormats}, each giving a
 * {@link org.podquote.importer.format.ParsedTranscript}. What the importer can rely on:
 * <ul>
 * <li>{@code Segment.speaker} is the label as written ({@code Speaker 1}, {@code SPEAKER_00} and
 * other numbered voices included; which of them are generic is the importer's call). It is null
 * for speech nobody is named for, and for what is no one's speech: credits of the subtitles
 * ("Subtitles by …"), sounds ({@code [Music]}), and the text of labels such as
 * {@code Subtitles:}, {@code Captions by:} or {@code Audio:}.</li>
 * <li>{@code Segment.role} is the role a label gave in parentheses, {@code Jane Doe (host):},
 * in lower case ({@code host}, {@code co-host}, {@code guest}, a Podcasting 2.0 taxonomy role),
 * null otherwise; {@code ParsedTranscript.roles()} maps each speaker to the first role given, for
 * credits. Other parentheses ({@code (Acme Corp)}) are left out of the name and give no role.</li>
 * <li>{@code ParsedTranscript.metadata()} holds what the file says of its episode, from YAML or
 * TOML front matter and header lines ({@code Title:}, {@code Date:}, a first {@code # Heading})
 * of Markdown and text, the header of a WebVTT file, an HTML page's meta tags, {@code <title>} and
 * canonical link, or a JSON file's top-level fields; its {@code origin} names them, joined with
 * ", " when several gave something: {@code front matter}, {@code header lines}, {@code <meta>},
 * {@code <title>}, {@code <link>}, {@code JSON fields}. None of it is ever a segment.</li>
 * <li>A file that cannot be read fails as a whole with a
 * {@link org.podquote.importer.format.TranscriptParseException} naming the line and what was
 * expected there.</li>
 * </ul>
 */
package org.podquote.importer.format;
