#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Every Linux constant of tools/data/linux/ against two sources beside the
system's headers (which tests/gen/linux_check.hpp compiles against), for each
Linux architecture zcall has:

- the kernel's own uapi headers of Linux 7.2-rc1, with the few uapi and
  kernel-internal headers they lack (tests/reference/linux/uapi/, kernel/);
- rust-libc's Linux constants (tests/reference/linux/rust-libc/).

A value either source has must be ours. The constants listed in TWO_SOURCES
must be found in both, or be listed with where their value comes from.

    constants_reference_test.py REFERENCE_DIR
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
from platforms import PLATFORMS  # noqa: E402
from c_defines import Defines  # noqa: E402
from gen import load_constants  # noqa: E402
from rust_consts import Consts  # noqa: E402

ref = Path(sys.argv[1]) / "linux"

# What the compiler predefines that uapi headers test (for the three below, as `<triplet>-gcc -dM -E`
# of Debian's cross compilers prints them).
PREDEFINED = {"x86_64": {"__x86_64__": 1}, "aarch64": {"__aarch64__": 1},
              "riscv64": {"__riscv": 1, "__riscv_xlen": 64}, "loongarch64": {"__loongarch__": 1, "__loongarch64": 1},
              "ppc64": {"__powerpc__": 1, "__powerpc64__": 1, "__PPC64__": 1, "_CALL_ELF": 2,
                        "__LITTLE_ENDIAN__": 1},
              "s390x": {"__s390__": 1, "__s390x__": 1, "__zarch__": 1},
              "mips64": {"__mips__": 1, "__mips": 64, "__mips64": 1, "_ABI64": 3, "_MIPS_SIM": "_ABI64",
                         "_MIPS_SZLONG": 64, "_MIPSEL": 1, "__MIPSEL": 1, "__MIPSEL__": 1}}
# The asm/ headers every architecture has, asm-generic's where it has none of its own (mandatory-y of
# include/uapi/asm-generic/Kbuild).
MANDATORY = set("""auxvec.h bitsperlong.h bpf_perf_event.h errno.h fcntl.h ioctl.h ioctls.h ipcbuf.h mman.h msgbuf.h
param.h poll.h posix_types.h resource.h sembuf.h setup.h shmbuf.h sigcontext.h siginfo.h signal.h socket.h sockios.h
stat.h statfs.h swab.h termbits.h termios.h types.h unistd.h""".split())
# rust-libc's target_arch where it is not zcall's cpu family.
RUST_ARCH = {"ppc64": "powerpc64"}

# Where rust-libc gives the C library's value, not the kernel's, which zcall passes to the kernel.
RUST_FOLLOWS_GLIBC = {
    "O_LARGEFILE": "glibc defines it 0 on 64-bit targets, where the kernel sets it itself",
}

# Defined in the kernel's headers by what this reader does not evaluate (sizeof, a type).
CANNOT_EVALUATE = {
    "FIONREAD": "powerpc's asm/ioctls.h: _IOR('f', 127, int), an ioctl macro over sizeof",
    "FIONBIO": "powerpc's asm/ioctls.h: _IOW('f', 126, int), as FIONREAD",
    "FIOCLEX": "powerpc's asm/ioctls.h: _IO('f', 1), as FIONREAD",
    "FIONCLEX": "powerpc's asm/ioctls.h: _IO('f', 2), as FIONREAD",
    "TIOCGWINSZ": "powerpc's and mips's asm/ioctls.h: _IOR('t', 104, struct winsize), as FIONREAD",
    "SIGRTMAX": "s390's asm/signal.h: _NSIG, which only its kernel-internal headers define (64)",
}

# Where liburing's copy of io_uring.h lags the kernel's.
LIBURING_LAGS = {
    "IORING_URING_CMD_MASK": "liburing's mask lacks IORING_URING_CMD_MULTISHOT",
}

# Constants that real programs use and zcall carries, each of which must have both sources or
# say why not (issue 15's list, and the constants Linux 7.2 changed).
TWO_SOURCES = """
SOF_TIMESTAMPING_TX_HARDWARE SOF_TIMESTAMPING_OPT_ID SOF_TIMESTAMPING_OPT_ID_TCP SO_TIMESTAMPING_OLD
SO_TIMESTAMPING_NEW SCM_TIMESTAMPING AF_LOCAL SOL_SCTP SO_DEBUG SO_NO_CHECK SO_BSDCOMPAT IPV6_RECVHOPLIMIT IPV6_HOPLIMIT MSG_PROXY MSG_FIN
MSG_SYN MSG_RST MAP_HUGE_SHIFT MAP_HUGE_MASK MAP_HUGE_64KB MAP_HUGE_2MB MAP_HUGE_1GB MAP_32BIT
MAP_DROPPABLE MADV_GUARD_INSTALL MADV_GUARD_REMOVE STATX_SUBVOL STATX_WRITE_ATOMIC
STATX_DIO_READ_ALIGN STATX_ATTR_COMPRESSED STATX_ATTR_IMMUTABLE STATX_ATTR_APPEND STATX_ATTR_NODUMP
STATX_ATTR_ENCRYPTED STATX_ATTR_AUTOMOUNT STATX_ATTR_MOUNT_ROOT STATX_ATTR_VERITY STATX_ATTR_DAX
STATX_ATTR_WRITE_ATOMIC SO_PEERPIDFD SO_PASSPIDFD SCM_PIDFD SO_TIMESTAMPING F_DUPFD_QUERY F_SEAL_SEAL
F_SEAL_SHRINK F_SEAL_GROW F_SEAL_WRITE F_SEAL_FUTURE_WRITE F_SEAL_EXEC FUTEX_WAIT_PRIVATE
FUTEX_WAKE_PRIVATE FUTEX_REQUEUE_PRIVATE FUTEX_CMP_REQUEUE_PRIVATE FUTEX_WAKE_OP_PRIVATE
FUTEX_LOCK_PI_PRIVATE FUTEX_LOCK_PI2_PRIVATE FUTEX_UNLOCK_PI_PRIVATE FUTEX_TRYLOCK_PI_PRIVATE
FUTEX_WAIT_BITSET_PRIVATE FUTEX_WAKE_BITSET_PRIVATE FUTEX_WAIT_REQUEUE_PI_PRIVATE
FUTEX_CMP_REQUEUE_PI_PRIVATE FUTEX_OP_SET FUTEX_OP_ADD FUTEX_OP_OR FUTEX_OP_ANDN FUTEX_OP_XOR
FUTEX_OP_OPARG_SHIFT FUTEX_OP_CMP_EQ FUTEX_OP_CMP_NE FUTEX_OP_CMP_LT FUTEX_OP_CMP_LE FUTEX_OP_CMP_GT
FUTEX_OP_CMP_GE FUTEX_ROBUST_UNLOCK FUTEX_ROBUST_LIST32 FUTEX_CMD_MASK PIDFD_SELF_THREAD
PIDFD_SELF_THREAD_GROUP PIDFD_SIGNAL_THREAD PIDFD_SIGNAL_THREAD_GROUP PIDFD_SIGNAL_PROCESS_GROUP
IORING_NOP_INJECT_RESULT IORING_NOP_FILE IORING_NOP_FIXED_FILE IORING_NOP_FIXED_BUFFER IORING_NOP_TW
IORING_URING_CMD_MULTISHOT IORING_URING_CMD_MASK
""".split()
# Those of TWO_SOURCES with one source only, and which. Most are newer than this machine's headers
# (Linux 6.1 uapi, glibc 2.36, which tests/gen/linux_check.hpp compiles against) and not in rust-libc.
ONE_SOURCE = {
    "SOL_SCTP": "the kernel's internal include/linux/socket.h; no uapi header, glibc or rust-libc has it",
    "MSG_PROXY": "glibc's <sys/socket.h> (0x10); the kernel names that bit MSG_PROBE, internally",
    "SCM_PIDFD": "the kernel's internal include/linux/socket.h (Linux 6.5)",
    "MADV_GUARD_INSTALL": "asm-generic/mman-common.h (Linux 6.13)",
    "MADV_GUARD_REMOVE": "asm-generic/mman-common.h (Linux 6.13)",
    "F_DUPFD_QUERY": "linux/fcntl.h (Linux 6.10)",
    "FUTEX_ROBUST_UNLOCK": "linux/futex.h (Linux 7.2)",
    "FUTEX_ROBUST_LIST32": "linux/futex.h (Linux 7.2)",
    "FUTEX_CMD_MASK": "linux/futex.h (Linux 7.2 widened it; the system's 6.1 header has the old mask)",
    "PIDFD_SELF_THREAD": "linux/pidfd.h (Linux 6.15)",
    "PIDFD_SELF_THREAD_GROUP": "linux/pidfd.h (Linux 6.15)",
    "PIDFD_SIGNAL_THREAD": "linux/pidfd.h (Linux 6.9)",
    "PIDFD_SIGNAL_THREAD_GROUP": "linux/pidfd.h (Linux 6.9)",
    "PIDFD_SIGNAL_PROCESS_GROUP": "linux/pidfd.h (Linux 6.9)",
    "IORING_NOP_FILE": "linux/io_uring.h; liburing's copy leaves the NOP test flags out",
    "IORING_NOP_FIXED_FILE": "linux/io_uring.h, as IORING_NOP_FILE",
    "IORING_NOP_FIXED_BUFFER": "linux/io_uring.h, as IORING_NOP_FILE",
    "IORING_NOP_TW": "linux/io_uring.h, as IORING_NOP_FILE",
    "IORING_URING_CMD_MULTISHOT": "linux/io_uring.h; liburing's copy lags",
    "IORING_URING_CMD_MASK": "linux/io_uring.h; liburing's copy lags (its mask lacks MULTISHOT)",
}


def ours(arch):
    """{name: (value, compiled against the system's headers)} for arch, as tools/gen.py makes the headers."""
    return {c.kernel_name: (c.value, c.checked_against_system) for c in load_constants("linux", arch)}


def kernel(platform):
    """The uapi headers for platform: its own asm/ first, then asm-generic, then linux/;
    then the kernel-internal headers, which only fill in what uapi lacks."""
    defines = Defines(PREDEFINED[platform.arch])
    uapi = ref / "uapi"
    own = sorted((uapi / "arch" / platform.kernel_arch).rglob("*.h"))
    # An asm-generic header counts where the compiler would read it: it is one every architecture has an
    # asm/ header of (MANDATORY) and this one has none of its own (Kbuild generates one that includes it), or
    # a header read includes it. mips's socket.h and mman.h, and powerpc's mman.h (which includes
    # mman-common.h alone), replace asm-generic's.
    generic = {f.name: f for f in (uapi / "asm-generic").glob("*.h")}
    wanted = {name for name in generic if name in MANDATORY and name not in {f.name for f in own}}
    todo = own + sorted((uapi / "linux").rglob("*.h")) + [generic[n] for n in sorted(wanted)]
    while todo:
        for name in re.findall(r"^#\s*include\s+<asm-generic/([\w-]+\.h)>", todo.pop().read_text(), re.M):
            if name in generic and name not in wanted:
                wanted.add(name)
                todo.append(generic[name])  # for the headers it includes in turn
    files = own + sorted(generic[n] for n in wanted)
    # libc-compat.h first, as every header that includes it: its __UAPI_DEF_* switch on in.h's IPPROTO_*.
    files += [uapi / "linux" / "libc-compat.h"] + sorted((uapi / "linux").rglob("*.h"))
    for path in files:
        defines.read(path.read_text())
    internal = Defines(PREDEFINED[platform.arch])
    for path in sorted((ref / "kernel").rglob("*.h")):
        internal.read(path.read_text())
    return defines, internal


def same(a, b):
    return a == b or a % (1 << 64) == b % (1 << 64) or (abs(a) < 1 << 32 and abs(b) < 1 << 32 and
                                                     a % (1 << 32) == b % (1 << 32))


failures = []
elsewhere = set().union(*(ours(p.arch) for p in PLATFORMS if p.os == "linux"))
liburing = Defines({})
liburing.read((ref / "liburing" / "io_uring.h").read_text())
for platform in (p for p in PLATFORMS if p.os == "linux"):
    table, (uapi, internal), rust = ours(platform.arch), kernel(platform), Consts(ref / "rust-libc" / "unix" /
                                                                                    "linux_like",
                                                                                    RUST_ARCH.get(platform.arch,
                                                                                                  platform.arch))
    counts = {"kernel": 0, "internal": 0, "rust-libc": 0, "liburing": 0, "system": 0, "two": 0}
    for name, (value, system) in table.items():
        found = {"kernel": uapi.value(name), "internal": internal.value(name), "rust-libc": rust.value(name),
                 "liburing": liburing.value(name) if name.startswith(("IORING", "IOSQE")) else None}
        found = {source: v for source, v in found.items() if v is not None}
        if "kernel" in found:
            found.pop("internal", None)  # uapi first: an internal header only fills in
        if name in LIBURING_LAGS:
            found.pop("liburing", None)
        for source, theirs in found.items():
            counts[source] += 1
            if not same(value, theirs) and not (source == "rust-libc" and name in RUST_FOLLOWS_GLIBC):
                failures.append(f"{platform.arch} {name}: ours {value:#x}, {source} {theirs:#x}")
        sources = set(found) | ({"system"} if system else set())
        counts["system"] += system
        counts["two"] += len(sources) >= 2
        if name in TWO_SOURCES and len(sources) < 2 and name not in ONE_SOURCE:
            failures.append(f"{platform.arch} {name}: one source ({sources or 'none'}), and ONE_SOURCE does not "
                            "say which")
        if name in ONE_SOURCE and len(sources) != 1:
            failures.append(f"{platform.arch} {name}: ONE_SOURCE says one source, but: {sources or 'none'}")
    missing = [n for n in TWO_SOURCES if n not in table and n not in elsewhere]
    if missing:
        failures.append(f"{platform.arch}: zcall lacks {missing}")
    # A constant another architecture has and this one lacks (only=) must be absent from its sources too.
    for name in sorted(elsewhere - set(table)):
        if uapi.value(name) is not None or rust.value(name) is not None:
            failures.append(f"{platform.arch} {name}: zcall leaves it out here, its sources have it")
    # A value the kernel's headers define and this reader cannot work out would go unchecked.
    unread = [n for n in table if n in uapi.raw and uapi.value(n) is None and n not in CANNOT_EVALUATE]
    if unread:
        failures.append(f"{platform.arch}: the kernel's headers define these, but their value could not be read: "
                        f"{unread}")
    print(f"{platform.arch}: {len(table)} constants; in the kernel's uapi headers {counts['kernel']}, in its "
          f"internal ones only {counts['internal']}, rust-libc {counts['rust-libc']}, liburing {counts['liburing']}, "
          f"compiled against the system's {counts['system']}; {counts['two']} with two sources or more")
for name in ONE_SOURCE:
    if name not in TWO_SOURCES:
        failures.append(f"ONE_SOURCE lists {name}, which TWO_SOURCES does not")

for f in failures:
    print("FAIL", f)
print(f"{len(failures)} failed")
sys.exit(1 if failures else 0)
