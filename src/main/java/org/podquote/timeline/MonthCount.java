package org.podquote.timeline;

/** Appearances in one calendar month. */
public record MonthCount(Integer year, Integer month, Long count) {
}
