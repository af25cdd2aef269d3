# SPDX-License-Identifier: MIT
"""The supported platforms, read from tools/data/platforms.tsv (its comment says what each column is).

    from platforms import PLATFORMS    # [Platform], in the file's order
    python3 tools/platforms.py         # one platform name per line, for shell scripts
    python3 tools/platforms.py --cross # those built with a cross file, cross/<platform>.ini
"""
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIST = ROOT / "tools" / "data" / "platforms.tsv"


@dataclass(frozen=True)
class Platform:
    name: str  # linux_x86_64: <os>_<cpu family>, as asm/ and Meson name it
    kernel_arch: str | None  # Linux's arch/ directory: x86, arm64, riscv, loongarch
    selected_by: str  # the preprocessor test for it
    emulated_as: str | None  # the clang target its asm runs as under unicorn

    @property
    def os(self):
        return self.name.split("_", 1)[0]

    @property
    def arch(self):
        return self.name.split("_", 1)[1]


def read(path=LIST):
    rows = [line.split("\t") for line in path.read_text().splitlines() if line and not line.startswith("#")]
    return [Platform(name, None if karch == "-" else karch, test, None if emulated == "-" else emulated)
            for name, karch, test, emulated in rows]


PLATFORMS = read()

if __name__ == "__main__":
    import sys

    cross = ROOT / "cross"
    print("\n".join(p.name for p in PLATFORMS if sys.argv[1:] != ["--cross"] or (cross / f"{p.name}.ini").exists()))
