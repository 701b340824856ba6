#!/bin/sh
# Run by join-pages.sh once both pages are built into DIR: writes into DIR/sw.js the names of the
# files of this build and a version derived from their contents. The service worker needs both, and only the build knows
# them (trunk puts content hashes in the asset names). Any change to any shipped file (the worker
# included) changes the version, so browsers see a byte-different sw.js and install the new release.
set -eu

dir=${1:?"usage: stamp-sw.sh DIR (join-pages.sh runs it on the joined build)"}
cd "$dir"
[ -f sw.js ] || { echo "stamp-sw.sh: no sw.js in $dir" >&2; exit 1; }
# Both placeholders must be there, or the worker would ship with stale or no file names.
if ! grep -q '^const VERSION = "__JIUZHU_VERSION__";$' sw.js || ! grep -q '^const FILES = \["__JIUZHU_FILES__"\];$' sw.js; then
  echo "stamp-sw.sh: sw.js lacks its placeholders (already stamped, or edited?)" >&2
  exit 1
fi

# The names go into JavaScript string literals without escaping, so allow only the characters trunk
# uses in asset names; anything else stops the build rather than producing a broken worker.
# site.json is the host's file, edited after the build: neither precached as part of the
# release nor part of its version (sw.js serves it network-first).
files=$(find . -type f ! -path ./sw.js ! -path ./site.json | sed 's|^\./||' | LC_ALL=C sort)
[ -n "$files" ] || { echo "stamp-sw.sh: $dir is empty" >&2; exit 1; }
bad=$(printf '%s\n' "$files" | grep '[^A-Za-z0-9._/-]' || true)
[ -z "$bad" ] || { echo "stamp-sw.sh: unexpected file name(s): $bad" >&2; exit 1; }

if command -v sha256sum >/dev/null 2>&1; then sum() { sha256sum "$@"; }; else sum() { shasum -a 256 "$@"; }; fi
# The unstamped worker counts too, so that a change to the worker alone is a new release.
# shellcheck disable=SC2086 # the names were checked above: no blanks, no globbing characters
version=$(sum $files sw.js | sum | cut -c1-16)
# shellcheck disable=SC2086
list=$(printf '"%s", ' $files | sed 's/, $//')

sed -e "s|__JIUZHU_VERSION__|$version|" -e "s|\"__JIUZHU_FILES__\"|$list|" sw.js > sw.js.stamped
if grep -q '__JIUZHU_' sw.js.stamped; then
  rm -f sw.js.stamped
  echo "stamp-sw.sh: sw.js still has a placeholder after stamping" >&2
  exit 1
fi
mv sw.js.stamped sw.js
echo "stamp-sw.sh: sw.js version $version, $(printf '%s\n' "$files" | wc -l | tr -d ' ') files"
