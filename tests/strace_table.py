#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""strace's Linux syscall tables as a C++ header, for the marshaling test:
each syscall's number and how many arguments it takes, on each architecture.

    strace_table.py REFERENCE_DIR OUTPUT

strace describes each syscall for its decoder ({ nargs, flags, SEN(decoder),
"name" }), apart from the kernel and from zcall's importer, which makes it the
independent count the arity check needs, and a second source of numbers for
syscalls newer than this machine's <sys/syscall.h>, with the few syscalls the
tables lack added from the kernel's (MISSING). x86_64 has a table of its
own; aarch64, riscv64 and loongarch64 include the generic 64-bit table (with
their own rows for the range 244-259) and, for 403 and above, the common one.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
from platforms import PLATFORMS  # noqa: E402

# Where the argument count of a marshal row (tests/marshal_test.cpp) may differ from strace's, and why;
# the C++ test and tests/arity_test.py both apply these.
# Helpers for one operation of a multiplexer pass what that operation reads: fewer than the syscall takes.
ONE_OPERATION = ("futex_op_wait", "futex_op_wait_private", "futex_op_wake", "futex_op_wake_private")
# The kernel takes the offset as two words (pos_l, pos_h) and zcall passes both, as the C library does;
# strace counts one, since a 64-bit kernel shifts the high word out.
TWO_WORD_OFFSET = ("preadv", "pwritev")
# Syscalls strace's table lacks (tests/reference_test.py lists them): the kernel table's number, and the
# count of the syscall's SYSCALL_DEFINEn.
MISSING = {"linux_riscv64": {"riscv_hwprobe": (258, 5)}}

# Each architecture's table, where it is not <arch>/syscallent.h: mips's syscallent.h holds o32, n32
# and n64 together, and n64's rows are numbered from BASE_NR, 5000.
TABLES = {"ppc64": "powerpc64le/syscallent.h", "mips64": "mips/syscallent-n64.h"}

ROW = re.compile(r'^\[\s*(BASE_NR\s*\+\s*)?(\d+)\]\s*=\s*\{\s*(\d+),.*"(\w+)"\s*\},?\s*(/\*.*\*/)?$')
INCLUDE = re.compile(r'^#\s*include "(.+)"$')
BASE = re.compile(r'^#\s*define BASE_NR (\d+)$')


def rows(path, strace, base=0):
    """The file's rows, following its #include lines as strace's build finds them: beside the file, then in
    generic/. Only the first branch of an #if is read (mips's n64 table, not its stubs for other builds), and
    an included file's BASE_NR is the includer's."""
    skipping = False
    for line in (line.strip() for line in path.read_text().splitlines()):
        if line == "#else" or (line == "#ifndef BASE_NR" and base):
            skipping = True
        elif line == "#endif":
            skipping = False
        elif skipping:
            continue
        elif m := BASE.match(line):
            base = int(m.group(1))
        elif m := INCLUDE.match(line):
            found = path.parent / m.group(1)
            yield from rows(found if found.exists() else strace / "generic" / Path(m.group(1)).name, strace, base)
        elif m := ROW.match(line):
            yield m.group(4), int(m.group(2)) + (base if m.group(1) else 0), int(m.group(3))


def table(strace, arch):
    """{name: (number, nargs)}; a name twice keeps its first number."""
    out = {}
    for name, nr, nargs in rows(strace / TABLES.get(arch, f"{arch}/syscallent.h"), strace):
        out.setdefault(name, (nr, nargs))
    return out


def expected_nargs(wrapper, syscall, strace_nargs):
    """(how the row's count must compare: "==" or "<", the count) for a row of marshal_test.cpp."""
    if wrapper in ONE_OPERATION:
        return "<", strace_nargs
    return "==", strace_nargs + (1 if syscall in TWO_WORD_OFFSET else 0)


def main():
    strace, output = Path(sys.argv[1]) / "linux" / "strace", Path(sys.argv[2])
    lines = ["// Generated at build time by tests/strace_table.py from strace's tables in the reference folder.",
             "#pragma once", "",
             "struct t_strace_syscall {", "  const char* name;", "  long nr;", "  int nargs;", "};", "",
             "// The exceptions of tests/strace_table.py: helpers for one operation of a multiplexer, and",
             "// syscalls whose offset zcall passes as two words where strace counts one.",
             "inline constexpr const char* t_one_operation[] = {" + ", ".join(f'"{n}"' for n in ONE_OPERATION) + "};",
             "inline constexpr const char* t_two_word_offset[] = {" + ", ".join(f'"{n}"' for n in TWO_WORD_OFFSET) + "};",
             ""]
    first = True
    for p in (p for p in PLATFORMS if p.os == "linux"):
        entries = sorted((table(strace, p.arch) | MISSING.get(p.name, {})).items(), key=lambda e: e[1][0])
        lines.append(f"#{'if' if first else 'elif'} {p.selected_by}")
        lines.append("inline constexpr t_strace_syscall t_strace_syscalls[] = {")
        lines += [f'    {{"{name}", {nr}, {nargs}}},' for name, (nr, nargs) in entries]
        lines.append("};")
        first = False
    lines += ["#endif", ""]
    output.write_text("\n".join(lines))


if __name__ == "__main__":
    main()
