#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
# SPDX-License-Identifier: GPL-3.0-or-later

# The Debian package as a user's machine gets it: CPack makes the .deb from this build, dpkg-deb
# unpacks it into an empty directory tree, and the programs run from there. Checks its metadata
# (version, the run-time dependencies), its files (programs stripped and without a run path, the
# desktop file, icons, AppStream metainfo, manual page) and that an export from the unpacked
# program gives the shipped dataset byte for byte.
#
#   tst_package.sh BUILD_DIR SOURCE_DIR VERSION CPACK
set -euo pipefail
build=${1:?build dir} source=${2:?source dir} version=${3:?version} cpack=${4:?cpack}

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
need() {
    command -v "$1" >/dev/null || { echo "FAIL: $1 is missing (bash .ci/install-deps)" >&2; exit 1; }
}
for tool in dpkg-deb dpkg-query readelf desktop-file-validate appstreamcli gzip; do need "$tool"; done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "Packaging with CPack"
"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work/packages" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; fail "cpack failed"; exit 1; }
debs=("$work"/packages/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { fail "expected one .deb, got: ${debs[*]}"; exit 1; }
deb=${debs[0]}
echo "Made $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# Metadata: name, version, and a dependency for everything the programs need at run time.
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = opcc-schemes ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
depends=$(field Depends)
echo "Depends: $depends"
has_dependency() { tr ',' '\n' <<<"$depends" | sed 's/^ *//; s/ .*//' | grep -qx "$1"; }
# The plugins Qt loads at run time: nothing links them, so they must be named.
for package in libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libqt6svg6 libxlsxwriter4 \
               libqt6widgets6 libqt6charts6; do
    has_dependency "$package" || fail "Depends lacks $package"
done

# The package that holds a shared library, found where the dynamic linker finds it (with and
# without /usr, since Debian's /lib is a link to /usr/lib).
ldconfig=$(command -v ldconfig || echo /sbin/ldconfig)
library_package() {
    local path candidate owner
    path=$("$ldconfig" -p | awk -v lib="$1" '$1 == lib { print $NF; exit }')
    [ -n "$path" ] || return 0
    for candidate in "$path" "$(readlink -f "$path")" "/usr${path#/usr}" "${path#/usr}"; do
        owner=$(dpkg-query -S "$candidate" 2>/dev/null | head -n1 | cut -d: -f1) || true
        [ -n "$owner" ] && { echo "$owner"; return 0; }
    done
}

mkdir "$work/root"
dpkg-deb -x "$deb" "$work/root"
root=$work/root
for program in opcc-schemes opcc-schemes-cli; do
    binary=$root/usr/bin/$program
    [ -x "$binary" ] || { fail "$program is not installed in /usr/bin"; continue; }
    # Every shared library the program links comes from a package it depends on (or from the
    # C and C++ runtimes, which every Debian system has).
    while read -r library; do
        owner=$(library_package "$library")
        [ -n "$owner" ] || { fail "$program links $library, which no package here provides"; continue; }
        case $owner in libc6 | libgcc-s1 | libstdc++6) continue ;; esac
        has_dependency "$owner" || fail "$program links $library from $owner, not in Depends"
    done < <(readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
    if readelf -d "$binary" | grep -qE '\((RPATH|RUNPATH)\)'; then
        fail "$program has a run path: $(readelf -d "$binary" | grep -E 'RPATH|RUNPATH')"
    fi
    if readelf -S "$binary" | grep -qE '\.(symtab|debug_info)'; then
        fail "$program is not stripped"
    fi
done

# Desktop integration.
expect_file() { [ -f "$root/$1" ] || fail "/$1 is not in the package"; }
expect_file usr/share/applications/opcc-schemes.desktop
expect_file usr/share/icons/hicolor/scalable/apps/opcc-schemes.svg
for size in 16 22 24 32 48 64 128 256; do
    icon=usr/share/icons/hicolor/${size}x${size}/apps/opcc-schemes.png
    expect_file "$icon"
    if [ -f "$root/$icon" ]; then
        # PNG width and height are the big-endian words at bytes 16 and 20.
        dimensions=$(od -An -tu1 -j16 -N8 "$root/$icon" | awk '{print $3*256+$4 "x" $7*256+$8}')
        [ "$dimensions" = "${size}x${size}" ] || fail "$icon is $dimensions"
    fi
done
metainfo=$(find "$root/usr/share/metainfo" -name '*.metainfo.xml' 2>/dev/null | head -n1)
if [ -z "$metainfo" ]; then
    fail "no AppStream metainfo in /usr/share/metainfo"
else
    grep -q "<release version=\"$version\"" "$metainfo" || fail "metainfo has no release $version"
    appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate failed"
fi
desktop-file-validate "$root/usr/share/applications/opcc-schemes.desktop" \
    || fail "desktop-file-validate failed"
expect_file usr/share/man/man1/opcc-schemes.1.gz
expect_file usr/share/man/man1/opcc-schemes-cli.1.gz
if [ -f "$root/usr/share/man/man1/opcc-schemes.1.gz" ]; then
    gzip -dc "$root/usr/share/man/man1/opcc-schemes.1.gz" >"$work/manpage"
    grep -q -- '--export-csv' "$work/manpage" || fail "the manual page lacks --export-csv"
    grep -q 'EXIT STATUS' "$work/manpage" || fail "the manual page lacks EXIT STATUS"
fi
expect_file usr/share/doc/opcc-schemes/copyright

# The unpacked programs run: --version, and an export of a new database (made with the shipped
# dataset) that matches the dataset's files byte for byte. Settings and data go to the work
# folder, never the user's.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/config XDG_DATA_HOME=$work/home/data
export XDG_RUNTIME_DIR=$work/runtime
mkdir -m 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
for program in opcc-schemes opcc-schemes-cli; do
    out=$("$root/usr/bin/$program" --version) || fail "$program --version exited $?"
    [ "$(head -n1 <<<"$out")" = "opcc-schemes $version" ] || fail "$program --version said: $out"
done
"$root/usr/bin/opcc-schemes-cli" --database "$work/db.sqlite" --export-csv "$work/export" \
    || fail "the export exited $?"
for file in schemes.csv outcomes.csv; do
    # The export begins with a UTF-8 byte order mark; the shipped files do not.
    [ "$(head -c 3 "$work/export/$file" | od -An -tx1 | tr -d ' ')" = "efbbbf" ] \
        || fail "exported $file has no byte order mark"
    tail -c +4 "$work/export/$file" | cmp - "$source/resources/dataset/$file" \
        || fail "exported $file differs"
done

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "The package installs, runs and exports the shipped dataset."
