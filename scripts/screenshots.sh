#!/usr/bin/env bash
# Screenshots of the main pages at desktop (1280 px) and phone (390 px) width, in headless
# Chromium, for looking at before calling page work done. Usage: scripts/screenshots.sh [base-url] [out-dir]
set -euo pipefail
base=${1:-http://localhost:8080}
out=${2:-target/screenshots}
chromium=${CHROMIUM:-/usr/bin/chromium}
mkdir -p "$out"
pages=(
  "home|/"
  "speaker|/speakers/sam-marks"
  "search|/search?q=%22bad+role+models%22"
  "search-empty|/search?q=%22models+role+bad%22"
  "episode|/podcasts/lesswrong-curated-popular/episodes/the-persona-selection-model-by-sam-marks"
  "episode-search|/podcasts/lesswrong-curated-popular/episodes/the-persona-selection-model-by-sam-marks?q=archetype"
  "people|/speakers"
  "podcasts|/podcasts"
  "podcast|/podcasts/lesswrong-curated-popular"
  "quote|/quotes/2"
  "charts|/charts"
  "topics|/topics"
  "login|/login"
  "admin|/admin/import"
  "notfound|/speakers/nobody"
)
for entry in "${pages[@]}"; do
  name=${entry%%|*}
  path=${entry#*|}
  for width in 1280 390; do
    height=$([ "$width" = 1280 ] && echo 1600 || echo 2400)
    profile=$(mktemp -d)
    "$chromium" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking \
      --disable-component-update --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$profile" \
      --window-size="$width,$height" --screenshot="$out/$name-$width.png" "$base$path" >/dev/null 2>&1
    rm -rf "$profile"
  done
  echo "$out/$name-{1280,390}.png"
done
