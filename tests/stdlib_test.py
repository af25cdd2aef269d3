#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""tests/stdlib_check.cpp built against libzcall.a by each standard library
that has what it checks, and run: g++ with -std=c++23 (std::expected), and
clang++-19 with libc++ (std::format). Each must print its "checked" line,
so a feature that went missing fails rather than vanishes. Without clang-19
and libc++ (the quick start does not install them) it skips, saying so.

    stdlib_test.py SOURCE_ROOT LIBZCALL_A
"""
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

root, archive = Path(sys.argv[1]), sys.argv[2]
source = root / "tests" / "stdlib_check.cpp"
builds = [
    ("g++ -std=c++23", ["g++", "-std=c++23"], "expected: checked", None),
    ("clang++-19 -std=c++20 -stdlib=libc++", ["clang++-19", "-std=c++20", "-stdlib=libc++"], "format: checked",
     Path("/usr/lib/llvm-19/include/c++/v1")),
]
failures, missing = 0, []
with tempfile.TemporaryDirectory() as tmp:
    for name, cxx, needed, headers in builds:
        if not shutil.which(cxx[0]) or (headers and not headers.is_dir()):
            missing.append(name)
            print(f"skip {name}: not installed here (Debian: clang-19 libc++-19-dev; .ci/run installs them)")
            continue
        exe = Path(tmp) / "check"
        build = subprocess.run([*cxx, "-Wall", "-Wextra", "-Wpedantic", "-Werror", "-I", str(root / "include"),
                                str(source), archive, "-o", str(exe)], capture_output=True, text=True)
        if build.returncode:
            print(f"FAIL {name}: does not compile\n{build.stderr}")
            failures += 1
            continue
        run = subprocess.run([str(exe)], capture_output=True, text=True)
        print(f"---- {name}\n{run.stdout}", end="")
        ok = run.returncode == 0 and needed in run.stdout
        print(f"{'ok  ' if ok else 'FAIL'} {name}: {needed}")
        failures += not ok
sys.exit(1 if failures else 77 if missing else 0)
