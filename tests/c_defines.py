# SPDX-License-Identifier: MIT
"""The integer value of each object-like #define in a set of kernel uapi headers,
as the preprocessor would leave it for one 64-bit Linux architecture.

Written for tests/constants_reference_test.py, apart from tools/import_linux.py,
so that a mistake in one does not hide in the other. It follows #if, #ifdef,
#ifndef, #elif, #else and #undef, so an architecture's asm/ header defines
first and asm-generic's `#ifndef` fallbacks stay out of its way, as in the
compiler; enumerators count as definitions too. An expression it cannot evaluate (sizeof, a type, an ioctl macro)
has no value here rather than a guessed one.
"""
import re
import warnings

# The few function-like macros uapi headers use in values (include/uapi/linux/const.h).
FUNCTIONS = {
    "_BITUL": lambda x: 1 << x, "_BITULL": lambda x: 1 << x, "__BITUL": lambda x: 1 << x,
    "_AC": lambda x, _: x, "_UL": lambda x: x, "_ULL": lambda x: x,
}
# Casts in values: (__u32), (__force __poll_t), (unsigned long int).
CASTS = r"\((?:__force\s+)?(?:__\w+|(?:(?:unsigned|signed|int|long|short|char)\s*)+)\)"


class Defines:
    def __init__(self, predefined):
        """predefined: what the compiler predefines for the architecture (__x86_64__ and the like), and any
        values known beforehand that the headers use without defining."""
        self.raw = {name: str(value) for name, value in predefined.items()}
        self.raw.setdefault("__BITS_PER_LONG", "64")

    def read(self, text):
        """Take in one header's definitions, in include order."""
        text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
        text = re.sub(r"//[^\n]*", "", text).replace("\\\n", " ")
        # Enumerators, wherever they are: FreeBSD's membarrier.h and specialfd.h give values as enums.
        for body in re.findall(r"\benum\b[^{;]*\{([^}]*)\}", text):
            body = re.sub(r"^\s*#[^\n]*", "", body, flags=re.M)  # in.h: #define IPPROTO_TCP IPPROTO_TCP
            previous = "-1"
            for item in (i.strip() for i in body.split(",")):
                if re.match(r"[A-Za-z_]\w*", item):
                    name, _, expr = (part.strip() for part in item.partition("="))
                    previous = expr or f"({previous}) + 1"
                    self.raw.setdefault(name, previous)
        stack = []  # per #if: (this branch taken, some branch taken already, the enclosing branch live)
        live = True
        for line in text.splitlines():
            m = re.match(r"\s*#\s*(\w+)\s*(.*?)\s*$", line)
            if not m:
                continue
            directive, rest = m.groups()
            if directive in ("if", "ifdef", "ifndef"):
                cond = (rest in self.raw if directive == "ifdef" else rest not in self.raw
                        if directive == "ifndef" else self.condition(rest)) if live else False
                stack.append([cond, cond, live])
            elif directive == "elif":
                taken, any_taken, outer = stack[-1]
                cond = outer and not any_taken and self.condition(rest)
                stack[-1] = [cond, any_taken or cond, outer]
            elif directive == "else":
                _, any_taken, outer = stack[-1]
                stack[-1] = [outer and not any_taken, True, outer]
            elif directive == "endif":
                stack.pop()
            elif live and directive == "define":
                d = re.match(r"(\w+)(\()?\s*(.*)", rest)
                # Function-like macros other than FUNCTIONS are not values; `#define X X` marks an enumerator.
                if not d.group(2) and d.group(3) != d.group(1):
                    self.raw[d.group(1)] = d.group(3)
            elif live and directive == "undef":
                self.raw.pop(rest, None)
            live = all(s[0] for s in stack)

    def condition(self, expr):
        expr = re.sub(r"defined\s*\(?\s*(\w+)\s*\)?", lambda m: "1" if m.group(1) in self.raw else "0", expr)
        expr = expr.replace("&&", " and ").replace("||", " or ")
        expr = re.sub(r"!(?!=)", " not ", expr)
        try:
            return bool(self._eval(expr, set(), condition=True))
        except (ValueError, SyntaxError, TypeError, ZeroDivisionError):
            return False

    def value(self, name):
        """The macro's integer value, or None."""
        try:
            return self._eval(self.raw[name], {name})
        except (KeyError, ValueError, SyntaxError, TypeError, ZeroDivisionError):
            return None

    def _eval(self, expr, seen, condition=False):
        expr = re.sub(CASTS, "", expr)
        expr = re.sub(r"\b(0[xX][0-9a-fA-F]+|\d+)[uUlL]*\b", lambda m: str(int(m.group(1), 0)
                      if not re.fullmatch(r"0\d+", m.group(1)) else int(m.group(1), 8)), expr)

        def name(m):
            word = m.group(0)
            if word in FUNCTIONS or word in ("and", "or", "not"):
                return word
            if word in seen or word not in self.raw:
                if word in self.raw or not condition:
                    raise ValueError(word)
                return "0"  # an undefined identifier in #if is 0
            return f"({self._eval(self.raw[word], seen | {word}, condition)})"
        expr = re.sub(r"\b[A-Za-z_]\w*\b", name, expr)
        if re.search(r"[^\s\d()+\-*/%<>=!&|^~,a-zA-Z_]", expr) or "sizeof" in expr:
            raise ValueError(expr)
        with warnings.catch_warnings():  # "(1)(2)", a cast this does not know, is a SyntaxWarning, then an error
            warnings.simplefilter("ignore")
            return int(eval(expr.replace("/", "//"), {"__builtins__": {}}, FUNCTIONS))
