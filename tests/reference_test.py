#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Every syscall and errno number of the generated headers against the
kernels' own tables, vendored in tests/reference/. This parse is written apart
from tools/import_linux.py on purpose: a mistake in one does not hide in the other.
On Linux, strace's tables (the second source, which tests/marshal_test.cpp reads
for the numbers newer than <sys/syscall.h> and for each call's argument count)
must give the kernel's numbers too, and name the kernel's syscalls but for the
exceptions listed in STRACE_DIFFERS.

    reference_test.py GEN_DIR PLATFORM REFERENCE_DIR
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
from platforms import PLATFORMS  # noqa: E402
from strace_table import table as strace_table  # noqa: E402

gen, platform = Path(sys.argv[1]), next(p for p in PLATFORMS if p.name == sys.argv[2])
os_name, arch = platform.os, platform.arch
ref = Path(sys.argv[3]) / os_name
if not ref.is_dir():
    sys.exit(f"FAIL: no reference tables at {ref}")


def defines(path):
    return dict(re.findall(r"^#define (ZCALL_\w+) (\S+)$", path.read_text(), re.M))


def kernel_syscalls():
    """The kernel's table for arch: x86's own syscall_64.tbl; elsewhere syscall.tbl with the
    ABI columns the architecture's Makefile.syscalls adds; then numbers past the table from
    sysno-x86_64.tsv, which since Linux 5.1 are the same on every architecture."""
    if platform.kernel_arch == "x86":
        rows, abis = (ref / "syscall_64.tbl").read_text(), {"common", "64"}
    else:
        makefile = (ref / f"Makefile.syscalls.{platform.kernel_arch}").read_text()
        abis = {"common", "64"} | set(" ".join(re.findall(r"syscall_abis_64 \+=(.*)", makefile)).split())
        rows = (ref / "syscall.tbl").read_text()
    table = {}
    for line in rows.splitlines():
        f = line.split()
        if f and not f[0].startswith("#") and f[1] in abis:
            table[f[2]] = int(f[0])
    last = max(table.values())
    for line in (ref / "sysno-x86_64.tsv").read_text().splitlines():
        name, number = line.split("\t")
        if arch == "x86_64" or int(number) > last:
            table.setdefault(name, int(number))
    return table


def bsd_syscalls():
    """Every row of syscalls.master whose braces hold a prototype, first row of a number only:
    Darwin's `#else` branches repeat numbers as stubs. Holes (nosys, enosys), FreeBSD's
    old ABIs (COMPAT*) and its unimplemented rows have no number in sys/syscall.h."""
    table, numbers = {}, set()
    text = (ref / "syscalls.master").read_text()
    for number, kind, body, after in re.findall(r"^(\d+)\s+\w+\s+(\S+)\s+\{(.*?)\}([^\n]*)", text, re.M | re.S):
        if int(number) in numbers or "COMPAT" in kind or "OBSOL" in kind or "UNIMPL" in kind:
            continue
        numbers.add(int(number))
        name = re.search(r"(\w+)\s*\(", body).group(1)
        if os_name == "freebsd" and after.split():
            name = after.split()[0]  # the name sys/syscall.h uses, where it differs from the function's
        name = re.sub(r"^sys_", "", name) if os_name == "darwin" else name
        if name not in ("nosys", "enosys"):
            table[name] = int(number)
    return table


def bsd_errnos():
    """1..ELAST from sys/errno.h: a numeric definition wins over an alias (Darwin's EOPNOTSUPP)."""
    text = (ref / "errno.h").read_text()
    last = int(re.search(r"^#define\s+ELAST\s+(\d+)", text, re.M).group(1))
    return {n: int(v) for n, v in re.findall(r"^#define\s+(E[A-Z0-9]+)\s+(\d+)", text, re.M)
            if n != "ELAST" and 1 <= int(v) <= last}


# Where strace's table and the kernel's disagree on which syscalls an architecture has, and why.
STRACE_DIFFERS = {
    # x86_64's own 336, newer than this strace table, which lacks it.
    "linux_x86_64": {"uprobe": "kernel"},
    # Removed from the kernel in 3.1; strace keeps the name to decode old traces.
    "linux_aarch64": {"nfsservctl": "strace"},
    # riscv64 has no renameat (its Makefile.syscalls adds no renameat ABI), which the generic 64-bit
    # table strace uses lists; riscv_hwprobe is riscv64's own (258), which strace's table lacks.
    "linux_riscv64": {"nfsservctl": "strace", "renameat": "strace", "riscv_hwprobe": "kernel"},
    # loongarch64 has neither getrlimit/setrlimit (prlimit64 only), renameat nor memfd_secret, which the
    # generic 64-bit table strace uses lists.
    "linux_loongarch64": {"nfsservctl": "strace", "getrlimit": "strace", "setrlimit": "strace",
                          "renameat": "strace", "memfd_secret": "strace"},
}

failures = []
ours_sys = {k[len("ZCALL_SYS_"):]: int(v) for k, v in defines(gen / f"{platform.name}.h").items() if k.startswith("ZCALL_SYS_")}
kernel_sys = kernel_syscalls() if os_name == "linux" else bsd_syscalls()
for name in sorted(set(ours_sys) | set(kernel_sys)):
    if ours_sys.get(name) != kernel_sys.get(name):
        failures.append(f"syscall {name}: ours {ours_sys.get(name)}, kernel {kernel_sys.get(name)}")

if os_name == "linux":
    strace = {name: nr for name, (nr, _) in strace_table(ref / "strace", arch).items()}
    differs = {name: ("strace" if name in strace else "kernel") for name in set(strace) ^ set(kernel_sys)}
    if differs != STRACE_DIFFERS[platform.name]:
        failures.append(f"syscalls in one of strace's and the kernel's tables only: {differs}, "
                        f"listed: {STRACE_DIFFERS[platform.name]}")
    for name in sorted(set(strace) & set(kernel_sys)):
        if strace[name] != kernel_sys[name]:
            failures.append(f"syscall {name}: strace {strace[name]}, kernel {kernel_sys[name]}")

ours_errno = defines(gen / f"{os_name}_errno.h")
kernel_errno = {}
if os_name == "linux":
    for path in ("errno-base.h", "errno.h"):
        for name, value in re.findall(r"^#define\s+(E[A-Z0-9]+)\s+(\w+)", (ref / path).read_text(), re.M):
            kernel_errno[name] = int(value) if value.isdigit() else kernel_errno[value]
else:
    kernel_errno = bsd_errnos()
    # FreeBSD's reference errno.h is older than the values zcall carries past it (tools/data/freebsd/errno_newer.tsv).
    top = max(kernel_errno.values())
    newer = sorted((int(v), k[len("ZCALL_"):]) for k, v in ours_errno.items() if v.isdigit() and int(v) > top)
    if newer:
        print(f"---- newer than the reference errno.h, not checked here: {', '.join(n for _, n in newer)}")
for name, value in kernel_errno.items():
    ours = ours_errno.get("ZCALL_" + name)
    ours = ours_errno.get(ours, ours)  # an alias names its target
    if ours is None or int(ours) != value:
        failures.append(f"errno {name}: ours {ours}, kernel {value}")

for f in failures:
    print("FAIL", f)
print(f"{platform.name}: {len(ours_sys)} syscalls and {len(kernel_errno)} errno names checked; {len(failures)} failed")
sys.exit(1 if failures else 0)
