#!/bin/sh
# Joins the counter page's build into the resident page's, then stamps the service worker.
#
# trunk builds one page per run and always names it index.html, so `make dist` runs it twice:
# index.html (the resident page, the first load) into web/dist, and clerk.html (the counter
# page, whose wasm carries the counter view) into web/dist-clerk. This moves the counter page
# in as clerk.html with its own wasm and glue. Files both builds make (styles, loader, worker,
# manifest, icon) must be byte-identical; a difference stops the build, because one of the
# pages would then run with the other's file. Last, sw.js is stamped with the joined list, so
# that the worker precaches both pages at the first visit, whatever the user does.
set -eu

dist=${1:?"usage: join-pages.sh DIST COUNTER_DIST"}
counter=${2:?"usage: join-pages.sh DIST COUNTER_DIST"}
[ -f "$dist/index.html" ] || { echo "join-pages.sh: no $dist/index.html" >&2; exit 1; }
[ -f "$counter/index.html" ] || { echo "join-pages.sh: no $counter/index.html" >&2; exit 1; }
[ ! -e "$dist/clerk.html" ] || { echo "join-pages.sh: $dist already holds clerk.html" >&2; exit 1; }

for path in "$counter"/*; do
  name=$(basename "$path")
  if [ "$name" = index.html ]; then
    cp "$path" "$dist/clerk.html"
  elif [ -e "$dist/$name" ]; then
    cmp -s "$path" "$dist/$name" || { echo "join-pages.sh: the two pages' $name differ" >&2; exit 1; }
  else
    cp "$path" "$dist/$name"
  fi
done
rm -rf "$counter"

# The hand-over code's module (web/code): trunk builds it as a worker asset, under fixed names.
# Give its two files a name made from their contents, as trunk does for the app's, so that a
# browser's HTTP cache never pairs one release's glue with another's wasm, and write the names
# into both pages' <meta name="jiuzhu-app">, where loader.js reads them.
if command -v sha256sum >/dev/null 2>&1; then sum() { sha256sum "$@"; }; else sum() { shasum -a 256 "$@"; }; fi
[ -f "$dist/jiuzhu-code.js" ] && [ -f "$dist/jiuzhu-code_bg.wasm" ] || { echo "join-pages.sh: the code module is missing" >&2; exit 1; }
hash=$(cat "$dist/jiuzhu-code.js" "$dist/jiuzhu-code_bg.wasm" | sum | cut -c1-16)
mv "$dist/jiuzhu-code.js" "$dist/jiuzhu-code-$hash.js"
mv "$dist/jiuzhu-code_bg.wasm" "$dist/jiuzhu-code-${hash}_bg.wasm"
for page in index.html clerk.html; do
  n=$(grep -c 'data-code=jiuzhu-code.js data-code-wasm=jiuzhu-code_bg.wasm\|data-code="jiuzhu-code.js" data-code-wasm="jiuzhu-code_bg.wasm"' "$dist/$page" || true)
  [ "$n" = 1 ] || { echo "join-pages.sh: $page does not name the code module once" >&2; exit 1; }
  sed -e "s|jiuzhu-code\.js|jiuzhu-code-$hash.js|" -e "s|jiuzhu-code_bg\.wasm|jiuzhu-code-${hash}_bg.wasm|" "$dist/$page" > "$dist/$page.named"
  mv "$dist/$page.named" "$dist/$page"
done

sh "$(dirname "$0")/stamp-sw.sh" "$dist"
