#!/usr/bin/env bash
# The Podquote benchmark in one command (see docs/BENCHMARKS.md):
#   scripts/benchmark.sh            # the full run: >= 1,000,000 appearances, about 30 minutes
#   scripts/benchmark.sh --quick    # a try-out: ~55,000 appearances, about 10 minutes
# Builds the jar and the harness (src/bench/java, into target/bench-classes), generates the corpus
# into target/bench/corpus, imports it with the real CLI, starts the server, measures, and writes
# target/bench/results.md.
# Needs a JDK 17+, wrk, and the Changelog transcripts at ../shared/data/changelog-transcripts
# (or CHANGELOG=/path). Talks only to 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."

QUICK=""
APPEARANCES=560000   # generated; with the Changelog's ~445,000 the library passes 1,000,000
WRK_SECONDS=30
for arg in "$@"; do
  case "$arg" in
    --quick) QUICK="--quick"; APPEARANCES=25000; WRK_SECONDS=10 ;;
    *) echo "usage: scripts/benchmark.sh [--quick]" >&2; exit 2 ;;
  esac
done
CHANGELOG="${CHANGELOG:-../shared/data/changelog-transcripts}"
SEED="${SEED:-20260101}"
OUT=target/bench

command -v wrk >/dev/null || { echo "wrk is missing (Debian: apt-get install wrk)" >&2; exit 1; }
[ -d "$CHANGELOG" ] || { echo "no Changelog transcripts at $CHANGELOG (set CHANGELOG=...)" >&2; exit 1; }

echo "== building the jar and the benchmark harness"
./mvnw -q -DskipTests package
mkdir -p "$OUT"
./mvnw -q dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" >/dev/null
# Java argument files keep the class path (and the project's name) out of the command lines: on a
# machine shared with other builds a broad "pkill -f podquote" must not end a 30-minute run, and
# for the same reason the Java processes ignore SIGTERM (stop a run with Ctrl-C).
CP="target/bench-classes:target/classes:$(cat "$OUT/classpath.txt")"
printf -- '-cp %s\norg.podquote.bench.CorpusGenerator\n' "$CP" > "$OUT/generator.args"
printf -- '-cp %s\norg.podquote.bench.Benchmark\n--jar=target/podquote.jar\n' "$CP" > "$OUT/harness.args"

# Class-data sharing for the server, as a deployment would prepare it once (Spring Boot's "extract" layout
# and a training start on an empty library that stops once the context is refreshed): the JVM then maps
# the classes of the start from the archive instead of loading and verifying them from nested jars.
echo "== the server's class-data sharing archive"
rm -rf "$OUT/app" "$OUT/cds-home"
java -Djarmode=tools -jar target/podquote.jar extract --destination "$OUT/app" --application-filename app-under-test.jar >/dev/null
(trap '' TERM; PODQUOTE_HOME="$OUT/cds-home" exec java -Xmx512m -XX:ArchiveClassesAtExit="$OUT/app/app.jsa" \
  -Dspring.context.exit=onRefresh -jar "$OUT/app/app-under-test.jar" --server.port=0 --podquote.warm-up=false \
  > "$OUT/cds-training.log" 2>&1) || true   # the start ends by exiting at refresh, not always with 0
[ -f "$OUT/app/app.jsa" ] || echo "(no archive: the server runs from the plain jar; see $OUT/cds-training.log)"
rm -rf "$OUT/cds-home"

echo "== generating $APPEARANCES appearances (seed $SEED) into $OUT/corpus"
(trap '' TERM; exec java -Xmx4g @"$OUT/generator.args" "$CHANGELOG" "$OUT/corpus" "$APPEARANCES" "$SEED")

echo "== importing, serving and measuring"
(trap '' TERM; exec java -Xmx1g @"$OUT/harness.args" $QUICK --out="$OUT" \
  --changelog="$CHANGELOG" --wrk-seconds="$WRK_SECONDS" --command="scripts/benchmark.sh")
