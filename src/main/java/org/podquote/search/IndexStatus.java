package org.podquote.search;

import org.springframework.stereotype.Component;

/** Whether the search index is being rebuilt, so pages can say why results may be missing. */
@Component
public class IndexStatus {

	private volatile boolean rebuilding;

	public boolean isRebuilding() {
		return rebuilding;
	}

	void setRebuilding(boolean rebuilding) {
		this.rebuilding = rebuilding;
	}

}
