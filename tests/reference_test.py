#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Every syscall and errno number of the generated header against the kernels'
own tables in ../shared/reference/ (an independent parse, not tools/).

    reference_test.py GENERATED_HEADER REFERENCE_DIR

Exits 77 (skipped) when REFERENCE_DIR does not exist.
"""
import re
import sys
from pathlib import Path

header, ref = Path(sys.argv[1]), Path(sys.argv[2]) / "linux"
if not ref.is_dir():
    print(f"SKIP: no reference tables at {ref}")
    sys.exit(77)

defines = dict(re.findall(r"^#define (ZCALL_\w+) (\S+)$", header.read_text(), re.M))
ours_sys = {k[len("ZCALL_SYS_"):]: int(v) for k, v in defines.items() if k.startswith("ZCALL_SYS_")}

kernel_sys = {}
for line in (ref / "syscall_64.tbl").read_text().splitlines():
    f = line.split()
    if f and not f[0].startswith("#") and f[1] in ("common", "64"):
        kernel_sys[f[2]] = int(f[0])
for line in (ref / "sysno-x86_64.tsv").read_text().splitlines():
    name, number = line.split("\t")
    kernel_sys.setdefault(name, int(number))

failures = []
if ours_sys != kernel_sys:
    for name in sorted(set(ours_sys) | set(kernel_sys)):
        if ours_sys.get(name) != kernel_sys.get(name):
            failures.append(f"syscall {name}: ours {ours_sys.get(name)}, kernel {kernel_sys.get(name)}")

kernel_errno = {}
for path in ("errno-base.h", "errno.h"):
    for name, value in re.findall(r"^#define\s+(E[A-Z0-9]+)\s+(\w+)", (ref / path).read_text(), re.M):
        kernel_errno[name] = int(value) if value.isdigit() else kernel_errno[value]
for name, value in kernel_errno.items():
    ours = defines.get("ZCALL_" + name)
    ours = defines.get(ours, ours)  # an alias names its target
    if ours is None or int(ours) != value:
        failures.append(f"errno {name}: ours {ours}, kernel {value}")

for f in failures:
    print("FAIL", f)
print(f"{len(ours_sys)} syscalls and {len(kernel_errno)} errno names checked; {len(failures)} failed")
sys.exit(1 if failures else 0)
