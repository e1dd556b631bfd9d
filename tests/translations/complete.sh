#!/usr/bin/env bash
# Fails when a user-visible text is missing from a translation: runs lupdate, as `make translations` does, over
# every source into a copy of each .ts file, and fails on an entry left unfinished (a new text, or one whose source
# changed) and on a copy that differs from the file (a text gone from the sources, still in the file).
#   complete.sh LUPDATE SOURCE_LIST TRANSLATIONS_DIR INCLUDE_ROOT...   (LUPDATE_OPTIONS from the environment)
set -euo pipefail
lupdate=$1
sources=$2
translations=$3
shift 3
includes=()
for root in "$@"; do
  includes+=(-I "$root")
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
for ts in "$translations"/*.ts; do
  copy=$work/$(basename "$ts")
  cp "$ts" "$copy"
  # shellcheck disable=SC2086 # the options are words
  "$lupdate" -silent ${LUPDATE_OPTIONS:-} "${includes[@]}" "@$sources" -ts "$copy"
  unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
  if [ "$unfinished" -gt 0 ]; then
    echo "FAILED: $(basename "$ts") has $unfinished untranslated text(s); run 'make translations' and translate:"
    # The source line above each unfinished translation (messages without locations: source, then translation).
    grep -B3 'type="unfinished"' "$copy" | sed -n 's/^ *<source>\(.*\)<\/source>$/  \1/p'
    status=1
  elif ! cmp -s "$ts" "$copy"; then
    echo "FAILED: $(basename "$ts") is not up to date with the sources; run 'make translations':"
    diff "$ts" "$copy" | head -20
    status=1
  else
    echo "$(basename "$ts"): $(grep -c '<message' "$copy") texts, all translated"
  fi
done
exit $status
