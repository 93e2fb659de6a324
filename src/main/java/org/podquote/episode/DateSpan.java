package org.podquote.episode;

import java.time.LocalDate;

/** The first and last publication dates of some episodes; both null when none is dated. */
public record DateSpan(LocalDate first, LocalDate last) {
}
