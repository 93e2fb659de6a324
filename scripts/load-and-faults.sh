#!/usr/bin/env bash
# Load and faults on the Changelog library (docs/BENCHMARKS.md, "Load and faults"):
#   scripts/load-and-faults.sh
# 1. imports ../shared/data/changelog-transcripts with the real CLI into a new library, killing the
#    import with SIGKILL at 20%, 45% and 70% of its files, then lets a last run finish it;
# 2. starts the server, waits until /actuator/health/search is UP (the start-up check rebuilds an
#    index that the killed imports left behind the database), and runs wrk, 64 connections for 30 s,
#    over a mix of pages, counting every answer that is not 2xx;
# 3. kills the server with SIGKILL in the middle of a second wrk run, starts it again, waits for UP,
#    and runs wrk once more;
# 4. stops the server and checks the library: the index holds as many quotes as the database, and no
#    episode holds other than the quotes its transcript gave (no half episode).
# Writes target/faults/results.md and exits non-zero when a check fails. Talks only to 127.0.0.1.
# Needs a JDK 17+, wrk, python3 and the Changelog transcripts (CHANGELOG=/path to override).
set -euo pipefail
cd "$(dirname "$0")/.."

CHANGELOG="${CHANGELOG:-../shared/data/changelog-transcripts}"
OUT=target/faults
LIB="$PWD/$OUT/library"   # H2 takes no path relative to the working folder
PORT="${PORT:-18491}"
BASE="http://127.0.0.1:$PORT"
CONNECTIONS=64
SECONDS_PER_RUN=30
KILL_AT=(20 45 70)
JAR="$OUT/app.jar"

command -v wrk >/dev/null || { echo "wrk is missing (Debian: apt-get install wrk)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 is missing" >&2; exit 1; }
[ -d "$CHANGELOG" ] || { echo "no Changelog transcripts at $CHANGELOG (set CHANGELOG=...)" >&2; exit 1; }

if [ -z "${SKIP_BUILD:-}" ]; then
  echo "== building the jar"
  ./mvnw -o -q -B -DskipTests package
fi
if [ -z "${SERVE_ONLY:-}" ]; then
  rm -rf "$OUT"
  mkdir -p "$OUT"
  # a copy, so that a build while this runs changes nothing under it
  cp target/podquote.jar "$JAR"
fi
RESULTS="$OUT/results${SERVE_ONLY:+-serve-only}.md"
FAILED=0
SERVER_PID=""
IMPORT_PID=""

# Only the processes this script started are ended, by their ids.
cleanup() {
  for pid in "$SERVER_PID" "$IMPORT_PID"; do
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
  done
}
trap cleanup EXIT

note() { echo "$*"; echo "$*" >> "$RESULTS"; }
fail() { note "FAILED: $*"; FAILED=1; }

now() { date +%s.%N; }
elapsed() { python3 -c "print(f'{$(now) - $1:.1f}')"; }

# The share of files done that the import's progress line last said, or 0.
progress() {
  tr '\r' '\n' < "$OUT/import.err" | sed -n 's/.*\] *\([0-9]*\)% .*/\1/p' | tail -1 | grep . || echo 0
}

# As in scripts/benchmark.sh: the Java processes take their arguments from files and ignore SIGTERM,
# so that a broad "pkill -f podquote" on a machine shared with other builds cannot end them; this
# script ends them itself, by their ids (SIGKILL, or SIGTERM through the server's own shutdown below).
printf -- '-Xmx2g\n-jar\n%s\nimport\n--podquote.home=%s\n%s\n' "$JAR" "$LIB" "$CHANGELOG" > "$OUT/import.args"
printf -- '-Xmx2g\n-jar\n%s\n--podquote.home=%s\n--server.port=%s\n--server.address=127.0.0.1\n--podquote.seed=false\n' \
  "$JAR" "$LIB" "$PORT" > "$OUT/server.args"

run_import() {
  (trap '' TERM; exec java @"$OUT/import.args") > "$OUT/import.out" 2> "$OUT/import.err" &
  IMPORT_PID=$!
}

start_server() {
  (exec java @"$OUT/server.args") >> "$OUT/server.log" 2>&1 &
  SERVER_PID=$!
}

# Waits until the search index is UP with as many quotes as the database; prints the seconds taken.
await_healthy() {
  local start; start=$(now)
  for _ in $(seq 1 1200); do
    if curl -s "$BASE/actuator/health/search" > "$OUT/health.json" 2>/dev/null \
        && grep -q '"status":"UP"' "$OUT/health.json"; then
      elapsed "$start"; return 0
    fi
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "the server stopped" >&2; return 1; }
    sleep 1
  done
  return 1
}

health_counts() {
  python3 -c '
import json,sys
d=json.load(open(sys.argv[1]))["components"]["searchIndex"]["details"]
print(d["databaseQuotes"], d["indexedQuotes"], d["state"])' "$OUT/health.json"
}

# wrk over the page mix; prints "requests non2xx socket-errors rps p50 p99".
load() {
  local seconds=$1 label=$2
  wrk -t2 -c"$CONNECTIONS" -d"${seconds}s" --latency --timeout 10s -s "$OUT/mix.lua" "$BASE" > "$OUT/wrk-$label.txt" 2>&1 || true
  python3 - "$OUT/wrk-$label.txt" <<'EOF'
import re,sys
t=open(sys.argv[1]).read()
req=re.search(r"(\d+) requests in",t); non=re.search(r"non-2xx: (\d+)",t)
sock=re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)",t)
rps=re.search(r"Requests/sec:\s+([\d.]+)",t)
lat={m.group(1):m.group(2) for m in re.finditer(r"^\s+(50|99)%\s+(\S+)",t,re.M)}
print(req.group(1) if req else 0, non.group(1) if non else "?", sum(map(int,sock.groups())) if sock else 0,
      rps.group(1) if rps else 0, lat.get("50","?"), lat.get("99","?"))
EOF
}

JAVA_VERSION=$(java -version 2>&1 | head -1)
{
  echo "# Load and faults, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start; $JAVA_VERSION; git $(git rev-parse --short HEAD)"
  echo
} > "$RESULTS"

if [ -n "${SERVE_ONLY:-}" ]; then
  note "(SERVE_ONLY: the library of the last run, steps 2 to 4 again)"
else
echo "== 1. importing $CHANGELOG, killed with SIGKILL at ${KILL_AT[*]}% of its files"
START_ALL=$(now)
for at in "${KILL_AT[@]}"; do
  : > "$OUT/import.err"
  run_import
  while kill -0 "$IMPORT_PID" 2>/dev/null && [ "$(progress)" -lt "$at" ]; do sleep 0.5; done
  if kill -0 "$IMPORT_PID" 2>/dev/null; then
    kill -9 "$IMPORT_PID"; wait "$IMPORT_PID" 2>/dev/null || true
    note "- import killed (SIGKILL) at $(progress)% of the files, $(elapsed "$START_ALL") s in"
  else
    wait "$IMPORT_PID" || true
    fail "the import ended before it reached $at%"
  fi
  IMPORT_PID=""
done
: > "$OUT/import.err"
run_import
wait "$IMPORT_PID" && IMPORT_EXIT=0 || IMPORT_EXIT=$?
IMPORT_PID=""
note "- the last import run finished: exit $IMPORT_EXIT, $(tail -1 "$OUT/import.out")"
note "- all import runs: $(elapsed "$START_ALL") s"
fi

echo "== 2. serving"
start_server
T=$(await_healthy) || { fail "the server did not become healthy"; exit 1; }
read -r DB IX STATE < <(health_counts)
note "- server started; /actuator/health/search UP after $T s (after the start-up check, which rebuilds an index out of step with the database): $IX quotes indexed, $DB in the database"
[ "$DB" = "$IX" ] || fail "index $IX, database $DB"

# The page mix: lists, shows, episodes, people, searches (words, phrases, prefixes, filters), the API.
python3 - "$BASE" "$OUT/mix.lua" <<'EOF'
import json,sys,urllib.request,urllib.parse
base,out=sys.argv[1],sys.argv[2]
get=lambda p: json.load(urllib.request.urlopen(base+p))
paths=["/","/speakers","/podcasts","/charts","/search?q=kubernetes","/search?q=%22open+source%22",
       "/search?q=test*+go","/search?q=rust+OR+zig&sort=newest","/api/v1/search?q=database",
       "/api/v1/speakers?size=20","/feeds/search.atom?q=golang"]
for s in get("/api/v1/speakers?size=6")["items"]:
    paths += ["/speakers/"+s["slug"], "/api/v1/speakers/"+s["slug"], "/search?q=code&speaker="+s["slug"]]
for p in get("/api/v1/podcasts?size=6")["items"]:
    paths += ["/podcasts/"+p["slug"]]
    for e in get("/api/v1/podcasts/%s/episodes?size=2" % p["slug"])["items"]:
        paths += ["/podcasts/%s/episodes/%s" % (p["slug"], e["slug"])]
with open(out,"w") as f:
    f.write("paths = {%s}\n" % ",".join(json.dumps(p) for p in paths))
    f.write("""
local threads = {}
local i = 0
function setup(thread) table.insert(threads, thread) end
function init(args) non2xx = 0 end
function request() i = i + 1; return wrk.format("GET", paths[(i % #paths) + 1]) end
function response(status, headers, body) if status < 200 or status > 299 then non2xx = non2xx + 1 end end
function done(summary, latency, requests)
  local n = 0
  for _, t in ipairs(threads) do n = n + t:get("non2xx") end
  io.write(string.format("non-2xx: %d\\n", n))
end
""")
print(len(paths), "pages")
EOF
note "- page mix: $(grep -o '"[^"]*"' "$OUT/mix.lua" | wc -l) pages (lists, shows, episodes, people, searches with phrases, prefixes, OR and filters, the API, an Atom feed; no CSV export, which allows one at a time per client)"

# one pass over the mix first, as a visitor's first requests load what later ones reuse
warm() { for p in $(grep -o '"/[^"]*"' "$OUT/mix.lua" | tr -d '"'); do curl -s -o /dev/null --max-time 120 "$BASE$p"; done; }
warm
read -r REQ NON SOCK RPS P50 P99 < <(load "$SECONDS_PER_RUN" first)
note "- wrk, $CONNECTIONS connections, ${SECONDS_PER_RUN} s: $REQ requests, $RPS/s, p50 $P50, p99 $P99; non-2xx $NON, socket errors $SOCK"
[ "$NON" = 0 ] && [ "$SOCK" = 0 ] || fail "errors under load"

echo "== 3. SIGKILL of the server while it serves"
( sleep 10; kill -9 "$SERVER_PID" 2>/dev/null ) &
read -r REQ NON SOCK RPS P50 P99 < <(load 20 killed)
wait "$SERVER_PID" 2>/dev/null || true
note "- wrk during which the server was killed (SIGKILL) after 10 s: $REQ requests before it died (non-2xx $NON, socket errors $SOCK: the connections it dropped)"
start_server
T=$(await_healthy) || { fail "the server did not become healthy after SIGKILL"; exit 1; }
read -r DB IX STATE < <(health_counts)
note "- restarted: /actuator/health/search UP after $T s, $IX quotes indexed, $DB in the database"
[ "$DB" = "$IX" ] || fail "index $IX, database $DB after the restart"
warm
read -r REQ NON SOCK RPS P50 P99 < <(load "$SECONDS_PER_RUN" restarted)
note "- wrk after the restart, $CONNECTIONS connections, ${SECONDS_PER_RUN} s: $REQ requests, $RPS/s, p50 $P50, p99 $P99; non-2xx $NON, socket errors $SOCK"
[ "$NON" = 0 ] && [ "$SOCK" = 0 ] || fail "errors under load after the restart"

echo "== 4. the library after it all"
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
SERVER_PID=""
unzip -o -q -j "$JAR" 'BOOT-INF/lib/h2-*.jar' -d "$OUT"
H2=$(ls "$OUT"/h2-*.jar | head -1)
sql() { java -cp "$H2" org.h2.tools.Shell -url "jdbc:h2:file:$LIB/db/podquote" -user sa -password "" -sql "$1" | sed -n 2p | tr -d ' '; }
EPISODES=$(sql "select count(*) from episode")
QUOTES=$(sql "select count(*) from appearance")
# An episode's quotes are as many as its transcript gave, in one transaction: a different count is a half episode.
HALF=$(sql "select count(*) from episode e join transcript_source s on s.id = (select max(id) from transcript_source t where t.episode_id = e.id and t.role = 'TRANSCRIPT') where s.appearance_count <> (select count(*) from appearance a where a.episode_id = e.id)")
ORPHANS=$(sql "select count(*) from episode e where exists (select 1 from appearance a where a.episode_id = e.id) and not exists (select 1 from transcript_source t where t.episode_id = e.id and t.role = 'TRANSCRIPT')")
note "- $EPISODES episodes, $QUOTES quotes in the database, equal to the index's $IX; episodes whose quotes differ from their transcript's count: $HALF; episodes with quotes and no transcript: $ORPHANS"
[ "$QUOTES" = "$IX" ] || fail "the database has $QUOTES quotes, the index $IX"
[ "$HALF" = 0 ] && [ "$ORPHANS" = 0 ] || fail "half episodes"

if [ "$FAILED" = 0 ]; then note "All checks passed."; fi
echo "Results: $RESULTS"
exit "$FAILED"
