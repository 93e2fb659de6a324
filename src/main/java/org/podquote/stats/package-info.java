/**
 * Counts kept as quotes are written, so that pages read totals instead of counting quotes: per
 * episode, per person and episode, per person and show, per person, per pair of people and per
 * show (the tables of V10). {@link org.podquote.stats.StatsIntegration} recounts the episodes a
 * transaction changed just before it commits; the repositories of the features read the tables
 * through the read-only entities here.
 */
package org.podquote.stats;
