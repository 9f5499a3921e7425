#!/usr/bin/env bash
# Renders the PNG figures of docs/ from what the example programs write now, with headless
# Chromium and the Noto fonts (Debian: apt-get install chromium fonts-noto-cjk
# fonts-noto-core), and records in docs/figures.sha256 the SHA-256 of each page it rendered.
# The tests of examples/timeline and examples/report compare those sums with what the
# programs write: a figure rendered from an older page fails them.
#
#   timeline.png         go run ./examples/timeline -lang en, at the SVG's own size
#   report.{zh,ru,ka}.png  go run ./examples/report -format html -lang {zh,ru,ka}, 1200×900
#
# Usage, from anywhere: docs/render.sh
set -euo pipefail
cd "$(dirname "$0")/.."

chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$chromium" ] || { echo "render.sh: no chromium (Debian: apt-get install chromium fonts-noto-cjk fonts-noto-core)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

shot() { # shot PNG PAGE WIDTH HEIGHT
	"$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
		--disable-component-update --disable-sync --no-first-run --hide-scrollbars \
		--user-data-dir="$tmp/profile" --screenshot="$1" --window-size="$3,$4" "file://$2" 2>/dev/null
	[ -s "$1" ] || { echo "render.sh: chromium wrote no $1" >&2; exit 1; }
	echo "$1 (${3}×${4}) from $(basename "$2")"
}

go run ./examples/timeline -lang en -o "$tmp/timeline.svg"
read -r w h < <(sed -n '1s/.* width="\([0-9]*\)" height="\([0-9]*\)".*/\1 \2/p' "$tmp/timeline.svg")
shot docs/timeline.png "$tmp/timeline.svg" "$w" "$h"
for l in zh ru ka; do
	go run ./examples/report -format html -lang "$l" -o "$tmp/report.$l.html"
	shot "docs/report.$l.png" "$tmp/report.$l.html" 1200 900
done
(cd "$tmp" && sha256sum timeline.svg report.zh.html report.ru.html report.ka.html) >docs/figures.sha256
cat docs/figures.sha256
