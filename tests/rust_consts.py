# SPDX-License-Identifier: MIT
"""The integer value of each `const` in rust-libc's Linux sources, as
rustc would compile them for one 64-bit architecture with glibc.

rust-libc gates per-architecture values with `cfg_if!` blocks and `#[cfg]`
attributes; this follows both for target_arch, target_env = "gnu",
target_os = "linux" and target_pointer_width = "64". An expression it cannot
evaluate has no value here rather than a guessed one.
"""
import re
from pathlib import Path

# The files rustc compiles for a 64-bit glibc Linux target, most specific first.
FILES = ["linux/gnu/b64/{arch}/mod.rs", "linux/gnu/b64/{arch}.rs", "linux/gnu/b64/mod.rs", "linux/gnu/mod.rs", "linux/arch/{family}/mod.rs",
         "linux/mod.rs", "mod.rs"]
ARCH_FAMILY = {"mips64": "mips", "powerpc64": "powerpc"}
# Big-endian targets (powerpc64 here is ppc64le, mips64 mips64el).
BIG_ENDIAN = ("s390x",)


def _closing(text, start, open_="{", close="}"):
    depth = 0
    for i in range(start, len(text)):
        depth += {open_: 1, close: -1}.get(text[i], 0)
        if depth == 0:
            return i
    raise ValueError("unbalanced")


class Consts:
    def __init__(self, root, arch):
        self.target = {"target_arch": arch, "target_env": "gnu", "target_os": "linux",
                       "target_pointer_width": "64", "target_endian": "big" if arch in BIG_ENDIAN else "little"}
        self.raw = {}
        family = ARCH_FAMILY.get(arch, "generic")
        for pattern in FILES:
            path = Path(root) / pattern.format(arch=arch, family=family)
            if path.exists():
                for name, expr in self._consts(self._flatten(path.read_text())):
                    self.raw.setdefault(name, expr)  # the more specific file wins

    def cfg(self, cond):
        py = re.sub(r'(\w+)\s*=\s*"([^"]*)"', lambda m: str(self.target.get(m.group(1)) == m.group(2)),
                    " ".join(cond.split()))  # a condition across lines (mips64/mod.rs)
        py = re.sub(r"\b(all|any|not)\(", r"_\1(", py)
        py = re.sub(r"\b(?!_all|_any|_not|True|False)[a-z_]\w*\b", lambda m: str(m.group(0) in ("unix", "linux")), py)
        return eval(py, {"__builtins__": {}, "_all": lambda *a: all(a), "_any": lambda *a: any(a),
                         "_not": lambda a: not a})

    def _flatten(self, text):
        """The text with each cfg_if! replaced by the branch taken for the target."""
        text = re.sub(r"//[^\n]*", "", text)
        out, pos = [], 0
        while (m := re.search(r"cfg_if!\s*\{", text[pos:])):
            out.append(text[pos:pos + m.start()])
            start = pos + m.end() - 1
            end = _closing(text, start)
            out.append(self._branch(text[start + 1:end]))
            pos = end + 1
        return "".join(out) + text[pos:]

    def _branch(self, inner):
        pos = 0
        while True:
            m = re.compile(r"\s*(?:else\s*)?(if\s*#\[cfg\(|\{)").match(inner, pos)
            if not m:
                return ""
            if m.group(1) == "{":
                body_start = m.end() - 1
                return self._flatten(inner[body_start + 1:_closing(inner, body_start)])
            cond_start = m.end() - 1
            cond_end = _closing(inner, cond_start, "(", ")")
            body_start = inner.index("{", cond_end)
            body_end = _closing(inner, body_start)
            if self.cfg(inner[cond_start + 1:cond_end]):
                return self._flatten(inner[body_start + 1:body_end])
            pos = body_end + 1

    def _consts(self, text):
        for m in re.finditer(r"((?:#\[[^\]]*\]\s*)*)(?:pub(?:\([\w:]+\))?\s+)?const (\w+)\s*:\s*[^=]+=\s*([^;]+);", text):
            gates = re.findall(r"#\[cfg\((.*?)\)\]", m.group(1), re.S)
            if all(self.cfg(g) for g in gates):
                yield m.group(2), m.group(3)

    def value(self, name, seen=frozenset()):
        """The constant's integer value, or None."""
        try:
            return self._eval(self.raw[name], seen | {name})
        except (KeyError, ValueError, SyntaxError, TypeError):
            return None

    def _eval(self, expr, seen):
        expr = re.sub(r"\bas\s+(?:crate::)?\w+", "", expr)
        expr = re.sub(r"\b(?:crate|libc|super)::", "", expr)
        expr = re.sub(r"\b(0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+|\d[\d_]*)(?:[iu](?:8|16|32|64|size))?\b", r"\1", expr)
        expr = expr.replace("!", "~")

        def name(m):
            word = m.group(0)
            if word in seen or word not in self.raw:
                raise ValueError(word)
            return f"({self._eval(self.raw[word], seen | {word})})"
        expr = re.sub(r"\b[A-Za-z_]\w*\b", name, expr)
        if re.search(r"[^\s\d()+\-*/%<>&|^~xXoOb_a-fA-F]", expr):
            raise ValueError(expr)
        return int(eval(expr.replace("/", "//"), {"__builtins__": {}}))
