#!/usr/bin/env bash
# Installs (or uninstalls) kamaki: `make install` / `make uninstall` run it after `make release`.
#   scripts/install.sh install|uninstall|list
# Environment: PREFIX (/usr/local), DESTDIR (empty), BIN (the release build's folder, .build-release/release),
# ZSH_COMPLETIONS (share/zsh/site-functions, under PREFIX; the .deb uses Debian's share/zsh/vendor-completions).
# `list` prints what `install` puts where: "MODE PATH" lines, PATH under $DESTDIR$PREFIX; uninstall
# removes exactly those files (and the tutorial folder, once empty). Programs are installed stripped.
set -euo pipefail
umask 022
root=$(cd "$(dirname "$0")/.." && pwd)
PREFIX=${PREFIX:-/usr/local}
DESTDIR=${DESTDIR:-}
BIN=${BIN:-$root/.build-release/release}
ZSH_COMPLETIONS=${ZSH_COMPLETIONS:-share/zsh/site-functions}
case "$PREFIX" in /*) ;; *) echo "install.sh: PREFIX must be an absolute path: $PREFIX" >&2; exit 2 ;; esac
base="$DESTDIR$PREFIX"

# MODE TARGET SOURCE (TARGET relative to $PREFIX; SOURCE last, so a folder with spaces works).
manifest() {
    cat <<EOF
0755 bin/kamaki $BIN/kamaki
0755 bin/kamaki-cloud $BIN/kamaki-cloud
0644 share/bash-completion/completions/kamaki $root/completions/kamaki.bash
0644 $ZSH_COMPLETIONS/_kamaki $root/completions/_kamaki
0644 share/fish/vendor_completions.d/kamaki.fish $root/completions/kamaki.fish
0644 share/man/man1/kamaki.1 $root/man/kamaki.1
0644 share/man/man1/kamaki-shell.1 $root/man/kamaki-shell.1
0644 share/man/man1/kamaki-cloud.1 $root/man/kamaki-cloud.1
EOF
}

case "${1:-}" in
install)
    # Check every source first, so a missing one installs nothing.
    while read -r mode target source; do
        [ -f "$source" ] || { echo "install.sh: $source is missing (run make release)" >&2; exit 1; }
    done < <(manifest)
    while read -r mode target source; do
        install -d -m 0755 "$(dirname "$base/$target")"
        # Programs are installed stripped (the release build keeps its symbols: about half its size).
        if [ "$mode" = 0755 ]; then strip=(-s); else strip=(); fi
        install "${strip[@]}" -m "$mode" "$source" "$base/$target"
        echo "installed $base/$target"
    done < <(manifest)
    ;;
uninstall)
    while read -r mode target source; do
        if [ -e "$base/$target" ] || [ -L "$base/$target" ]; then
            rm -f "$base/$target"
            echo "removed $base/$target"
        fi
    done < <(manifest)
    ;;
list)
    while read -r mode target source; do echo "$mode $base/$target"; done < <(manifest)
    ;;
*)
    echo "usage: scripts/install.sh install|uninstall|list (PREFIX, DESTDIR, BIN from the environment)" >&2
    exit 2
    ;;
esac
