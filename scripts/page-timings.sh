#!/usr/bin/env bash
# First-visit and warm times of the pages that count (docs/BENCHMARKS.md, "Counts and speaker pages").
#   scripts/page-timings.sh JAR HOME [app arguments...]
# Starts JAR on a library at HOME (H2, or PostgreSQL with --spring.profiles.active=postgres and
# PODQUOTE_DB_* and PG_DATABASE set), on 127.0.0.1:${PORT:-18181}, with the warm-up off; warms the JIT on pages of
# another kind (three visits each to /podcasts, /api/v1/podcasts, a search); then times, with curl
# from this machine, the first visit to each page below (nothing before it read that page) and the
# median of 5 visits after. The pages: home, /speakers, /charts, the largest show (pages 1 and its
# last), the largest speaker (pages 1, 40, 200, 400 and its last, best first, and some pages "all,
# in order" newest first), found through the API. Each visit gives its wall time (curl) and the
# server process's CPU time during it (all its threads, from /proc/PID/task/*/schedstat). Prints a
# Markdown table.
set -euo pipefail
JAR=$1; HOME_DIR=$2; shift 2
PORT=${PORT:-18181}
BASE="http://127.0.0.1:$PORT"
LOG=$(mktemp)
PODQUOTE_HOME="$HOME_DIR" java -Xmx1g -jar "$JAR" --server.port=$PORT --server.address=127.0.0.1 \
  --podquote.warm-up=false --podquote.seed=false "$@" >"$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -f "$LOG"' EXIT
for _ in $(seq 1 900); do
  curl -fsS -o /dev/null "$BASE/actuator/health" 2>/dev/null && break
  kill -0 $PID 2>/dev/null || { cat "$LOG" >&2; exit 1; }
  sleep 1
done

t() { curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$BASE$1"; }
ms() { awk '{ printf "%.0f", $2 * 1000 }'; }
# CPU time of the whole server process (every thread: requests, GC, JIT) and, on PostgreSQL, of the
# database's backends serving it (PG_DATABASE, their process titles name it), in ns, from the
# scheduler's own accounting: on a machine shared with other work a page's wall time says more about
# the others than about the page
cpu() {
  { cat /proc/$PID/task/*/schedstat 2>/dev/null
    if [ -n "${PG_DATABASE:-}" ]; then
      for p in $(ps -eo pid=,args= | awk -v db="$PG_DATABASE" '$2 == "postgres:" && $4 == db { print $1 }'); do
        cat /proc/$p/schedstat 2>/dev/null
      done
    fi
  } | awk '{ s += $1 } END { printf "%.0f", s }'
}
# one visit: "status wall-ms cpu-ms"
visit() {
  local c0 c1 r
  c0=$(cpu); r=$(t "$1"); c1=$(cpu)
  echo "${r%% *} $(echo "$r" | ms) $(( (c1 - c0) / 1000000 ))"
}

# the largest speaker and show, from the API's own lists (most quoted first)
speaker=$(curl -s "$BASE/api/v1/speakers?size=1" | sed -n 's/.*"slug":"\([^"]*\)".*/\1/p' | head -1)
quotes=$(curl -s "$BASE/api/v1/speakers/$speaker" | sed -n 's/.*"appearances":\([0-9]*\).*/\1/p' | head -1)
podcast=$(curl -s "$BASE/api/v1/podcasts?size=100" | tr '{' '\n' | sed -n 's/.*"slug":"\([^"]*\)".*"episodes":\([0-9]*\).*/\2 \1/p' | sort -n | tail -1 | cut -d' ' -f2)
episodes=$(curl -s "$BASE/api/v1/podcasts/$podcast" | sed -n 's/.*"episodes":\([0-9]*\).*/\1/p' | head -1)
# a speaker's page lists 10 quotes (system/PageSizes.QUOTES), a show's 25 episodes
last=$(( (quotes + 9) / 10 ))
lastShow=$(( (episodes + 24) / 25 ))

for _ in 1 2 3; do t /podcasts >/dev/null; t /api/v1/podcasts >/dev/null; t '/search?q=kubernetes' >/dev/null; done

grep -o 'Successfully applied.*\|Started PodquoteApplication in [0-9.]* seconds' "$LOG" || true
echo "Largest speaker: $speaker ($quotes quotes, $last pages of 10); largest show: $podcast ($episodes episodes, $lastShow pages)"
echo
echo "| page | status | first visit: wall (ms) | first visit: server CPU (ms) | warm, median of 5: wall (ms) | warm: server CPU (ms) |"
echo "|---|---|---:|---:|---:|---:|"
for path in / /speakers /charts "/podcasts/$podcast" "/podcasts/$podcast?page=$lastShow" \
    "/speakers/$speaker" "/speakers/$speaker?page=40" "/speakers/$speaker?page=200" \
    "/speakers/$speaker?page=400" "/speakers/$speaker?page=$last" \
    "/speakers/$speaker?order=newest" "/speakers/$speaker?order=newest&page=200" \
    "/speakers/$speaker?order=newest&page=$last"; do
  read -r status wall cpu_ms < <(visit "$path")
  warm=$(for _ in 1 2 3 4 5; do visit "$path"; done | sort -k2,2n | sed -n 3p)
  echo "| \`$path\` | $status | $wall | $cpu_ms | $(echo "$warm" | cut -d' ' -f2) | $(echo "$warm" | cut -d' ' -f3) |"
done
