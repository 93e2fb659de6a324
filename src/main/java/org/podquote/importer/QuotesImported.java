package org.podquote.importer;

import java.util.List;

/**
 * Published once an import run has committed what it stored: the quotes it added, by id, in the
 * order they were stored. Alerts match them against saved searches. Not published when a run adds
 * no quote.
 */
public record QuotesImported(List<Long> appearanceIds) {

	public QuotesImported {
		appearanceIds = List.copyOf(appearanceIds);
	}

}
