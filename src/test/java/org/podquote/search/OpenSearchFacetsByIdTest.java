package org.podquote.search;

/** The facets by id on a real OpenSearch node: the same labels, counts and order as by slug. */
@OnOpenSearch
class OpenSearchFacetsByIdTest extends FacetsByIdTest {

}
