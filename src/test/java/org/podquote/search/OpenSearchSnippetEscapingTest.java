package org.podquote.search;

/** Markup in quotes on a real OpenSearch node: the engine's highlighter must escape it as Lucene's does. */
@OnOpenSearch
class OpenSearchSnippetEscapingTest extends SnippetEscapingTest {

}
