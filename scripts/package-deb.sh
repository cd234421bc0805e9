#!/usr/bin/env bash
# `make deb`: the Debian package, built with dpkg-deb from the tree scripts/install.sh stages
# (PREFIX=/usr) out of the release build. Prints the .deb's path last.
# Environment: BIN (the release build's folder, .build-release/release), OUT (where to write, .build/deb).
set -euo pipefail
umask 022
root=$(cd "$(dirname "$0")/.." && pwd)
BIN=${BIN:-$root/.build-release/release}
out=${OUT:-$root/.build/deb}
version=$(sed -n 's/.*static let release = "\(.*\)".*/\1/p' "$root/Sources/KamakiCommands/Kamaki.swift")
[ -n "$version" ] || { echo "package-deb.sh: no release number in Sources/KamakiCommands/Kamaki.swift" >&2; exit 1; }
arch=$(dpkg --print-architecture)
stage="$out/kamaki_${version}_$arch"
rm -rf "$stage"
mkdir -p "$stage/DEBIAN"
# Debian's zsh reads packages' completions from /usr/share/zsh/vendor-completions (not site-functions).
BIN="$BIN" DESTDIR="$stage" PREFIX=/usr ZSH_COMPLETIONS=share/zsh/vendor-completions bash "$root/scripts/install.sh" install >/dev/null

# Depends: the packages of the shared libraries the executables link (kamaki is static,
# kamaki-cloud is not), found by dpkg-shlibdeps, which reads them from a debian/control.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/debian"
printf 'Source: kamaki\n\nPackage: kamaki\nArchitecture: any\n' > "$work/debian/control"
shlibs=$(cd "$work" && dpkg-shlibdeps -O "$stage/usr/bin/kamaki-cloud")
depends=${shlibs#shlibs:Depends=}
[ "$depends" != "$shlibs" ] && [ -n "$depends" ] || { echo "package-deb.sh: dpkg-shlibdeps printed: $shlibs" >&2; exit 1; }

cat > "$stage/DEBIAN/control" <<CONTROL
Package: kamaki
Version: $version
Architecture: $arch
Maintainer: kamaki developers <kamaki@localhost>
Installed-Size: $(du -sk --exclude=DEBIAN "$stage" | cut -f1)
Depends: $depends
Section: net
Priority: optional
Description: client for Synnefo (OpenStack-compatible) clouds, with a shell
 kamaki runs one-shot commands (kamaki network list) and, started bare,
 opens an interactive shell with contexts, completion of live ids and
 history. With no cloud configured it uses an embedded local cloud.
 .
 kamaki-cloud serves that local cloud (the Synnefo API from a SQLite file).
CONTROL
dpkg-deb --root-owner-group --build "$stage" "$out/kamaki_${version}_$arch.deb" >/dev/null
echo "$out/kamaki_${version}_$arch.deb"
