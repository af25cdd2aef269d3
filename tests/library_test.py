#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The built library's promises, read off the binaries with binutils.

    library_test.py LIBZCALL_SO LIBZCALL_A SOURCE_ROOT CPU_FAMILY CC...

- exported symbols == src/libzcall.map == functions declared ZCALL_API in include/zcall/*.h
- libzcall.so has no NEEDED entry and no undefined symbol (it needs nothing)
- every object in libzcall.a has a non-executable stack note
- the asm, assembled with -fcf-protection (x86_64) or -mbranch-protection=standard
  (aarch64), carries the property note that keeps those protections on
"""
import re
import subprocess
import sys
import tempfile
from pathlib import Path

so, archive, root, cpu, cc = sys.argv[1], sys.argv[2], Path(sys.argv[3]), sys.argv[4], sys.argv[5:]

# The Linux API zcall promises: every wrapper of the Go original, then what an
# io_uring or epoll runtime needs beyond it.
PROMISED = """
read write close readv writev preadv pwritev preadv2 pwritev2 socket bind listen accept accept4 connect
shutdown setsockopt getsockopt socketpair getsockname getpeername sendto recvfrom sendmsg recvmsg sendmmsg
recvmmsg pipe2 splice tee vmsplice eventfd2 signalfd4 pidfd_open pidfd_getfd pidfd_send_signal memfd_create
timerfd_create timerfd_settime timerfd_gettime io_uring_setup io_uring_enter io_uring_register mmap munmap
openat openat2 statx fstat lseek pread64 pwrite64 fsync fdatasync fallocate ftruncate sync_file_range
copy_file_range sendfile dup3 fcntl ioctl epoll_create1 epoll_ctl epoll_pwait epoll_pwait2 poll ppoll futex
futex_wait futex_wake futex_wait_private futex_wake_private futex_waitv clock_gettime clock_nanosleep nanosleep
getrandom sched_yield getpid gettid getppid kill tgkill rt_sigprocmask madvise mprotect mremap mlock munlock
prctl unlinkat mkdirat renameat2 exit_group
""".split()
failures = []


def run(*cmd):
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


# readelf reads any architecture's ELF, unlike the host's nm.
symbols = [line.split() for line in run("readelf", "--dyn-syms", "-W", so).splitlines()]
symbols = [f for f in symbols if len(f) >= 8 and f[0].rstrip(":").isdigit()]
exported = {f[7].split("@")[0] for f in symbols if f[6] != "UND" and f[4] == "GLOBAL" and f[3] == "FUNC"}
undefined = [f[7] for f in symbols if f[6] == "UND" and f[7:]]
mapped = set(re.findall(r"^\s+(zcall_\w+);", (root / "src" / "libzcall.map").read_text(), re.M))
declared = set()
for header in sorted((root / "include" / "zcall").glob("*.h")):
    declared |= set(re.findall(r"ZCALL_API[^;(]*?\b(zcall_\w+)\s*\(", header.read_text()))
check(exported == mapped, f"exports equal the map (only exported: {sorted(exported - mapped)}, only mapped: {sorted(mapped - exported)})")
check(mapped == declared, f"the map equals the headers (only mapped: {sorted(mapped - declared)}, only declared: {sorted(declared - mapped)})")
check(len(declared) > 0, f"the headers declare {len(declared)} functions")

missing = sorted(name for name in PROMISED if "zcall_" + name not in exported)
check(not missing, f"libzcall.so exports a wrapper for each of the {len(PROMISED)} promised syscalls (missing: {missing})")

needed = [line for line in run("readelf", "-d", so).splitlines() if "(NEEDED)" in line]
check(not needed, f"no NEEDED entry in libzcall.so {needed}")
check(not undefined, f"no undefined symbol in libzcall.so {undefined}")

sections = run("readelf", "-S", "-W", archive)
members = sections.count("File: ")
stacks = sections.count(".note.GNU-stack")
check(members > 0 and stacks == members, f"every object of libzcall.a has .note.GNU-stack ({stacks} of {members})")

# The protections a hardened build asks for, and the property each must leave in the object.
hardening = {
    "x86_64": (["-fcf-protection=full"], ["IBT", "SHSTK"]),
    "aarch64": (["-mbranch-protection=standard"], ["BTI", "PAC"]),
}
if cpu in hardening:
    flags, properties = hardening[cpu]
    with tempfile.TemporaryDirectory() as tmp:
        obj = Path(tmp) / "hardened.o"
        subprocess.run([*cc, *flags, "-c", str(root / "asm" / f"linux_{cpu}.S"), "-o", str(obj)], check=True)
        notes = run("readelf", "-n", str(obj))
        check(all(p in notes for p in properties), f"with {' '.join(flags)} the asm carries {', '.join(properties)}")
        if cpu == "x86_64":
            text = run("objdump", "-d", str(obj))
            entries = re.findall(r"^[0-9a-f]+ <(zcall_\w+)>:\n\s+[0-9a-f]+:\s+(?:[0-9a-f]{2} )+\s+(\S+)", text, re.M)
            check(entries and all(insn == "endbr64" for _, insn in entries),
                  f"every entry starts with endbr64 ({len(entries)} entries)")
else:
    print(f"---- {cpu} has no branch-protection property to check")

print(f"{len(failures)} failed")
sys.exit(1 if failures else 0)
