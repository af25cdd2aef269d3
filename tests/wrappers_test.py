#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Where each exported function lives, read off the sources:

- every function is declared ZCALL_API in exactly one header of include/zcall/;
- each is defined in exactly one place: an asm/<platform>.S file for an entry
  point (every such file has the same entries), otherwise exactly one src/*.cpp;
- every typed wrapper has its C++ form in a .hpp of include/zcall/;
- every typed wrapper is used by a test: the Linux ones by a test of
  tests/<area>_test.cpp against the kernel (besides marshal_test.cpp's row);
  the others by tests/bsd_header_test.cpp, compiled for their system, and by a
  row of tests/bsd_wrappers_test.py, run under unicorn.

    wrappers_test.py SOURCE_ROOT CC...

CC preprocesses zcall.h as a Linux program sees it, which tells the Linux
wrappers from the ones only other kernels have.
"""
import re
import sys
from pathlib import Path

from declared import HELPERS, declared as declarations

root, cc = Path(sys.argv[1]), sys.argv[2:]
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def where(pattern, paths):
    """{name: [file, ...]} for each match of pattern's group in each file, once per match."""
    found = {}
    for path in paths:
        for name in re.findall(pattern, path.read_text(), re.M):
            found.setdefault(name, []).append(path.relative_to(root).as_posix())
    return found


headers = sorted((root / "include" / "zcall").glob("*.h"))
declared = where(r"^ZCALL_API\s[^;(]*?\b(zcall_\w+)\s*\(", headers)
twice = {n: files for n, files in declared.items() if len(files) > 1}
check(not twice, f"each of {len(declared)} functions is declared in one header (more than once: {twice})")

asm_files = sorted((root / "asm").glob("*.S"))
entries = where(r"^ZCALL_(?:FUNC|SIGRETURN)\s+(zcall_\w+)", asm_files)
uneven = {n: len(files) for n, files in entries.items() if len(files) != len(asm_files)}
# zcall_syscall4_r2 is the BSDs' own: only their two files have it. zcall_rt_sigreturn is x86_64's,
# the one Linux architecture whose kernel needs a restorer from the program.
uneven.pop("zcall_syscall4_r2", None)
if entries.get("zcall_rt_sigreturn") == ["asm/linux_x86_64.S"]:
    uneven.pop("zcall_rt_sigreturn")
check(not uneven, f"every asm file defines the same {len(entries)} entry points (not: {uneven})")

defined = where(r"^(?:zcall_ret2?|void|unsigned|size_t|const char\*)\s+(zcall_\w+)\s*\([^;]*?\)\s*\{", sorted((root / "src").glob("*.cpp")))
twice = {n: files for n, files in defined.items() if len(files) > 1}
check(not twice, f"each of {len(defined)} functions of src/ is defined in one file (more than once: {twice})")
both = sorted(set(defined) & set(entries))
check(not both, f"no function is both an asm entry and a src/ definition ({both})")
made = set(defined) | set(entries)
check(made == set(declared), f"what is defined is what is declared (only defined: {sorted(made - set(declared))}, "
      f"only declared: {sorted(set(declared) - made)})")

typed = sorted(n for n in defined if n not in HELPERS)
cpp = "\n".join(p.read_text() for p in sorted((root / "include" / "zcall").glob("*.hpp")))
no_cpp = [n for n in typed if not re.search(rf"\b{n}\(", cpp)]
check(not no_cpp, f"each of {len(typed)} typed wrappers has a C++ form in include/zcall/*.hpp (none: {no_cpp})")

# Linux's: what zcall.h declares for this Linux, and what linux.h declares for another architecture only
# (riscv_hwprobe): each is called by a test, under the same #if.
linux = set(typed) & (declarations(cc, root) | {n for n, files in declared.items() if files == ["include/zcall/linux.h"]})
tests = root / "tests"
behaviour = "\n".join(p.read_text() for p in sorted(tests.glob("*_test.cpp")) if p.name != "marshal_test.cpp")
untested = [n for n in sorted(linux)
            if not re.search(rf"\b({n}|zcall::{n.removeprefix('zcall_')})\(", behaviour)]
check(not untested, f"each of {len(linux)} Linux wrappers is called by a test of tests/*_test.cpp (none: {untested})")

bsd_use = (tests / "bsd_header_test.cpp").read_text()
bsd_rows = (tests / "bsd_wrappers_test.py").read_text()
others = sorted(set(typed) - linux)
unused = [n for n in others
          if not re.search(rf"zcall::{n.removeprefix('zcall_')}\(", bsd_use)
          or not re.search(rf'"{n.removeprefix("zcall_")}":', bsd_rows)]
check(not unused, f"each of {len(others)} wrappers only other kernels have is used by bsd_header_test.cpp and has a "
      f"row in bsd_wrappers_test.py ({', '.join(others)}; missing: {unused})")

# The README's table of areas: each section of posix.h and linux.h with the functions it declares.
table = re.search(r"<!-- api -->(.*?)<!-- /api -->", (root / "README.md").read_text(), re.S)
listed = re.findall(r"^\| `(\w+\.h)` \| (.+?) \| (\d+) \|$", table.group(1) if table else "", re.M)
have = []
for header in ("posix.h", "linux.h"):
    parts = re.split(r"^/\* --- (.*?) -+ \*/$", (root / "include" / "zcall" / header).read_text(), flags=re.M)
    for title, body in zip(parts[1::2], parts[2::2]):
        n = len(re.findall(r"^ZCALL_API\s[^;(]*?\b(zcall_\w+)\s*\(", body, re.M))
        if n:
            have.append((header, title, str(n)))
check(listed == have, f"README.md's table of {len(have)} areas matches the headers' sections "
      f"(only in README: {[r for r in listed if r not in have]}, only in the headers: {[r for r in have if r not in listed]})")

print(f"{len(failures)} failed")
sys.exit(1 if failures else 0)
