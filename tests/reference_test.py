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

root = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root / "tools"))
from platforms import PLATFORMS  # noqa: E402
from strace_table import table as strace_table  # noqa: E402

gen, platform = Path(sys.argv[1]), next(p for p in PLATFORMS if p.name == sys.argv[2])
os_name, arch = platform.os, platform.arch
ref = Path(sys.argv[3]) / os_name
if not ref.is_dir():
    sys.exit(f"FAIL: no reference tables at {ref}")


def defines(path):
    return dict(re.findall(r"^#define (ZCALL_\w+) (\S+)$", path.read_text(), re.M))


# The architectures whose kernel keeps a table of its own rather than syscall.tbl: the copy, the ABI
# columns of its 64-bit kernel, what the kernel adds to its numbers (__NR_Linux of mips n64), and the
# <asm/unistd_*.h> Linux 6.1 generated from it (Debian's cross headers), newer than the copy below 424.
OWN_TABLES = {
    "powerpc": ("syscall.tbl.powerpc", {"common", "nospu", "64"}, 0, "unistd_64.h.powerpc"),
    "s390": ("syscall.tbl.s390", {"common", "64"}, 0, "unistd_64.h.s390"),
    "mips": ("syscall_n64.tbl.mips", {"common", "n64"}, 5000, "unistd_n64.h.mips"),
}


def own_syscalls():
    """powerpc, s390 and mips: the table's rows; the 6.1 header's where the old copy has no row of the name
    (s390's pkey_*, which its copy predates) and that header's number agreeing with the table's elsewhere;
    then from 424 the common numbers (sysno-x86_64.tsv), plus the base, that the table neither has nor
    marks reserved ("# 447 reserved for memfd_secret")."""
    path, abis, base, generated = OWN_TABLES[platform.kernel_arch]
    text, table, taken = (ref / path).read_text(), {}, set()
    for line in text.splitlines():
        f = line.split()
        if f and not f[0].startswith("#") and f[1] in abis:
            table[f[2]] = base + int(f[0])
        if f and f[0] == "#" and len(f) > 2 and f[1].isdigit() and f[2] == "reserved":
            taken.add(int(f[1]))
    header = re.findall(r"^#define __NR_(\w+)\s+\(?(?:__NR_Linux \+ )?(\d+)\)?$", (ref / generated).read_text(), re.M)
    for name, number in header:
        if name in table and table[name] != base + int(number):
            failures.append(f"syscall {name}: {path} {table[name]}, {generated} {base + int(number)}")
    table |= {name: base + int(number) for name, number in header if name not in table}
    taken |= {number - base for number in table.values()}
    for line in (ref / "sysno-x86_64.tsv").read_text().splitlines():
        name, number = line.split("\t")
        if int(number) >= 424 and int(number) not in taken:
            table.setdefault(name, base + int(number))
    return table


def kernel_syscalls():
    """The kernel's table for arch: x86's own syscall_64.tbl; powerpc, s390 and mips's own (own_syscalls);
    elsewhere syscall.tbl with the ABI columns the architecture's Makefile.syscalls adds; then numbers
    past the table from sysno-x86_64.tsv, which since Linux 5.1 are the same on every architecture."""
    if platform.kernel_arch in OWN_TABLES:
        return own_syscalls()
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


def darwin_syscalls():
    """Every row of syscalls.master whose braces hold a prototype, first row of a number only:
    `#else` branches repeat numbers as stubs. Holes (nosys, enosys) have no number in sys/syscall.h;
    xnu names a few handlers sys_<name>, which its syscall.h does not."""
    table, numbers = {}, set()
    text = (ref / "syscalls.master").read_text()
    for number, body in re.findall(r"^(\d+)\s+\w+\s+\S+\s+\{(.*?)\}", text, re.M | re.S):
        if int(number) in numbers:
            continue
        numbers.add(int(number))
        name = re.sub(r"^sys_", "", re.search(r"(\w+)\s*\(", body).group(1))
        if name not in ("nosys", "enosys"):
            table[name] = int(number)
    return table


def bsd_errnos():
    """1..ELAST from sys/errno.h: a numeric definition wins over an alias (Darwin's EOPNOTSUPP)."""
    text = (ref / "errno.h").read_text()
    last = int(re.search(r"^#define\s+ELAST\s+(\d+)", text, re.M).group(1))
    return {n: int(v) for n, v in re.findall(r"^#define\s+(E[A-Z0-9]+)\s+(\d+)", text, re.M)
            if n != "ELAST" and 1 <= int(v) <= last}


def valgrind_freebsd():
    """valgrind's FreeBSD table as it reads for FreeBSD 15: of each `#if defined(SYS_freebsd14_...)`, the
    first branch. Its compat names (freebsd14_getgroups) keep the prefix."""
    text = (ref / "valgrind" / "vki-scnums-freebsd.h").read_text()
    table, skipping = {}, False
    for line in text.splitlines():
        if line.startswith("#if defined"):
            skipping = False
        elif line.startswith("#else"):
            skipping = True
        elif line.startswith("#endif"):
            skipping = False
        elif not skipping and (m := re.match(r"#define __NR_(\w+)\s+(\d+)", line)):
            table[m.group(1)] = int(m.group(2))
    return table


def freebsd_excerpt():
    """{number: (type, name)} of upstream's rows in syscalls.master.excerpt; a range is RESERVED."""
    rows = {}
    text = (ref / "syscalls.master.excerpt").read_text()
    for first, last, kind, name in re.findall(r"^(\d+)(?:-(\d+))?\s+\S+\s+(\S+)(?:\s+\{\s*\w+\s+(\w+)\()?", text, re.M):
        for number in range(int(first), int(last or first) + 1):
            rows[number] = (kind, name)
    return rows


# FreeBSD 15 renumbered these; zcall keeps the number FreeBSD 14 serves and 15 serves as a compat
# entry (valgrind's freebsd14_<name>), and names 15's own <name>15. README, "FreeBSD".
RENUMBERED_IN_15 = ("getgroups", "setgroups")
# Names one of zcall's and valgrind's FreeBSD tables has and the other does not, and why.
FREEBSD_ONE_SIDED = {
    "nnpfs_syscall": "ours: NOSTD, a slot a loadable module fills; valgrind lists none of those",
    "afs3_syscall": "ours: NOSTD, as nnpfs_syscall",
    "gssd_syscall": "ours: NOSTD, as nnpfs_syscall",
    "vadvise": "valgrind's: COMPAT11 upstream",
    "shm_open": "valgrind's: COMPAT12 upstream (482); the current call is shm_open2 (571)",
    "closefrom": "valgrind's: COMPAT12 upstream (509); the current call is close_range (575)",
    "_umtx_lock": "valgrind's: COMPAT10 upstream",
    "_umtx_unlock": "valgrind's: COMPAT10 upstream",
    "nosys467": "valgrind's: 467-470 are RESERVED upstream",
    "nosys468": "valgrind's: as nosys467",
    "__getpath_fromfd": "valgrind's: as nosys467",
    "__getpath_fromaddr": "valgrind's: as nosys467",
    "freebsd_fake_sigreturn": "valgrind's own number (1000), not the kernel's",
}


def check_freebsd(ours):
    """Ours against valgrind's FreeBSD 15 table, name by name, and against upstream's excerpt, row by row."""
    theirs, bad, by_number = valgrind_freebsd(), [], {v: n for n, v in ours.items()}
    for name in RENUMBERED_IN_15:
        old, new = ours.pop(name, None), ours.pop(f"{name}15", None)
        if old != theirs.pop(f"freebsd14_{name}", None):
            bad.append(f"{name}: ours {old}, not valgrind's freebsd14_{name}")
        if new != theirs.pop(name, None):
            bad.append(f"{name}15: ours {new}, not valgrind's FreeBSD 15 {name}")
    theirs = {n: v for n, v in theirs.items() if not re.match(r"freebsd\d+_", n)}
    for name in sorted(set(ours) | set(theirs)):
        if name in ours and name in theirs:
            if ours[name] != theirs[name]:
                bad.append(f"syscall {name}: ours {ours[name]}, valgrind's FreeBSD 15 table {theirs[name]}")
        elif name not in FREEBSD_ONE_SIDED:
            bad.append(f"syscall {name}: only in {'ours' if name in ours else 'valgrind' + chr(39) + 's'}, not listed")
    for name in FREEBSD_ONE_SIDED:
        if (name in ours) == (name in theirs):
            bad.append(f"FREEBSD_ONE_SIDED lists {name}, which is in both or neither table")
    for number, (kind, name) in freebsd_excerpt().items():
        served = kind.split("|")[0] in ("STD", "NOSTD")
        if served and by_number.get(number) != name:
            bad.append(f"upstream's {number} is {name}, ours {by_number.get(number)}")
        if not served and number in by_number:
            bad.append(f"upstream's {number} is {kind}, ours names it {by_number[number]}")
    return bad


failures = []

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
    # powerpc's table reserves 447 for memfd_secret (Linux 6.1's header has no number for it either) and
    # 257 for vserver; strace's common table lists memfd_secret for every architecture, and its powerpc64
    # table names 257 to decode old traces.
    "linux_ppc64": {"memfd_secret": "strace", "vserver": "strace"},
    # s390's table has no 263; strace names it vserver, as on powerpc.
    "linux_s390x": {"vserver": "strace"},
    # mips n64 reserves 447 for memfd_secret, as powerpc; its 193 (5193) is reserved193 (sys_ni_syscall) in
    # the kernel's table, which strace names time.
    "linux_mips64": {"memfd_secret": "strace", "reserved193": "kernel", "time": "strace"},
}

ours_sys = {k[len("ZCALL_SYS_"):]: int(v) for k, v in defines(gen / f"{platform.name}.h").items() if k.startswith("ZCALL_SYS_")}
if os_name == "freebsd":
    failures += check_freebsd(dict(ours_sys))
else:
    kernel_sys = kernel_syscalls() if os_name == "linux" else darwin_syscalls()
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


def linux_errnos(path, values):
    """The E* names path defines, as the preprocessor reads it: its #include <asm-generic/errno*.h> (the
    copies at ref's top), #undef, then #define, in order. An alias takes its target's value."""
    for line in path.read_text().splitlines():
        if m := re.match(r"#\s*include\s+<asm-generic/(errno(?:-base)?\.h)>", line):
            linux_errnos(ref / m.group(1), values)
        elif m := re.match(r"#\s*undef\s+(E[A-Z0-9]+)", line):
            del values[m.group(1)]
        elif m := re.match(r"#\s*define\s+(E[A-Z0-9]+)\s+(\w+)", line):
            values[m.group(1)] = int(m.group(2)) if m.group(2).isdigit() else values[m.group(2)]
    return values


# The errno table of the platform: linux_<arch> where it has one of its own (tools/gen.py, errno_table_name).
errno_table = platform.name if (root / "tools" / "data" / os_name / f"errno_{arch}.tsv").exists() else os_name
ours_errno = defines(gen / f"{errno_table}_errno.h")
kernel_errno = {}
if os_name == "linux":
    # The architecture's own asm/errno.h where it has one (mips, powerpc); else asm-generic's, as s390's is.
    own = ref / "uapi" / "arch" / platform.kernel_arch / "include" / "uapi" / "asm" / "errno.h"
    kernel_errno = linux_errnos(own if own.exists() else ref / "errno.h", {})
else:
    kernel_errno = bsd_errnos()
    # The reference errno.h is older than the values zcall carries past it (tools/data/<os>/errno_newer.tsv).
    top = max(kernel_errno.values())
    newer = sorted((int(v), k[len("ZCALL_"):]) for k, v in ours_errno.items() if v.isdigit() and int(v) > top)
    if os_name == "darwin":
        # Newer SDKs than the reference errno.h: rust-libc's Apple constants are the source for those,
        # and a second one for the rest.
        rust = {n: int(v) for n, v in re.findall(r"^pub const (E[A-Z0-9]+): c_int = (\d+);",
                                                 (ref / "rust-libc-apple" / "apple" / "mod.rs").read_text(), re.M)}
        for name, value in ours_errno.items():
            name = name[len("ZCALL_"):]
            if value.isdigit() and (name in rust or int(value) > top) and rust.get(name) != int(value):
                failures.append(f"errno {name}: ours {value}, rust-libc's Apple constants {rust.get(name)}")
        print(f"---- newer than the reference errno.h, checked against rust-libc: {', '.join(n for _, n in newer)}")
    elif newer:
        print(f"---- newer than the reference errno.h, not checked here: {', '.join(n for _, n in newer)}")
for name, value in kernel_errno.items():
    ours = ours_errno.get("ZCALL_" + name)
    ours = ours_errno.get(ours, ours)  # an alias names its target
    if ours is None or int(ours) != value:
        failures.append(f"errno {name}: ours {ours}, kernel {value}")

for f in failures:
    print("FAIL", f)
print(f"{platform.name}: {len(ours_sys)} syscalls and {len(kernel_errno)} errno names of {errno_table}_errno.h "
      f"checked; {len(failures)} failed")
sys.exit(1 if failures else 0)
