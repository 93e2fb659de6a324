#!/usr/bin/env bash
# First visits to every kind of page of the most quoted person and of the show with most episodes
# (issue 12 item 4; the same measurement as the benchmark's, org.podquote.bench.FirstVisits), on a
# library of your own:
#   scripts/first-visits.sh JAR HOME [app arguments...]
# Starts JAR on the library at HOME on 127.0.0.1:${PORT:-18182} with -Xmx${HEAP:-512m} (warm-up on,
# as a user starts it), waits until it answers and its person-page prefill has run, then visits each
# page once, one at a time: the wall time on loopback and the server's CPU time during it. Needs the
# harness compiled (./mvnw -o -q test-compile: target/bench-classes) and its class path
# (target/bench/classpath.txt, as scripts/benchmark.sh writes it). Ends only the server it started.
set -euo pipefail
JAR=$1; HOME_DIR=$2; shift 2
cd "$(dirname "$0")/.."
PORT=${PORT:-18182}
BASE="http://127.0.0.1:$PORT"
LOG=$(mktemp)
[ -f target/bench/classpath.txt ] || { mkdir -p target/bench; ./mvnw -o -q dependency:build-classpath -Dmdep.outputFile=target/bench/classpath.txt >/dev/null; }
(trap '' TERM; PODQUOTE_HOME="$HOME_DIR" exec java -Xmx${HEAP:-512m} -jar "$JAR" --server.port=$PORT --server.address=127.0.0.1 \
  --podquote.seed=false "$@" >"$LOG" 2>&1) &
PID=$!
# the subshell execs java: $PID is the server's; SIGHUP ends it cleanly (a background job ignores SIGINT, and so the JVM does)
trap 'kill -HUP $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -f "$LOG"' EXIT
START=$(date +%s.%N)
for _ in $(seq 1 900); do
  curl -fsS -o /dev/null "$BASE/actuator/health" 2>/dev/null && break
  kill -0 $PID 2>/dev/null || { cat "$LOG" >&2; exit 1; }
  sleep 0.5
done
echo "answered after $(echo "$(date +%s.%N) - $START" | bc) s; load average $(cut -d' ' -f1-3 /proc/loadavg)"
grep -o 'Successfully applied.*\|Started PodquoteApplication in [0-9.]* seconds' "$LOG" || true
java -cp "target/bench-classes:target/classes:$(cat target/bench/classpath.txt)" org.podquote.bench.FirstVisits "$BASE" "$PID" "$LOG"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
