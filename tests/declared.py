# SPDX-License-Identifier: MIT
"""The functions <zcall/zcall.h> declares for the platform a compiler compiles
for: the header read through that compiler's preprocessor, so that the #if
blocks of other kernels do not count, and ZCALL_API seen as what it expands to.
library_test.py, wrappers_test.py and bsd_test.py share it.
"""
import re
import subprocess
from pathlib import Path


def declared(cc, root, flags=()):
    """The zcall_* function names; cc is the compiler command with its arguments, flags more of them
    (wrappers_test.py's, which preprocess for another platform)."""
    include = Path(root) / "include"
    text = subprocess.run([*cc, "-E", "-P", *flags, "-I", str(include), str(include / "zcall" / "zcall.h")],
                          check=True, capture_output=True, text=True).stdout
    return set(re.findall(r'visibility\("default"\)\)\)\s*[\w *]+?\b(zcall_\w+)\s*\(', text))


# What zcall.h declares beside the raw entries and the typed wrappers: the library's own helpers,
# which make no system call.
HELPERS = ("zcall_errname", "zcall_errname_r", "zcall_strerror", "zcall_strerror_r", "zcall_version",
           "zcall_vdso_init", "zcall_vdso_init_auxv")
