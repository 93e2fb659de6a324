package org.podquote.speaker;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Rows from any offset, not only from a multiple of the page size: a page of "all, in order" may
 * start in the middle of an episode's quotes.
 */
record Offset(long offset, int size) implements Pageable {

	@Override
	public int getPageNumber() {
		return (int) (offset / size);
	}

	@Override
	public int getPageSize() {
		return size;
	}

	@Override
	public long getOffset() {
		return offset;
	}

	@Override
	public Sort getSort() {
		return Sort.unsorted();
	}

	@Override
	public Pageable next() {
		return new Offset(offset + size, size);
	}

	@Override
	public Pageable previousOrFirst() {
		return hasPrevious() ? new Offset(Math.max(0, offset - size), size) : first();
	}

	@Override
	public Pageable first() {
		return new Offset(0, size);
	}

	@Override
	public Pageable withPage(int pageNumber) {
		return new Offset((long) pageNumber * size, size);
	}

	@Override
	public boolean hasPrevious() {
		return offset > 0;
	}

}
