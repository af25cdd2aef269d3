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

for page in zcall.3 zcall_syscall4.3; do
  [ -f "$root$prefix/share/man/man3/$page" ] || { echo "meson install did not install the manual page $page"; exit 1; }
done

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

step "cmake, C++ consumer that sets no standard"
cmake -S "$here/cmake_cxx" -B "$tmp/cmake_cxx" -DCMAKE_PREFIX_PATH="$root$prefix" >"$tmp/cmake_cxx.log" || { cat "$tmp/cmake_cxx.log"; exit 1; }
cmake --build "$tmp/cmake_cxx" >>"$tmp/cmake_cxx.log" || { cat "$tmp/cmake_cxx.log"; exit 1; }
"$tmp/cmake_cxx/hello_cpp"

step "zcall.hpp below C++20 stops with one clear error"
printf '#include <zcall/zcall.hpp>\nint main() {}\n' >"$tmp/cxx17.cpp"
# shellcheck disable=SC2086
if c++ -std=c++17 -fsyntax-only $static_flags "$tmp/cxx17.cpp" 2>"$tmp/cxx17.log"; then
  echo "compiling zcall.hpp with -std=c++17 succeeded"; exit 1
fi
grep -q 'zcall.hpp needs C++20' "$tmp/cxx17.log" || { cat "$tmp/cxx17.log"; exit 1; }
errors=$(grep -c 'error:' "$tmp/cxx17.log")
[ "$errors" -eq 1 ] || { echo "-std=c++17 gave $errors errors, not 1:"; cat "$tmp/cxx17.log"; exit 1; }

step "meson subproject dependency('zcall')"
mkdir -p "$tmp/meson/subprojects"
cp "$here/meson/meson.build" "$tmp/meson/"
cp "$here/hello.c" "$tmp/"
ln -s "$src" "$tmp/meson/subprojects/zcall"
needed() { readelf -d "$1" | grep '(NEEDED)' | grep -c 'libzcall' || true; }
for library in shared static; do
  out=$tmp/meson/build-$library
  meson setup -Ddefault_library=$library "$out" "$tmp/meson" >"$tmp/meson.log" || { cat "$tmp/meson.log"; exit 1; }
  meson compile -C "$out" >>"$tmp/meson.log" || { cat "$tmp/meson.log"; exit 1; }
  LD_LIBRARY_PATH=$out/subprojects/zcall/src "$out/hello"
  "$out/hello_static"
  [ "$(needed "$out/hello_static")" -eq 0 ] || { echo "static: true linked libzcall.so"; exit 1; }
  [ ! -e "$out/subprojects/zcall/examples" ] || { echo "the subproject built zcall's examples"; exit 1; }
  [ ! -e "$out/subprojects/zcall/tests" ] || { echo "the subproject built zcall's tests"; exit 1; }
  if [ $library = static ]; then
    [ "$(needed "$out/hello")" -eq 0 ] || { echo "default_library=static linked libzcall.so"; exit 1; }
    ! ls "$out"/subprojects/zcall/src/libzcall.so* 2>/dev/null || { echo "default_library=static built libzcall.so"; exit 1; }
  else
    [ "$(needed "$out/hello")" -eq 1 ] || { echo "default_library=shared did not link libzcall.so"; exit 1; }
  fi
  meson install -C "$out" --no-rebuild --quiet --destdir "$tmp/meson/root-$library"
  extra=$(cd "$tmp/meson/root-$library" && find . -type f | grep -v '/bin/hello' || true)
  [ -z "$extra" ] || { echo "meson install of the parent installed zcall's files: $extra"; exit 1; }
  echo "default_library=$library: libzcall as asked, no examples, tests or installed files of zcall"
done

echo "the consumers passed: pkg-config, cmake (C and C++), meson subproject"
