#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The arity check of tests/marshal_test.cpp for a platform with no C library to run that test on
(loongarch64 here): its rows, preprocessed for the platform by the build's compiler, against strace's
table, with the exceptions tests/strace_table.py names.

    arity_test.py SOURCE_ROOT PLATFORM REFERENCE_DIR CC...
"""
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from strace_table import MISSING, expected_nargs, table  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
from platforms import PLATFORMS  # noqa: E402

root, platform, reference, cc = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), sys.argv[4:]
arch = next(p for p in PLATFORMS if p.name == platform).arch
source = (root / "tests" / "marshal_test.cpp").read_text()
rows = source[source.index("const row rows[] = {"):source.index("};\n// clang-format on")]
prelude = "#include <zcall/zcall.h>\n#define NR(syscall) ZCALL_NR_MARK(#syscall)\n"
text = subprocess.run(cc + ["-E", "-P", "-x", "c", "-ffreestanding", "-I", str(root / "include"), "-"], input=prelude + rows,
                      check=True, capture_output=True, text=True).stdout


def last_braces(chunk):
    """The last balanced {...} of chunk, without its braces."""
    end = chunk.rindex("}")
    depth = 0
    for i in range(end, -1, -1):
        depth += {"}": 1, "{": -1}.get(chunk[i], 0)
        if depth == 0:
            return chunk[i + 1:end]
    raise ValueError(chunk)


def count(args):
    """Top-level comma-separated items."""
    depth, items = 0, 0 if not args.strip() else 1
    for ch in args:
        depth += {"(": 1, ")": -1, "{": 1, "}": -1}.get(ch, 0)
        items += ch == "," and depth == 0
    return items


strace = table(reference / "linux" / "strace", arch) | MISSING.get(platform, {})
starts = list(re.finditer(r'\{"(\w+)",\s*ZCALL_NR_MARK\("(\w+)"\),', text))
failures = []
for i, m in enumerate(starts):
    chunk = text[m.end():starts[i + 1].start() if i + 1 < len(starts) else len(text)]
    chunk = chunk[:chunk.rindex("}")]  # the row's own closing brace
    wrapper, syscall, n = m.group(1), m.group(2), count(last_braces(chunk))
    if syscall not in strace:
        failures.append(f"{wrapper}: {syscall} is not in strace's table for {platform}")
        continue
    how, want = expected_nargs(wrapper, syscall, strace[syscall][1])
    if not (n == want if how == "==" else n < want):
        failures.append(f"{wrapper}: the row passes {n} arguments, strace's {syscall} takes {strace[syscall][1]}")
for f in failures:
    print("FAIL", f)
print(f"{platform}: {len(starts)} rows checked against strace's argument counts; {len(failures)} failed")
sys.exit(1 if failures or not starts else 0)
