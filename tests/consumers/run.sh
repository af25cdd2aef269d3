#!/bin/sh
# SPDX-License-Identifier: MIT
# Builds and runs tests/consumers/hello.c the three ways a project uses zcall:
# pkg-config and CMake's find_package against `meson install --destdir`, and
# dependency('zcall') with zcall as a Meson subproject; and hello.cpp through
# pkg-config, which needs every header zcall.hpp includes to be installed.
#
#   run.sh SOURCE_ROOT BUILD_ROOT PREFIX LIBDIR
set -eu
src=$1 build=$2 prefix=$3 libdir=$4
here=$src/tests/consumers
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
root=$tmp/root

step() { printf '\n== %s\n' "$*"; }

step "meson install --destdir"
meson install -C "$build" --no-rebuild --quiet --destdir "$root"

step "pkg-config"
pc_dir=$root$prefix/$libdir/pkgconfig
flags=$(PKG_CONFIG_PATH=$pc_dir PKG_CONFIG_SYSROOT_DIR=$root pkg-config --cflags --libs zcall)
echo "pkg-config --cflags --libs zcall: $flags"
# shellcheck disable=SC2086
cc -std=c11 -Wall -Werror "$here/hello.c" $flags -o "$tmp/hello-pkgconfig"
LD_LIBRARY_PATH=$root$prefix/$libdir "$tmp/hello-pkgconfig"
# shellcheck disable=SC2086
c++ -std=c++20 -Wall -Werror "$here/hello.cpp" $flags -o "$tmp/hello-cpp"
LD_LIBRARY_PATH=$root$prefix/$libdir "$tmp/hello-cpp"
static_flags=$(PKG_CONFIG_PATH=$pc_dir PKG_CONFIG_SYSROOT_DIR=$root pkg-config --cflags zcall)
# shellcheck disable=SC2086
cc -std=c11 -static "$here/hello.c" $static_flags "$root$prefix/$libdir/libzcall.a" -o "$tmp/hello-static"
"$tmp/hello-static"

step "cmake find_package(zcall)"
cmake -S "$here/cmake" -B "$tmp/cmake" -DCMAKE_PREFIX_PATH="$root$prefix" >"$tmp/cmake.log" || { cat "$tmp/cmake.log"; exit 1; }
cmake --build "$tmp/cmake" >>"$tmp/cmake.log" || { cat "$tmp/cmake.log"; exit 1; }
"$tmp/cmake/hello_shared"
"$tmp/cmake/hello_static"

step "meson subproject dependency('zcall')"
mkdir -p "$tmp/meson/subprojects"
cp "$here/meson/meson.build" "$tmp/meson/"
cp "$here/hello.c" "$tmp/"
ln -s "$src" "$tmp/meson/subprojects/zcall"
meson setup "$tmp/meson/build" "$tmp/meson" >"$tmp/meson.log" || { cat "$tmp/meson.log"; exit 1; }
meson compile -C "$tmp/meson/build" >>"$tmp/meson.log" || { cat "$tmp/meson.log"; exit 1; }
LD_LIBRARY_PATH=$tmp/meson/build/subprojects/zcall/src "$tmp/meson/build/hello"

echo "3 consumers passed, and zcall.hpp as installed"
