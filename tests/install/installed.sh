#!/usr/bin/env bash
# Checks of an installation in a temporary prefix, with the tools a desktop uses. ctest runs `install` first (the
# fixture), then each check on its own:
#   installed.sh BUILD_DIR PREFIX install|files|version|type-by-name|type-by-content|opens-documents|man|completion
# and the .deb on its own, unpacked into PREFIX: installed.sh BUILD_DIR PREFIX package
set -euo pipefail
build=$1
prefix=$2
check=$3
work=$prefix.work
quarterdeck=$prefix/bin/quarterdeck
# The checks read the program's English texts, whatever language the machine speaks.
export LANGUAGE=en

fail() {
  echo "FAILED: $*" >&2
  exit 1
}

# Only the prefix's data and an empty configuration: what the machine or the user has installed does not count.
desktop_environment() {
  export XDG_DATA_HOME=$work/data-home XDG_CONFIG_HOME=$work/config-home XDG_CONFIG_DIRS=$work/config-home
  export XDG_DATA_DIRS=$prefix/share:/usr/share
  mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"
}

# The filetype xdg-mime names, as a desktop without a known environment (File::MimeInfo) and GNOME (gio) ask it.
filetype() {
  local generic gnome
  generic=$(XDG_CURRENT_DESKTOP='' DE=generic xdg-mime query filetype "$1")
  gnome=$(XDG_CURRENT_DESKTOP=GNOME GIO_USE_VFS=local xdg-mime query filetype "$1")
  [ "$generic" = "$gnome" ] || fail "$1: File::MimeInfo says $generic, gio says $gnome"
  echo "$generic"
}

commands() {
  "$quarterdeck" --help | sed -n '/Commands:$/,/^$/s/^  \([a-z-]*\) .*/\1/p'
}

case $check in
install)
  rm -rf "$prefix" "$work"
  cmake --install "$build" --prefix "$prefix"
  mkdir -p "$work"
  "$quarterdeck" demo "$work/demo.okr"
  desktop_environment
  update-mime-database "$prefix/share/mime"
  update-desktop-database "$prefix/share/applications"
  ;;
files)
  expected=(bin/quarterdeck share/applications/quarterdeck.desktop share/icons/hicolor/scalable/apps/quarterdeck.svg
    share/metainfo/"$APP_ID".metainfo.xml share/mime/packages/quarterdeck.xml share/man/man1/quarterdeck.1.gz
    share/bash-completion/completions/quarterdeck share/doc/quarterdeck/copyright share/doc/quarterdeck/changelog.gz)
  for size in 16 32 48 64 128 256; do
    expected+=("share/icons/hicolor/${size}x$size/apps/quarterdeck.png")
  done
  for file in "${expected[@]}"; do
    [ -f "$prefix/$file" ] || fail "$file is not installed"
  done
  # The launcher, the store entry and the icons agree with each other where a software centre finds them.
  appstreamcli validate-tree --no-net "$prefix"
  ;;
version)
  # Headless, then a command that draws: that one runs in the window's module, found from the installed bin/.
  "$quarterdeck" --version | grep -Fx "quarterdeck $VERSION" || fail "quarterdeck --version does not say $VERSION"
  "$quarterdeck" report "$work/demo.okr" --out "$work/report.pdf"
  [ -s "$work/report.pdf" ] || fail "the installed quarterdeck drew no report"
  ;;
type-by-name)
  desktop_environment
  type=$(filetype "$work/demo.okr")
  [ "$type" = application/x-quarterdeck ] || fail "demo.okr is $type"
  # The name alone, without a document's content to match: the glob.
  echo 'not a database' >"$work/named.okr"
  type=$(filetype "$work/named.okr")
  [ "$type" = application/x-quarterdeck ] || fail "a file named *.okr is $type"
  ;;
type-by-content)
  desktop_environment
  # A renamed document is known by the application id in its header; another SQLite database is not a document.
  cp "$work/demo.okr" "$work/renamed-document"
  type=$(filetype "$work/renamed-document")
  [ "$type" = application/x-quarterdeck ] || fail "a renamed document is $type"
  rm -f "$work/other-database"
  sqlite3 "$work/other-database" 'CREATE TABLE t(x); PRAGMA application_id = 1;'
  type=$(filetype "$work/other-database")
  [ "$type" = application/vnd.sqlite3 ] || fail "another SQLite database is $type"
  ;;
opens-documents)
  desktop_environment
  application=$(XDG_CURRENT_DESKTOP='' DE=generic xdg-mime query default application/x-quarterdeck)
  [ "$application" = quarterdeck.desktop ] || fail "documents open with '$application'"
  ;;
man)
  page=$prefix/share/man/man1/quarterdeck.1.gz
  for command in $(commands); do
    zgrep -qx ".SS $command" "$page" || fail "the man page does not cover '$command'"
  done
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=100 man --warnings -l "$page" 2>&1 >/dev/null)
  [ -z "$warnings" ] || fail "the man page does not render cleanly: $warnings"
  ;;
completion)
  # shellcheck source=/dev/null
  source "$prefix/share/bash-completion/completions/quarterdeck"
  complete_words() {
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _quarterdeck
    printf '%s\n' "${COMPREPLY[@]}"
  }
  for command in $(commands); do
    grep -qx "$command" <<<"$(complete_words quarterdeck '')" || fail "'$command' is not completed"
    offered=$(complete_words quarterdeck "$command" -)
    options=$("$quarterdeck" "$command" --help | sed -n 's/^  \(-[^ ].*\)/\1/p' | sed 's/  .*//')
    for option in $(grep -oE -- '-[-A-Za-z0-9]+' <<<"$options"); do
      grep -qx -- "$option" <<<"$offered" || fail "'$command $option' is not completed"
    done
  done
  grep -qx rename <<<"$(complete_words quarterdeck team demo.okr re)" || fail "the action 'rename' is not completed"
  grep -qx rename <<<"$(complete_words quarterdeck team --parent Sales demo.okr re)" ||
    fail "the action after an option's value is not completed"
  ;;
package)
  rm -rf "$prefix" "$work"
  mkdir -p "$work"
  cpack --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" || fail "cpack: $(cat "$work/cpack.log")"
  deb=$(echo "$work"/quarterdeck_"$VERSION"_*.deb)
  [ -f "$deb" ] || fail "no .deb in $work"
  depends=$(dpkg-deb --field "$deb" Depends)
  for package in $RUN_TIME_PACKAGES libqt6core6 libsqlite3-0; do
    grep -qE "(^|, )$package( |,|$)" <<<"$depends" || fail "the .deb does not depend on $package: $depends"
  done
  # Debian's own checks of the .deb: an error or a warning fails. What is left as it is, the package overrides with
  # its reasons (app/install/lintian-overrides); the informational tags left are about build flags (hardening).
  lintian --fail-on error,warning "$deb" || fail "lintian finds errors or warnings in the .deb"
  dpkg -x "$deb" "$prefix"
  "$prefix/usr/bin/quarterdeck" --version | grep -Fx "quarterdeck $VERSION" || fail "the unpacked quarterdeck --version"
  "$prefix/usr/bin/quarterdeck" demo "$work/demo.okr"
  "$prefix/usr/bin/quarterdeck" report "$work/demo.okr" --out "$work/report.pdf"
  [ -s "$work/report.pdf" ] || fail "the unpacked quarterdeck drew no report"
  ;;
*)
  fail "unknown check '$check'"
  ;;
esac
