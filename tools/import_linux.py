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


def x86_64_syscalls(ref):
    """Rows of syscall_64.tbl for the 64-bit ABI, then the newer syscalls of sysno-x86_64.tsv."""
    table = {}
    for line in (ref / "syscall_64.tbl").read_text().splitlines():
        fields = line.split()
        if not fields or fields[0].startswith("#"):
            continue
        number, abi, name = int(fields[0]), fields[1], fields[2]
        if abi in ("common", "64"):
            table[name] = number
    for line in (ref / "sysno-x86_64.tsv").read_text().splitlines():
        name, number = line.split("\t")
        if name in table and table[name] != int(number):
            sys.exit(f"import: {name} is {table[name]} in syscall_64.tbl but {number} in sysno-x86_64.tsv")
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


def errnos(ref):
    """(name, number) in the kernel's order, and (alias, target) pairs."""
    values, aliases = [], []
    for header in ("errno-base.h", "errno.h"):
        for m in re.finditer(r"^#define\s+(E[A-Z0-9]+)\s+(\w+)", (ref / header).read_text(), re.M):
            name, value = m.groups()
            if value.isdigit():
                values.append((name, int(value)))
            else:
                aliases.append((name, value))
    aliases += LIBC_ALIASES.items()
    return values, aliases


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

    # x86 keeps a table of its own; the other architectures share the generic one.
    tables = {p.arch: x86_64_syscalls(ref) if p.kernel_arch == "x86" else generic_syscalls(ref, p.kernel_arch)
              for p in PLATFORMS if p.os == "linux"}
    for arch, table in tables.items():
        rows = [f"{name}\t{number}\n" for name, number in table]
        (DATA / f"syscalls_{arch}.tsv").write_text(header + "# name\tnumber\n" + "".join(rows))

    values, aliases = errnos(ref)
    rows = [f"{name}\t{number}\t{os.strerror(number)}\n" for name, number in values]
    rows += [f"{alias}\t={target}\n" for alias, target in aliases]
    (DATA / "errno.tsv").write_text(header + "# name\tnumber\tmessage (alias rows: name\\t=target)\n" + "".join(rows))

    rows = [f"{name}\t{value}\n" for name, value in uring_constants(ref)]
    (DATA / "io_uring.tsv").write_text(header + "# name\tvalue\n" + "".join(rows))


if __name__ == "__main__":
    main()
