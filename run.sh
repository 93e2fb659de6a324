#!/usr/bin/env bash
# Runs Podquote. Builds the jar when the sources changed, and starts it with a class-data-sharing
# archive made once per build, which cuts start-up by about a third (18 s to 12.7 s here).
# Arguments go to the app: ./run.sh --server.port=9090, ./run.sh import --podcast="My Show" dir/
set -euo pipefail
cd "$(dirname "$0")"
jar=target/podquote.jar
if [ ! -f "$jar" ] || [ -n "$(find src pom.xml data/seed -newer "$jar" -print -quit)" ]; then
  ./mvnw -q -B -DskipTests package
fi
app=target/app
if [ ! -f "$app/podquote.jsa" ] || [ "$jar" -nt "$app/podquote.jsa" ]; then
  echo "Preparing a faster start (once per build)..." >&2
  rm -rf "$app"
  java -Djarmode=tools -jar "$jar" extract --destination "$app" >/dev/null
  train=$(mktemp -d)
  # A training start that stops as soon as the app is ready, on a throw-away library.
  java -XX:ArchiveClassesAtExit="$app/podquote.jsa" -Dspring.context.exit=onRefresh -jar "$app/podquote.jar" \
    --podquote.home="$train" --podquote.seed=false --server.port=0 >/dev/null 2>&1 || true
  rm -rf "$train"
fi
if [ -f "$app/podquote.jsa" ]; then
  exec java -XX:SharedArchiveFile="$app/podquote.jsa" -jar "$app/podquote.jar" "$@"
fi
exec java -jar "$jar" "$@"
