#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""docs/versioning.md, checked against what the build made.

    versioning_test.py SOURCE_ROOT LIBZCALL_SO CMAKE_VERSION_FILE

From meson.build's version: the header macros, zcall_version() of the
library as loaded, the SONAME and the ELF version node of every export, the
C++ inline namespace of every header, and what the CMake version file
accepts, asked of cmake itself (which the README's quick start installs, as the consumers need it).
"""
import ctypes
import re
import subprocess
import sys
import tempfile
from pathlib import Path

root, so, cmake_file = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
failures = 0


def check(ok, what):
    global failures
    print(("ok   " if ok else "FAIL ") + what)
    failures += not ok


version = re.search(r"^\s*version: '(\d+)\.(\d+)\.(\d+)'", (root / "meson.build").read_text(), re.M).groups()
major, minor, patch = map(int, version)
pre = major == 0
print(f"---- meson.build says {major}.{minor}.{patch}")

header = (root / "include" / "zcall" / "zcall.h").read_text()
macros = {k: int(v) for k, v in re.findall(r"#define ZCALL_VERSION_(MAJOR|MINOR|PATCH) (\d+)", header)}
check(macros == {"MAJOR": major, "MINOR": minor, "PATCH": patch}, f"zcall.h's ZCALL_VERSION_* macros ({macros})")

lib = ctypes.CDLL(str(Path(so).resolve()))
lib.zcall_version.restype = ctypes.c_uint
got = lib.zcall_version()
check(got == major * 10000 + minor * 100 + patch, f"zcall_version() of the loaded library is {got}")

soname = f"libzcall.so.{major}.{minor}" if pre else f"libzcall.so.{major}"
dynamic = subprocess.run(["readelf", "-d", so], check=True, capture_output=True, text=True).stdout
check(f"Library soname: [{soname}]" in dynamic, f"the SONAME is {soname}")

node = f"ZCALL_{major}.{minor}" if pre else f"ZCALL_{major}.0"
symbols = subprocess.run(["readelf", "--dyn-syms", "-W", so], check=True, capture_output=True, text=True).stdout
exports = re.findall(r"\s(zcall_\w+)@+(\S+)", symbols)
other = sorted({f"{name}@{v}" for name, v in exports if v != node})
check(exports and not other, f"all {len(exports)} exports carry the version node {node} (not: {other[:5]})")

namespace = f"v0_{minor}" if pre else f"v{major}"
headers = sorted((root / "include" / "zcall").rglob("*.hpp"))
wrong = [str(p.relative_to(root)) for p in headers
         if re.findall(r"inline namespace (\w+)", p.read_text()) not in ([], [namespace] * len(re.findall(r"inline namespace", p.read_text())))]
check(not wrong, f"every header's inline namespace is {namespace} ({len(headers)} headers; not: {wrong})")


def cmake_accepts(asked):
    script = f"""
set(PACKAGE_FIND_NAME zcall)
set(PACKAGE_FIND_VERSION {asked})
string(REPLACE "." ";" _parts "{asked}")
list(GET _parts 0 PACKAGE_FIND_VERSION_MAJOR)
list(GET _parts 1 PACKAGE_FIND_VERSION_MINOR)
set(PACKAGE_FIND_VERSION_PATCH 0)
set(PACKAGE_FIND_VERSION_COUNT 2)
set(CMAKE_SIZEOF_VOID_P 8)
include("{cmake_file}")
message(STATUS "compatible=${{PACKAGE_VERSION_COMPATIBLE}}")
"""
    with tempfile.NamedTemporaryFile("w", suffix=".cmake") as f:
        f.write(script)
        f.flush()
        out = subprocess.run(["cmake", "-P", f.name], check=True, capture_output=True, text=True).stdout
    return "compatible=TRUE" in out


same = f"{major}.{minor}"
check(cmake_accepts(same), f"find_package(zcall {same}) accepts {major}.{minor}.{patch}")
if pre:
    check(not cmake_accepts(f"0.{minor + 1}") and (minor == 0 or not cmake_accepts(f"0.{minor - 1}")),
          f"find_package(zcall 0.{minor + 1}) and (zcall 0.{minor - 1}) do not: a 0.x minor may break")
else:
    check(not cmake_accepts(f"{major + 1}.0"), f"find_package(zcall {major + 1}.0) does not")

sys.exit(1 if failures else 0)
