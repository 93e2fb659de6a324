#!/usr/bin/env bash
# First-visit and warm times of the pages that count (docs/BENCHMARKS.md, "Counts and speaker pages").
#   scripts/page-timings.sh JAR HOME [app arguments...]
# Starts JAR on a library at HOME (H2, or PostgreSQL with --spring.profiles.active=postgres and
# PODQUOTE_DB_* set), on 127.0.0.1:${PORT:-18181}, with the warm-up off; warms the JIT on pages of
# another kind (three visits each to /podcasts, /api/v1/podcasts, a search); then times, with curl
# from this machine, the first visit to each page below (nothing before it read that page) and the
# median of 5 visits after. The pages: home, /speakers, /charts, the largest show (pages 1 and its
# last), the largest speaker (pages 1, 40, 200, 400 and its last, best first, and the same pages
# "all, in order" newest first), found in the library's own counts. Prints a Markdown table.
set -euo pipefail
JAR=$1; HOME_DIR=$2; shift 2
PORT=${PORT:-18181}
BASE="http://127.0.0.1:$PORT"
LOG=$(mktemp)
PODQUOTE_HOME="$HOME_DIR" java -Xmx1g -jar "$JAR" --server.port=$PORT --server.address=127.0.0.1 \
  --podquote.warm-up=false --podquote.seed=false "$@" >"$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -f "$LOG"' EXIT
for _ in $(seq 1 240); do
  curl -fsS -o /dev/null "$BASE/actuator/health" 2>/dev/null && break
  kill -0 $PID 2>/dev/null || { cat "$LOG" >&2; exit 1; }
  sleep 1
done

t() { curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$BASE$1"; }
ms() { awk '{ printf "%.0f", $2 * 1000 }'; }

# the largest speaker and show, from the API's own lists (most quoted first)
speaker=$(curl -s "$BASE/api/v1/speakers?size=1" | sed -n 's/.*"slug":"\([^"]*\)".*/\1/p' | head -1)
quotes=$(curl -s "$BASE/api/v1/speakers/$speaker" | sed -n 's/.*"appearances":\([0-9]*\).*/\1/p' | head -1)
podcast=$(curl -s "$BASE/api/v1/podcasts?size=100" | tr '{' '\n' | sed -n 's/.*"slug":"\([^"]*\)".*"episodes":\([0-9]*\).*/\2 \1/p' | sort -n | tail -1 | cut -d' ' -f2)
episodes=$(curl -s "$BASE/api/v1/podcasts/$podcast" | sed -n 's/.*"episodes":\([0-9]*\).*/\1/p' | head -1)
last=$(( (quotes + 19) / 20 ))
lastShow=$(( (episodes + 24) / 25 ))

for _ in 1 2 3; do t /podcasts >/dev/null; t /api/v1/podcasts >/dev/null; t '/search?q=kubernetes' >/dev/null; done

echo "Largest speaker: $speaker ($quotes quotes, $last pages); largest show: $podcast ($episodes episodes, $lastShow pages)"
echo
echo "| page | status | first visit (ms) | warm, median of 5 (ms) |"
echo "|---|---|---:|---:|"
for path in / /speakers /charts "/podcasts/$podcast" "/podcasts/$podcast?page=$lastShow" \
    "/speakers/$speaker" "/speakers/$speaker?page=40" "/speakers/$speaker?page=200" \
    "/speakers/$speaker?page=400" "/speakers/$speaker?page=$last" \
    "/speakers/$speaker?order=newest" "/speakers/$speaker?order=newest&page=200" \
    "/speakers/$speaker?order=newest&page=$last"; do
  first=$(t "$path")
  warm=$(for _ in 1 2 3 4 5; do t "$path" | ms; echo; done | sort -n | sed -n 3p)
  echo "| \`$path\` | ${first%% *} | $(echo "$first" | ms) | $warm |"
done
