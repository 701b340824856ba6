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
sh "$(dirname "$0")/stamp-sw.sh" "$dist"
