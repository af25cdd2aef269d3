#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Where each exported function lives, read off the sources:

- every function is declared ZCALL_API in exactly one header of include/zcall/;
- each is defined in exactly one place: an asm/<platform>.S file for an entry
  point (every such file has the same entries), otherwise exactly one src/*.cpp;
- on x86_64, where a number after six arguments would go on the stack, each
  call of six kernel words is an entry of its platform's asm file instead (a
  ZCALL_SIX line, asm/asm.h), whose kinds match the C declaration's parameter
  types and the src/ definition the other architectures compile, and no src/
  definition compiled there makes such a call;
- per platform, the asm file's entries and the src/ definitions compiled for
  it (preprocessed as its compiler would) are exactly what zcall.h declares
  for it, each defined once;
- every typed wrapper has its C++ form in a .hpp of include/zcall/;
- every typed wrapper is used by a test: the Linux ones by a test of
  tests/<area>_test.cpp against the kernel (besides marshal_test.cpp's row);
  the others by tests/bsd_header_test.cpp, compiled for their system, and by a
  row of tests/bsd_wrappers_test.py, run under unicorn.

    wrappers_test.py SOURCE_ROOT CC...

CC preprocesses zcall.h as a Linux program sees it, which tells the Linux
wrappers from the ones only other kernels have.
"""
import platform
import re
import subprocess
import sys
import tempfile
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
# An entry marked .hidden is the library's own, not a function of the API (ppc64's zcall_ppc64_vdso_call,
# which src/vdso.hpp calls); tests/library_test.py checks that the shared library does not export it.
for name in where(r"^\s*\.hidden\s+(zcall_\w+)", asm_files):
    entries.pop(name, None)
uneven = {n: len(files) for n, files in entries.items() if len(files) != len(asm_files)}
# zcall_syscall4_r2 is the BSDs' own: only their two files have it. zcall_rt_sigreturn is x86_64's,
# the one Linux architecture whose kernel needs a restorer from the program.
uneven.pop("zcall_syscall4_r2", None)
if entries.get("zcall_rt_sigreturn") == ["asm/linux_x86_64.S"]:
    uneven.pop("zcall_rt_sigreturn")
check(not uneven, f"every asm file defines the same {len(entries)} entry points (not: {uneven})")

DEFINITION = r"^(?:zcall_ret2?|void|unsigned|size_t|const char\*)\s+(zcall_\w+)\s*\([^;]*?\)\s*\{"
defined = where(DEFINITION, sorted((root / "src").glob("*.cpp")))
# A file may define a function once per architecture, under #if (s390x's zcall_mmap): the check per
# platform below compiles each and finds any second definition.
twice = {n: files for n, files in defined.items() if len(set(files)) > 1}
check(not twice, f"each of {len(defined)} functions of src/ is defined in one file (in more than one: {twice})")

# The typed wrappers of six kernel words that an x86_64 asm file makes entries of, one ZCALL_SIX line
# each (asm/asm.h): {platform: {name: (number macro, [kind, ...])}}.
six = {f.stem: {name: (nr, [k.strip() for k in kinds.split(",")])
                for name, nr, kinds in re.findall(r"^ZCALL_SIX\s+(zcall_\w+),\s*(\w+),\s*(.*?)\s*$", f.read_text(), re.M)}
       for f in asm_files}
check(six.get("linux_x86_64") and six.get("freebsd_x86_64"),
      f"linux_x86_64.S and freebsd_x86_64.S have a table of six-word calls ({ {p: len(s) for p, s in six.items()} })")

# Each line against the declaration in include/zcall/ (the kind of each C parameter's type) and against
# the definition src/ keeps for the other architectures (where an offset is two words, hi(offset), and
# where the kernel's sigset size is the sixth word).
header_text = "\n".join(h.read_text() for h in headers)
src_text = "\n".join(p.read_text() for p in sorted((root / "src").glob("*.cpp")))
WORDS = {"size_t", "long", "unsigned long", "int64_t", "uint64_t", "intptr_t", "uintptr_t"}


def kind_of(param):
    """i, u or w for a C parameter ("const void* buf"), or None for a type this table cannot pass."""
    typ = re.sub(r"\s*\b\w+$", "", param.strip())  # without the parameter's name
    if "*" in typ or "[" in param:
        return "w"
    typ = " ".join(typ.replace("const ", "").split())
    return {"int": "i", "unsigned int": "u", "unsigned": "u", "uint32_t": "u"}.get(typ, "w" if typ in WORDS else None)


def args(text):
    """The top-level, comma-separated arguments of a call's parentheses' content."""
    out, depth, current = [], 0, ""
    for c in text:
        depth += c in "(["
        depth -= c in ")]"
        if c == "," and depth == 0:
            out.append(current.strip())
            current = ""
        else:
            current += c
    return out + ([current.strip()] if current.strip() else [])


for plat, table in sorted(six.items()):
    for name, (nr, kinds) in sorted(table.items()):
        what = f"{plat}: ZCALL_SIX {name}, {nr}, {', '.join(kinds)}"
        problems = []
        if nr != "ZCALL_SYS_" + name.removeprefix("zcall_"):
            problems.append(f"the number is not ZCALL_SYS_{name.removeprefix('zcall_')}")
        if sum(2 if k == "o" else 1 for k in kinds) != 6:
            problems.append("not six kernel words")
        decl = re.search(rf"^ZCALL_API\s+zcall_ret\s+{name}\s*\(([^;]*?)\)\s*;", header_text, re.M)
        if not decl:
            problems.append("no declaration in include/zcall/")
        else:
            c_kinds = [kind_of(p) for p in args(decl[1]) if p != "void"]
            want = ["w" if k == "o" else k for k in kinds if k != "s"]
            if c_kinds != want:
                problems.append(f"the declaration's parameters are {c_kinds}")
            if "o" in kinds and "int64_t" not in args(decl[1])[kinds.index("o")]:
                problems.append("the offset of two words is not an int64_t")
        body = re.search(rf"^zcall_ret\s+{name}\s*\([^;]*?\)\s*\{{\s*return sys\({nr},\s*(.*?)\);\s*\}}", src_text, re.M | re.S)
        if not body:
            problems.append("no src/ definition of it as sys(...) for the other architectures")
        else:
            words = args(body[1])
            # Walk the kernel words of the definition alongside the kinds.
            at, ok = 0, True
            for k in kinds:
                if k == "s":
                    ok &= at < len(words) and words[at] == "sigset_size"
                    at += 1
                elif k == "o":
                    ok &= at + 1 < len(words) and words[at + 1] == f"hi({words[at]})"
                    at += 2
                else:
                    ok &= at < len(words) and not words[at].startswith("hi(") and words[at] != "sigset_size"
                    at += 1
            if not ok or at != len(words):
                problems.append(f"src/ passes {words}")
        check(not problems, what + (f": {'; '.join(problems)}" if problems else ""))

# Per platform, what is compiled for it: the src/ files Meson builds there, read through the
# preprocessor as that platform's compiler predefines what tools/data/platforms.tsv selects it by (no
# system header: freestanding stddef.h and stdint.h are empty here), and its asm file's entries.
sys.path.insert(0, str(root / "tools"))
from platforms import PLATFORMS  # noqa: E402

build = (root / "src" / "meson.build").read_text()
linux_block = re.search(r"^if os == 'linux'\n(.*?)^endif", build, re.M | re.S)
linux_only = set(re.findall(r"'(\w+\.cpp)'", linux_block[1])) if linux_block else set()
everywhere = set(re.findall(r"'(\w+\.cpp)'", build)) - linux_only
check(linux_only and everywhere, f"src/meson.build names the files every system builds ({len(everywhere)}) and Linux's ({len(linux_only)})")

with tempfile.TemporaryDirectory() as stub:
    for header in ("stddef.h", "stdint.h"):
        (Path(stub) / header).write_text("")

    def flags(p):
        return ["-undef", "-nostdinc", "-I", stub, *(f"-D{m}" for m in re.findall(r"defined\((\w+)\)", p.selected_by)),
                *(f"-D{m}={v}" for m, v in re.findall(r"(\w+)\s*==\s*(\d+)", p.selected_by))]

    def compiled(p, path):
        """The text of path alone, preprocessed for platform p (without what it includes)."""
        out = subprocess.run([*cc, "-E", *flags(p), "-I", str(root / "include"), "-x", "c++", str(path)],
                             check=True, capture_output=True, text=True).stdout
        mine, keep = [], True
        for line in out.splitlines():
            marker = re.match(r'^# \d+ "(.*)"', line)
            if marker:
                keep = Path(marker[1]).name == path.name and Path(marker[1]).parent.name == "src"
            elif keep:
                mine.append(line)
        return "\n".join(mine)

    native = [p for p in PLATFORMS if p.name == f"linux_{platform.machine()}"]
    if native:
        emulated_view = declarations(cc, root, flags(native[0]))
        check(emulated_view == declarations(cc, root),
              f"zcall.h read for {native[0].name} as this test reads it for each platform declares what the compiler "
              f"sees ({len(emulated_view)} functions)")
    for p in PLATFORMS:
        asm = root / "asm" / f"{p.name}.S"
        made = {n for n, files in entries.items() if f"asm/{p.name}.S" in files} | set(six.get(p.name, {}))
        files = sorted(f for f in (everywhere | (linux_only if p.os == "linux" else set())))
        texts = {f: compiled(p, root / "src" / f) for f in files}
        src = [n for text in texts.values() for n in re.findall(DEFINITION, text, re.M)]
        six_words = [f"{f}: sys({', '.join(a)})" for f, text in texts.items()
                     for a in (args(c) for c in re.findall(r"\bsys\(((?:[^()]|\((?:[^()]|\([^()]*\))*\))*)\)", text))
                     if len(a) > 6]
        if p.arch == "x86_64":
            check(not six_words, f"{p.name}: no src/ definition makes a call of six kernel words, whose number would "
                  f"go on the stack ({six_words})")
        mine = declarations(cc, root, flags(p))
        twice = sorted({n for n in src if src.count(n) > 1})
        both = sorted(made & set(src))
        check(asm.exists() and not twice and not both and made | set(src) == mine,
              f"{p.name}: what is defined is what is declared, each once ({len(made)} in {asm.name}, {len(set(src))} in "
              f"src/; twice in src/: {twice}; in both: {both}; only defined: {sorted((made | set(src)) - mine)}, "
              f"only declared: {sorted(mine - made - set(src))})")

made = set(defined) | set(entries) | {n for table in six.values() for n in table}
check(made == set(declared), f"what is defined is what is declared (only defined: {sorted(made - set(declared))}, "
      f"only declared: {sorted(set(declared) - made)})")

typed = sorted(n for n in made if n not in HELPERS and n not in entries)
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
