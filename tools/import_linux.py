#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Refresh tools/data/linux/ from the kernel's own tables.

Reads the kernel files of tests/reference/linux/ (its README says where each
comes from) and writes the name/number data that tools/gen.py turns into
headers, so that no syscall or errno number is ever typed by hand. Messages
are the C library's strerror() text, the wording users already see from
perror() and from Go's syscall package.

    tools/import_linux.py [REFERENCE_DIR]     (default: tests/reference)
"""
import os
import re
import sys
from pathlib import Path

from platforms import PLATFORMS

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tools" / "data" / "linux"

# glibc and musl spell EOPNOTSUPP as ENOTSUP too; the kernel's headers do not.
LIBC_ALIASES = {"ENOTSUP": "EOPNOTSUPP"}


# The architectures with a table of their own rather than the generic one: its
# file in tests/reference/linux/, the ABI columns a 64-bit kernel builds, and
# what the kernel adds to the table's numbers (mips numbers n64 calls from 5000).
OWN_TABLES = {
    "x86": ("syscall_64.tbl", {"common", "64"}, 0),
    "powerpc": ("syscall.tbl.powerpc", {"common", "64", "nospu"}, 0),
    "s390": ("syscall.tbl.s390", {"common", "64"}, 0),
    "mips": ("syscall_n64.tbl.mips", {"common", "n64"}, 5000),
}
# The <asm/unistd_*.h> that Linux 6.1 generated from the architecture's table (Debian's
# cross headers), for the rows below 424 an old copy of the table lacks (s390's pkey_*).
GENERATED = {"powerpc": "unistd_64.h.powerpc", "s390": "unistd_64.h.s390", "mips": "unistd_n64.h.mips"}


def own_syscalls(ref, kernel_arch):
    """Rows of the architecture's own table for its 64-bit ABI, those of Linux 6.1's generated
    header the copy of the table lacks (GENERATED), then the newer syscalls.

    sysno-x86_64.tsv is x86_64's own newer table; elsewhere it fills the numbers
    from 424 up that the copy of the table lacks (the copies here are older than
    the kernel; every syscall numbered 424 and above has one number after the
    architecture's base on every architecture), but for a number the table
    says is reserved ("# 447 reserved for memfd_secret").
    """
    path, abis, base = OWN_TABLES[kernel_arch]
    text = (ref / path).read_text()
    table, reserved = {}, {int(n) for n in re.findall(r"^#\s*(\d+)\s+reserved", text, re.M)}
    for line in text.splitlines():
        fields = line.split()
        if fields and not fields[0].startswith("#") and fields[1] in abis:
            table[fields[2]] = base + int(fields[0])
    if kernel_arch in GENERATED:
        header = (ref / GENERATED[kernel_arch]).read_text()
        for name, number in re.findall(r"^#define __NR_(\w+)\s+\(?(?:__NR_Linux \+ )?(\d+)\)?$", header, re.M):
            if name not in table and base + int(number) not in table.values():
                table[name] = base + int(number)
    numbers = {number - base for number in table.values()}
    for line in (ref / "sysno-x86_64.tsv").read_text().splitlines():
        name, number = line.split("\t")
        if kernel_arch != "x86":
            if int(number) >= 424 and int(number) not in numbers | reserved and name not in table:
                table[name] = base + int(number)
        elif name in table and table[name] != int(number):
            sys.exit(f"import: {name} is {table[name]} in syscall_64.tbl but {number} in sysno-x86_64.tsv")
        else:
            table.setdefault(name, int(number))
    return sorted(table.items(), key=lambda item: item[1])


def generic_syscalls(ref, kernel_arch):
    """Rows of the generic syscall.tbl that a 64-bit architecture builds (the ABI
    columns its Makefile.syscalls adds to "common" and "64"), then the newer syscalls.

    Since Linux 5.1 every syscall numbered 424 and above has one number on
    every architecture, so sysno-x86_64.tsv supplies those newer than the table.
    """
    makefile = (ref / f"Makefile.syscalls.{kernel_arch}").read_text()
    extra = re.search(r"syscall_abis_64\s*\+=(.*)", makefile).group(1).split()
    abis = {"common", "64", *extra}
    table = {}
    for line in (ref / "syscall.tbl").read_text().splitlines():
        fields = line.split()
        if fields and not fields[0].startswith("#") and fields[1] in abis:
            table[fields[2]] = int(fields[0])
    newest = max(table.values())
    for line in (ref / "sysno-x86_64.tsv").read_text().splitlines():
        name, number = line.split("\t")
        if int(number) > newest:
            table[name] = int(number)
    return sorted(table.items(), key=lambda item: item[1])


def errnos(ref, kernel_arch=None):
    """(name, number, kernel comment) in the kernel's order, and (alias, target) pairs: the generic
    numbers, or those of the architecture's own asm/errno.h, which either renumbers everything after
    errno-base.h (mips) or redefines a few generic numbers (powerpc)."""
    headers = [ref / "errno-base.h", ref / "errno.h"]
    own = kernel_arch and ref / "uapi" / "arch" / kernel_arch / "include" / "uapi" / "asm" / "errno.h"
    if own and own.exists():
        text = own.read_text()
        headers = headers[:1] + ([] if "asm-generic/errno.h" not in text else headers[1:]) + [own]
    values, aliases = {}, {}
    for header in headers:
        for m in re.finditer(r"^#define\s+(E[A-Z0-9]+)\s+(\w+)[ \t]*(?:/\*\s*(.*?)\s*\*/)?", header.read_text(), re.M):
            name, value, comment = m.groups()
            values.pop(name, None)
            aliases.pop(name, None)
            if value.isdigit():
                values[name] = (int(value), comment or "")
            else:
                aliases[name] = value
    aliases.update(LIBC_ALIASES)
    return [(name, number, comment) for name, (number, comment) in values.items()], list(aliases.items())


def messages(ref):
    """The C library's strerror() text by name, from this machine's (generic) numbers."""
    return {name: os.strerror(number) for name, number, _ in errnos(ref)[0]}


def uring_constants(ref):
    """IORING_*, IOSQE_* and io_uring's SPLICE_F_* from the kernel's io_uring headers: #defines and enums.

    Yields (name, C literal).
    """
    uapi = ref / "uapi" / "linux"
    # io_uring.h includes io_uring/zcrx.h; query.h is io_uring's too. Read in that order.
    text = "".join((uapi / f).read_text() for f in ("io_uring/zcrx.h", "io_uring.h", "io_uring/query.h"))
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    wanted = re.compile(r"(IORING|IOSQE|SPLICE_F)_\w+$")
    values = {}

    def evaluate(expr):
        unsigned = bool(re.search(r"\d+U|__u32|__u64", expr))
        wide = bool(re.search(r"ULL|__u64", expr))
        py = re.sub(r"\((__u32|__u64)\)", "", expr)
        py = re.sub(r"\b(0x[0-9a-fA-F]+|\d+)(ULL|UL|U)?\b", r"\1", py)
        names = re.findall(r"\b[A-Z_][A-Z0-9_]*\b", py)
        unsigned = unsigned or any(values[n][1] for n in names)
        wide = wide or any(values[n][2] for n in names)
        py = re.sub(r"\b[A-Z_][A-Z0-9_]*\b", lambda m: str(values[m.group(0)][0]), py)
        value = eval(py, {"__builtins__": {}})
        if value < 0 and unsigned:
            value &= (1 << (64 if wide else 32)) - 1
        return value, unsigned, wide

    rows = []
    for m in re.finditer(r"^#define\s+(\w+)\s+(.+?)\s*$|^enum\b[^{]*\{(.*?)\}", text, re.M | re.S):
        if m.group(1):
            name, expr = m.group(1), m.group(2)
            try:
                values[name] = evaluate(expr)
            except (KeyError, SyntaxError, NameError):
                continue
            rows.append(name)
        else:
            n = 0
            for item in m.group(3).split(","):
                item = item.strip()
                if not item or item.startswith("#"):
                    continue
                name, _, expr = (part.strip() for part in item.partition("="))
                n = evaluate(expr)[0] if expr else n
                values[name] = (n, False, False)
                rows.append(name)
                n += 1
    for name in rows:
        if not wanted.match(name) or name.endswith("_LAST"):
            continue
        value, unsigned, wide = values[name]
        yield name, (hex(value) if value >= 256 else str(value)) + ("ULL" if wide else "U" if unsigned else "")


def main():
    ref = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "tests" / "reference") / "linux"
    DATA.mkdir(parents=True, exist_ok=True)
    header = "# Generated by tools/import_linux.py from the kernel's tables; do not edit.\n"

    tables = {p.arch: own_syscalls(ref, p.kernel_arch) if p.kernel_arch in OWN_TABLES else
              generic_syscalls(ref, p.kernel_arch) for p in PLATFORMS if p.os == "linux"}
    for arch, table in tables.items():
        rows = [f"{name}\t{number}\n" for name, number in table]
        (DATA / f"syscalls_{arch}.tsv").write_text(header + "# name\tnumber\n" + "".join(rows))

    # One errno table for the generic numbers, and one for each architecture that has numbers of its own;
    # a name only such an architecture has (mips's EINIT) takes the kernel's comment as its message.
    generic, text = errnos(ref), messages(ref)
    for p in (p for p in PLATFORMS if p.os == "linux"):
        values, aliases = table = errnos(ref, p.kernel_arch)
        if table == generic and p.arch != "x86_64":
            continue
        rows = [f"{name}\t{number}\t{text.get(name, comment)}\n" for name, number, comment in values]
        rows += [f"{alias}\t={target}\n" for alias, target in aliases]
        name = "errno.tsv" if table == generic else f"errno_{p.arch}.tsv"
        (DATA / name).write_text(header + "# name\tnumber\tmessage (alias rows: name\\t=target)\n" + "".join(rows))

    rows = [f"{name}\t{value}\n" for name, value in uring_constants(ref)]
    (DATA / "io_uring.tsv").write_text(header + "# name\tvalue\n" + "".join(rows))


if __name__ == "__main__":
    main()
