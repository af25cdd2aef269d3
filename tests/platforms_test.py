#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Everything that names the supported platforms agrees with the one list,
tools/data/platforms.tsv: an asm file for each and for nothing else, a cross
file for each but the one the project is built on, the clang target of an
emulated one in its cross file, and the README's platform table.

    platforms_test.py SOURCE_ROOT

(Meson itself, tools/gen.py, the importers, reference_test.py, tools/test-cross
and bench/run read the list; gen.py --check covers the headers it writes.)
"""
import re
import sys
from pathlib import Path

root = Path(sys.argv[1])
sys.path.insert(0, str(root / "tools"))
from platforms import PLATFORMS  # noqa: E402

failures = []
OWN_TABLES = {"x86": "syscall_64.tbl", "powerpc": "syscall.tbl.powerpc", "s390": "syscall.tbl.s390",
              "mips": "syscall_n64.tbl.mips"}


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


names = {p.name for p in PLATFORMS}
check(len(names) == len(PLATFORMS), f"{len(PLATFORMS)} platforms, each listed once")
check(all(p.os in ("linux", "darwin", "freebsd") and p.arch for p in PLATFORMS),
      "each is <os>_<cpu family> of an OS zcall has tables for")

asm = {f.stem for f in (root / "asm").glob("*.S")}
check(asm == names, f"asm/<platform>.S for each and no other (no file: {sorted(names - asm)}, "
      f"not listed: {sorted(asm - names)})")

# Every platform but the one the project is built on is cross-built from it; a
# build on another platform has that one's cross file too, and no harm done.
cross = {f.stem for f in (root / "cross").glob("*.ini")}
check(cross <= names and len(names - cross) <= 1,
      f"cross/<platform>.ini for each platform but one and for no other "
      f"(none: {sorted(names - cross)}, not listed: {sorted(cross - names)})")

for p in PLATFORMS:
    path = root / "cross" / f"{p.name}.ini"
    if p.emulated_as and path.exists():
        check(f"--target={p.emulated_as}" in path.read_text(),
              f"{p.name}: its cross file builds for {p.emulated_as}, the target its asm is emulated as")
    if p.os == "linux":
        karch = p.kernel_arch
        # x86, powerpc, s390 and mips keep a table of their own; the others use syscall.tbl's columns that
        # their Makefile.syscalls names.
        table = OWN_TABLES.get(karch, f"Makefile.syscalls.{karch}")
        has_table = (root / "tests" / "reference" / "linux" / table).exists()
        check(has_table, f"{p.name}: tests/reference/linux has the syscall table of arch/{karch}")

readme = (root / "README.md").read_text()
table = re.search(r"^\| Platform \|.*?\n((?:\|.*\n)+)", readme, re.M)
listed = re.findall(r"^\| (\w+)/(\w+) \|", table.group(1), re.M) if table else []
check([f"{o}_{a}" for o, a in listed] == [p.name for p in PLATFORMS],
      f"README's platform table lists them in order ({', '.join(f'{o}/{a}' for o, a in listed) or 'no table'})")

print(f"{len(failures)} failed")
sys.exit(1 if failures else 0)
