#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The built library's promises, read off the binaries with binutils.

    library_test.py LIBZCALL_SO LIBZCALL_A SOURCE_ROOT CPU_FAMILY LINKER_ID OPTIMIZATION CC...

CC is the C compiler with the build's c_args; LINKER_ID is Meson's name of its linker;
OPTIMIZATION is Meson's optimization option (plain, 0, g, 1, 2, 3, s).

- exported symbols == functions zcall.h declares ZCALL_API for Linux (with posix.h and linux.h,
  read through the preprocessor, so that another kernel's #if blocks do not count)
- libzcall.so has no NEEDED entry and no undefined symbol (it needs nothing)
- every object in libzcall.a has a non-executable stack note, and libzcall.so's
  PT_GNU_STACK is not executable
- libzcall.so has no text relocation and full RELRO (PT_GNU_RELRO and BIND_NOW)
- the asm, assembled with -fcf-protection (x86_64) or -mbranch-protection=standard
  (aarch64), carries the property note that keeps those protections on, and a
  program linked with it keeps them; when the build itself was made with those
  flags, so do libzcall.so and a static program linked with all of libzcall.a
- on x86_64, in an optimized build, every typed wrapper is what the number-last
  entries exist for: the number moved into place and a tail jump into the entry,
  never a call; a call of six kernel words, whose number would be a seventh
  argument on the stack, is an asm entry of its own (ZCALL_SIX, asm/asm.h) that
  touches no stack (no rsp, push, pop or call) and reaches its first ret in at
  most 9 instructions
- on aarch64, riscv64 and loongarch64, which have a register for a seventh
  argument, each of those calls is a C++ wrapper that widens its arguments,
  moves its number into that register (x6, a6) and tail-branches into
  zcall_nr_last6, with no stack access and no call; read with the
  architecture's objdump, whose absence fails the check, saying which
- not on ppc64 and s390x (NOT_TAIL_BRANCHES says why)
- each of these checks rejects a deliberately bad object or library built here,
  so none of them can pass by reading nothing
"""
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from declared import HELPERS, declared as declarations

so, archive, root, cpu, linker, optimization, cc = (sys.argv[1], sys.argv[2], Path(sys.argv[3]), sys.argv[4], sys.argv[5],
                                                   sys.argv[6], sys.argv[7:])
# The compiler drives the linker the build uses (lld for loongarch64, which binutils here cannot link).
use_ld = [f"-fuse-ld={linker.removeprefix('ld.')}"] if linker.startswith("ld.") and linker != "ld.bfd" else []

# The Linux API zcall promises: the calls of a server or runtime, then what an
# io_uring or epoll runtime needs beyond them, then those of a container runtime,
# a sandbox and a supervisor.
PROMISED = """
read write close readv writev preadv pwritev preadv2 pwritev2 socket bind listen accept accept4 connect
shutdown setsockopt getsockopt socketpair getsockname getpeername sendto recvfrom sendmsg recvmsg sendmmsg
recvmmsg pipe2 splice tee vmsplice eventfd2 signalfd4 pidfd_open pidfd_getfd pidfd_send_signal memfd_create
timerfd_create timerfd_settime timerfd_gettime io_uring_setup io_uring_enter io_uring_register mmap munmap
openat openat2 statx fstat lseek pread64 pwrite64 fsync fdatasync fallocate ftruncate sync_file_range
copy_file_range sendfile dup3 fcntl ioctl epoll_create1 epoll_ctl epoll_pwait epoll_pwait2 poll ppoll futex
futex_op_wait futex_op_wake futex_op_wait_private futex_op_wake_private futex_waitv clock_gettime clock_nanosleep nanosleep
getrandom sched_yield getpid gettid getppid kill tgkill rt_sigprocmask madvise mprotect mremap mlock munlock
prctl unlinkat mkdirat renameat2 exit_group futex_wait futex_wake futex_requeue
newfstatat getdents64 faccessat faccessat2 fchmod fchmodat fchmodat2 fchown fchownat linkat symlinkat readlinkat
mknodat utimensat truncate statfs fstatfs cachestat fadvise64 readahead flock name_to_handle_at open_by_handle_at close_range
dup getcwd chdir fchdir chroot umask sync syncfs inotify_init1 inotify_add_watch inotify_rm_watch fanotify_init
fanotify_mark getxattr lgetxattr fgetxattr setxattr lsetxattr fsetxattr listxattr llistxattr flistxattr removexattr
lremovexattr fremovexattr setxattrat getxattrat listxattrat removexattrat statmount listmount file_getattr
file_setattr mount umount2 pivot_root fsopen fsconfig fsmount fspick move_mount open_tree open_tree_attr
mount_setattr unshare setns clone3 clone getuid geteuid getgid getegid setuid setgid setreuid setregid setresuid
setresgid getresuid getresgid setfsuid setfsgid getgroups setgroups capget capset prlimit64 getrlimit setrlimit
getrusage personality setsid getsid setpgid getpgid seccomp landlock_create_ruleset landlock_add_rule
landlock_restrict_self lsm_get_self_attr lsm_set_self_attr lsm_list_modules wait4 waitid execve execveat exit ptrace
process_vm_readv process_vm_writev process_madvise process_mrelease kcmp sched_setaffinity sched_getaffinity
sched_setattr sched_getattr sched_setscheduler sched_getscheduler sched_setparam sched_getparam
sched_get_priority_max sched_get_priority_min sched_rr_get_interval getpriority setpriority ioprio_get ioprio_set
uname sysinfo sethostname setdomainname getcpu set_tid_address set_robust_list get_robust_list rseq membarrier tkill
perf_event_open bpf rt_sigaction sigaltstack rt_sigtimedwait rt_sigqueueinfo rt_tgsigqueueinfo rt_sigsuspend
rt_sigpending timer_create timer_settime timer_gettime timer_getoverrun timer_delete clock_settime clock_adjtime
setitimer getitimer msync mincore mlock2 mlockall munlockall mseal pkey_mprotect pkey_alloc pkey_free userfaultfd
memfd_secret mbind set_mempolicy get_mempolicy
""".split()
# Each architecture's own calls, and those its kernel lacks.
PROMISED += {"x86_64": ["arch_prctl"], "riscv64": ["riscv_hwprobe", "riscv_flush_icache"]}.get(cpu, [])
if cpu in ("loongarch64", "ppc64", "mips64"):  # powerpc's and mips's tables reserve 447 for it
    PROMISED.remove("memfd_secret")
failures = []


def run(*cmd):
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


# Each checker returns None when the file has the property, otherwise what is wrong.
def holds(checker, path, what):
    problem = checker(path)
    check(problem is None, what + (f": {problem}" if problem else ""))


def rejects(checker, path, what):
    """The checker must find the deliberately bad file bad: proof that it can fail."""
    problem = checker(path)
    check(problem is not None, f"the check rejects {what}" + (f": {problem}" if problem else " (it passed it)"))


def dynamic(path):
    """The dynamic section as {tag: value}, e.g. {"FLAGS": "BIND_NOW", "FLAGS_1": "Flags: NOW"}."""
    return dict(re.findall(r"^\s*0x[0-9a-f]+ \((\w+)\)\s+(.*)$", run("readelf", "-d", "-W", path), re.M))


def no_textrel(path):
    d = dynamic(path)
    if "TEXTREL" in d:
        return "DT_TEXTREL"
    if "TEXTREL" in d.get("FLAGS", "").split():
        return "TEXTREL in DT_FLAGS"
    return None


def full_relro(path):
    d = dynamic(path)
    missing = []
    if not re.search(r"^\s*GNU_RELRO\s", run("readelf", "-l", "-W", path), re.M):
        # The MIPS ABI's .got stays writable (binutils never puts it in PT_GNU_RELRO), so a mips library with
        # nothing else to protect has no such segment: there only .got and .bss (the vDSO's words) may be writable.
        writable = set(re.findall(r"^\s*\[\s*\d+\]\s+(\S+)\s+\S+\s+\S+\s+\S+\s+\S+\s+\S+\s+W", run("readelf", "-S", "-W", path), re.M))
        if cpu != "mips64" or not writable <= {".got", ".bss"}:
            missing.append(f"no PT_GNU_RELRO (writable: {sorted(writable)})")
    if not ("BIND_NOW" in d or "BIND_NOW" in d.get("FLAGS", "").split() or "NOW" in d.get("FLAGS_1", "").split()):
        missing.append("no BIND_NOW")
    return ", ".join(missing) or None


def stack_segment(path):
    # The flags are three columns (R, W, E or blanks); without PT_GNU_STACK the loader makes the stack executable.
    m = re.search(r"^\s*GNU_STACK\s+(?:0x[0-9a-f]+\s+){4}0x[0-9a-f]+ (.{3}) ", run("readelf", "-l", "-W", path), re.M)
    if not m:
        return "no PT_GNU_STACK"
    return f"PT_GNU_STACK is {m[1].strip()}" if "E" in m[1] else None


def stack_notes(path):
    """Every object of the archive has a .note.GNU-stack without the X flag: one object
    without it makes the linker give the whole program an executable stack."""
    objects = re.split(r"^File: ", run("readelf", "-S", "-W", path), flags=re.M)[1:]
    bad = []
    for text in objects:
        name = text.split("\n", 1)[0].rsplit("/", 1)[-1]
        note = re.search(r"\] \.note\.GNU-stack\s+\w+(?:\s+[0-9a-f]+){4}\s+([A-Za-z]*)\s+\d+\s+\d+\s+\d+$", text, re.M)
        if not note:
            bad.append(f"{name} has none")
        elif "X" in note[1]:
            bad.append(f"{name} asks for an executable stack")
    if not objects:
        return "no object"
    return "; ".join(bad) or None


def properties(wanted):
    """A checker: the file's GNU property note names every protection in wanted."""
    def checker(path):
        found = re.findall(r"(?:x86|AArch64) feature: (.*)", run("readelf", "-n", "-W", path))
        has = set(found[0].split(", ")) if len(found) == 1 else set()
        missing = [p for p in wanted if p not in has]
        return f"{', '.join(missing)} missing (property note: {found or 'none'})" if missing else None
    return checker


# readelf reads any architecture's ELF, unlike the host's nm.
# ppc64's functions with a local entry point have "[<localentry>: 8]" after their visibility.
symbols = [re.sub(r"\[<localentry>: \d+\]", "", line).split() for line in run("readelf", "--dyn-syms", "-W", so).splitlines()]
symbols = [f for f in symbols if len(f) >= 8 and f[0].rstrip(":").isdigit()]
exported = {f[7].split("@")[0] for f in symbols if f[6] != "UND" and f[4] == "GLOBAL" and f[3] == "FUNC"}
undefined = [f[7] for f in symbols if f[6] == "UND" and f[7:]]
declared = declarations(cc, root)
check(exported == declared, f"exports equal the headers (only exported: {sorted(exported - declared)}, only declared: {sorted(declared - exported)})")
check(len(declared) > 0, f"the headers declare {len(declared)} functions")

missing = sorted(name for name in PROMISED if "zcall_" + name not in exported)
check(not missing, f"libzcall.so exports a wrapper for each of the {len(PROMISED)} promised syscalls (missing: {missing})")

needed = [line for line in run("readelf", "-d", so).splitlines() if "(NEEDED)" in line]
check(not needed, f"no NEEDED entry in libzcall.so {needed}")
check(not undefined, f"no undefined symbol in libzcall.so {undefined}")

holds(stack_notes, archive, "every object of libzcall.a has a non-executable .note.GNU-stack")
holds(stack_segment, so, "libzcall.so's PT_GNU_STACK is not executable")
holds(no_textrel, so, "libzcall.so has no text relocation")
holds(full_relro, so, "libzcall.so has full RELRO (PT_GNU_RELRO and BIND_NOW; on mips64 nothing writable but .got "
                      "and .bss)")



def tail_calls(path):
    """Every typed wrapper reaches one entry point by a tail jump, with no frame of its own and no call."""
    text = run("objdump", "-dr", "--no-show-raw-insn", path)
    bodies = re.findall(r"^[0-9a-f]+ <(zcall_\w+)>:\n((?:\s+[0-9a-f]+:.*\n(?:\s+[0-9a-f]+: R_.*\n)?)+)", text, re.M)
    bad = []
    for name, body in bodies:
        if name in ENTRIES or name in SIX or name in HELPERS or name in ("zcall_exit", "zcall_exit_group"):
            continue
        branches = re.findall(r"\b(jmp|call)\s.*\n\s+[0-9a-f]+: R_X86_64_PLT32\s+(\w+)", body)
        if name in VDSO_SERVED:
            # The vDSO's calls: a call into it through a register, and the trap when it answers ENOSYS or is
            # not there (the first call's search lies in the function's cold part).
            stray = [b for b in branches if b[1] not in ENTRIES and "first_use_or_trap" not in b[1]]
            into_vdso = re.search(r"\bcall\s+\*%r", body) is not None
            if stray or not into_vdso:
                bad.append(f"{name} reaches {branches}; calls into the vDSO: {into_vdso}")
            continue
        calls = re.findall(r"\bcall\s.*", body)
        if len(branches) != 1 or branches[0][1] not in ENTRIES or calls:
            bad.append(f"{name} reaches {branches}" + (f", calls {calls}" if calls else ""))
        elif branches[0][0] != "jmp":
            bad.append(f"{name}: {branches[0][0]} {branches[0][1]}")
    if not bodies:
        return "no wrapper found"
    return "; ".join(bad) or None


# The wrappers that answer from the vDSO (src/clock.cpp).
VDSO_SERVED = {"zcall_clock_gettime", "zcall_clock_getres", "zcall_gettimeofday", "zcall_time", "zcall_getcpu"}


def instructions(text, name):
    """The instructions of name in objdump -dr output (GNU or LLVM), each as [text, relocation symbols]."""
    # Local labels (riscv64's objects keep .LBB and .LVL ones, for relaxation) do not end a function.
    m = re.search(rf"^[0-9a-f]+ <{name}>:\n(.*?)(?=^(?![0-9a-f]+ <\.L)\S|\Z)", text, re.M | re.S)
    if not m:
        return None
    out = []
    for line in m[1].splitlines():
        reloc = re.match(r"^\s+[0-9a-f]+:\s+R_(?!RISCV_RELAX|LARCH_RELAX)\w+\s+(?!\.TOC\.)(\S+)", line)
        if re.match(r"^\s+[0-9a-f]+:\s+R_\w+", line) and not reloc:
            continue
        insn = re.match(r"^\s+[0-9a-f]+:\s+(\S.*)$", line)
        if reloc and out:
            out[-1][1].append(reloc[1])
        elif insn:
            out.append([insn[1].split("#")[0].split("//")[0].strip() if cpu != "aarch64" else
                        insn[1].split("//")[0].strip(), []])
    return out


def each_body(text, names, check):
    """What check(name, body) finds wrong with each of names in objdump output text, joined; None if nothing."""
    bad = []
    for name in names:
        body = instructions(text, name)
        bad += check(name, body) if body else [f"{name} not found"]
    return "; ".join(bad) or None


def six_entries(names, numbers, limits):
    """A checker: on x86_64 each of names is an asm entry that moves its number into eax, touches no stack
    (no rsp, push, pop, call) and returns after at most limits[name] instructions, a landing pad not counted."""
    def check(name, body):
        bad = []
        insns = [i for i, _ in body if not i.startswith(("endbr64", "nop", "cs nop", "data16", "xchg %ax,%ax"))]
        stack = [i for i in insns if re.search(r"%rsp|%esp|\bpush|\bpop|\bcall|\bleave|\benter", i)]
        to_ret = next((n + 1 for n, i in enumerate(insns) if re.match(r"ret\b", i)), None)
        number = re.match(r"mov\s+\$(0x[0-9a-f]+),%eax$", insns[0]) if insns else None
        if stack:
            bad.append(f"{name} touches the stack: {stack}")
        if to_ret is None or to_ret > limits[name]:
            bad.append(f"{name} takes {to_ret} instructions to its first ret, not at most {limits[name]}")
        if not number or int(number[1], 16) != numbers.get(name):
            bad.append(f"{name} starts {insns[:1]}, not the move of {numbers.get(name)} into eax")
        return bad
    return lambda path: each_body(run("objdump", "-d", "--no-show-raw-insn", path), names, check)


# The seventh argument register, the move of an immediate into it, a tail branch, the objdump that reads
# each architecture (with Debian's package), and a wrapper that keeps a1 on the stack, which the check must reject.
CROSS = {
    "aarch64": ("x6", r"mov\s+[xw]6,\s*#(0x[0-9a-f]+|\d+)$", r"b\s", ("aarch64-linux-gnu-objdump", "binutils-aarch64-linux-gnu"),
                "\tstr x0, [sp, #-16]!\n\tmov x6, #426\n\tadd sp, sp, #16\n\tb zcall_nr_last6"),
    "riscv64": ("a6", r"(?:li\s+a6,\s*|addi\s+a6,\s*zero,\s*)(-?(?:0x[0-9a-f]+|\d+))$", r"(?:auipc\s+t1|tail|j)\b",
                ("riscv64-linux-gnu-objdump", "binutils-riscv64-linux-gnu"),
                "\taddi sp, sp, -16\n\tsd a0, 8(sp)\n\tli a6, 426\n\taddi sp, sp, 16\n\ttail zcall_nr_last6"),
    "loongarch64": ("$a6", r"(?:ori|addi\.[wd])\s+\$a6,\s*\$zero,\s*(-?(?:0x[0-9a-f]+|\d+))$|li\.[wd]\s+\$a6,\s*(\S+)$",
                    r"(?:b|pcaddu18i)\s", ("llvm-objdump-19", "llvm-19"),
                    "\taddi.d $sp, $sp, -16\n\tst.d $a0, $sp, 8\n\tori $a6, $zero, 426\n\taddi.d $sp, $sp, 16\n"
                    "\tb zcall_nr_last6"),
}
# Where the six-word wrappers are not held to that shape, and why. Each must say so when its checks run.
NOT_TAIL_BRANCHES = {
    # GCC 12 does not tail-call a function of another object file under ELFv2, hidden or not: the linker might
    # have to restore the TOC pointer after the call (the nop it leaves for that), so every wrapper calls its
    # entry from a frame (`bl zcall_nr_lastN; nop`).
    "ppc64": "GCC 12 never tail-calls a function of another object under ELFv2, which may need the TOC pointer "
             "restored after the call: every wrapper calls its entry from a frame of its own",
    # zcall_ret is returned through a hidden pointer in r2, so a1..a4 come in r3..r6 and the rest on the stack
    # from 160(%r15): the number, a seventh (eighth) word, would go to 176(%r15), past the argument area the
    # caller gave the wrapper, which therefore cannot tail-branch; it calls zcall_nr_last6 from a frame of its
    # own (asm/linux_s390x.S).
    "s390x": "zcall_ret comes back through a hidden pointer in r2, so the number of a six-word call would be "
             "written past the stack arguments the caller allotted: the wrappers call zcall_nr_last6 from a frame",
}


def six_tail_branches(objdump, names, numbers):
    """A checker for aarch64, riscv64 and loongarch64: each of names is a wrapper that widens its arguments, moves
    its number into the seventh argument register and tail-branches into zcall_nr_last6, with no call, no other
    relocation and no stack access before it. gcc 12 for riscv64 leaves a dead `addi sp,sp,-N` ... `addi sp,sp,N`
    pair in every wrapper (its frame for the two-word result, allocated and never used); that pair alone passes."""
    reg, move, branch = CROSS[cpu][:3]

    def check(name, body):
        bad = []
        tail = next((n for n, (_, rel) in enumerate(body) if rel), None)
        if tail is None or body[tail][1] != ["zcall_nr_last6"] or not re.match(branch, body[tail][0]):
            return [f"{name} does not tail-branch into zcall_nr_last6 first: {body}"]
        before = [i for i, _ in body[:tail] if not re.match(r"(bti|hint|nop)\b", i)]
        if cpu == "riscv64" and len(before) >= 2:
            first = re.fullmatch(r"addi?\s+sp,\s*sp,\s*-(\d+)", before[0])
            if first and re.fullmatch(rf"addi?\s+sp,\s*sp,\s*{first[1]}", before[-1]):
                before = before[1:-1]
        after = body[tail + 1:tail + 2] if cpu == "riscv64" else []
        if cpu == "riscv64" and not (after and re.match(r"(jr\s+t1|jalr\s+(zero,\s*)?t1)", after[0][0])):
            bad.append(f"{name}: the auipc of its tail branch is followed by {after}")
        stack = [i for i in before if re.search(r"\$?\bsp\b|\[|\(", i)]
        if stack:
            bad.append(f"{name} touches the stack: {stack}")
        moved = [m for m in (re.match(move, i) for i in before) if m]
        values = [int(next(g for g in m.groups() if g), 0) for m in moved]
        if values != [numbers.get(name)]:
            bad.append(f"{name} moves {values} into {reg}, not its number {numbers.get(name)}")
        return bad
    return lambda path: each_body(run(objdump, "-dr", "--no-show-raw-insn", path), names, check)


ENTRIES = {f"zcall_nr_last{n}" for n in range(7)} | {"zcall_syscall4", "zcall_syscall6", "zcall_rt_sigreturn"}
# Linux's calls of six kernel words: x86_64's asm entries (the ZCALL_SIX table of asm/linux_x86_64.S), C++
# wrappers on the other architectures; and each one's number on this one.
TABLE = {name: [k.strip() for k in kinds.split(",")] for name, kinds in
         re.findall(r"^ZCALL_SIX\s+(zcall_\w+),\s*\w+,\s*(.*?)\s*$", (root / "asm" / "linux_x86_64.S").read_text(), re.M)}
SIX = sorted(TABLE)


def needed(kinds):
    """The instructions a six-word entry needs to its first ret: the number into eax; one to widen each argument
    but an int first one (i, u), to move the fourth into r10 (w), to write the sigset size (s), four for an offset
    of two words and the argument after it (o); the trap; cmp, jae, xor, ret. At most 9 but for three
    arguments to widen beside a fourth (futex: 10) and for an offset of two words (preadv2, pwritev2: 11)."""
    n = 1 + 1 + 4
    for at, k in enumerate(kinds, 1):
        n += {"i": at > 1, "u": 1, "w": at == 4, "s": 1, "o": 4}[k]
    return n - (kinds[3:4] == ["o"])  # the argument after the offset was counted twice


LIMITS = {name: needed(kinds) for name, kinds in TABLE.items()}
gen = root / "include" / "zcall" / "gen" / f"linux_{cpu}.h"
NUMBERS = {f"zcall_{n}": int(v) for n, v in re.findall(r"^#define ZCALL_SYS_(\w+) (\d+)$", gen.read_text(), re.M)} \
    if gen.exists() else {}

# The protections a hardened build asks for, the macros they define, and the
# property each must leave in objects and in what is linked from them.
hardening = {
    "x86_64": (["-fcf-protection=full"], ["#define __CET__ 3"], ["IBT", "SHSTK"]),
    "aarch64": (["-mbranch-protection=standard"],
                ["#define __ARM_FEATURE_BTI_DEFAULT 1", "#define __ARM_FEATURE_PAC_DEFAULT"], ["BTI", "PAC"]),
}

# A program with no C library (Debian's crt files carry no IBT/SHSTK property,
# so linking them would drop it whatever zcall does), linked -nostdlib -static.
PROGRAM = "#include <zcall/zcall.h>\nvoid _start(void) { zcall_nr_last1(0, ZCALL_SYS_exit_group); }\n"


# Deliberately bad inputs, each the smallest object that breaks one property.
def demo_asm(body="\t.skip 4", stack_note='\t.section .note.GNU-stack,"",%progbits'):
    return f"\t.text\n\t.globl zcall_demo\nzcall_demo:\n{body}\n{stack_note}\n"


with tempfile.TemporaryDirectory() as tmp:

    def build(out, *args, source=None):
        """Runs the build's compiler (and linker) into tmp/out; source, if given, is written to tmp first."""
        if source:
            name, text = source
            (Path(tmp) / name).write_text(text)
            args = (*args, str(Path(tmp) / name))
        path = str(Path(tmp) / out)
        link = [] if "-c" in args else use_ld
        result = subprocess.run([*cc, *link, *args, "-o", path], capture_output=True, text=True)
        if result.returncode:
            sys.exit(f"FAIL building {out}:\n{result.stderr}")
        return path

    # An object without the note, and one asking for an executable stack, added to a copy of libzcall.a.
    for name, note in (("nostack", ""), ("execstack", '\t.section .note.GNU-stack,"x",%progbits')):
        bad = Path(tmp) / f"{name}.a"
        bad.write_bytes(Path(archive).read_bytes())
        run("ar", "q", str(bad), build(f"{name}.o", "-c", source=(f"{name}.S", demo_asm(stack_note=note))))
        rejects(stack_notes, str(bad), f"libzcall.a with {name}.o added")

    plain = build("plain.o", "-c", source=("plain.S", demo_asm()))
    textrel = build("textrel.o", "-c", source=("textrel.S", demo_asm(body="\t.quad zcall_demo")))
    rejects(stack_segment, build("execstack.so", "-shared", "-nostdlib", "-Wl,-z,execstack", plain),
            "a library linked -z execstack")
    # An absolute address in .text needs the loader to write to it.
    rejects(no_textrel, build("textrel.so", "-shared", "-nostdlib", "-Wl,-z,notext", textrel),
            "a library with an absolute address in .text")
    # With an address in .data.rel.ro, which RELRO would make read-only after relocation: on mips64 the
    # check reads the writable sections, and this one must be among them.
    relro_data = build("relro_data.o", "-c", source=("relro_data.S", demo_asm() + '\t.section .data.rel.ro,"aw"\n'
                                                     "\t.p2align 3\n\t.quad zcall_demo\n"))
    rejects(full_relro, build("norelro.so", "-shared", "-nostdlib", "-Wl,-z,norelro,-z,now", relro_data),
            "a library linked -z norelro")
    rejects(full_relro, build("lazy.so", "-shared", "-nostdlib", "-Wl,-z,relro,-z,lazy", plain),
            "a library linked -z lazy")

    # A six-argument wrapper that calls zcall_nr_last6 and then works on the result, as the checks below must reject.
    framed6 = ("framed6.c", "#include <zcall/zcall.h>\nzcall_ret zcall_framed6(int fd, void* p, size_t n, unsigned f, "
               "void* q, size_t m) {\n  zcall_ret r = zcall_nr_last6((uintptr_t)fd, (uintptr_t)p, n, f, (uintptr_t)q, m, 426);\n"
               "  r.r1++;\n  return r;\n}\n")
    optimized = optimization in ("1", "2", "3", "s")
    six = [n for n in SIX if n in exported]
    check(len(six) == len(SIX) and SIX, f"libzcall.so exports each of the {len(SIX)} calls of six kernel words that "
          f"asm/linux_x86_64.S lists (missing: {sorted(set(SIX) - set(six))})")
    if cpu == "x86_64" and optimized:
        holds(tail_calls, archive, "every typed wrapper of libzcall.a tail-jumps into its entry, and none calls")
        # A wrapper that calls its entry and then works on the result.
        framed = Path(tmp) / "framed.a"
        framed.write_bytes(Path(archive).read_bytes())
        body = "zcall_ret zcall_framed(int fd) { zcall_ret r = zcall_nr_last1((uintptr_t)fd, 3); r.r1++; return r; }\n"
        run("ar", "q", str(framed), build("framed.o", "-O2", "-I", str(root / "include"), "-c",
                                          source=("framed.c", "#include <zcall/zcall.h>\n" + body)))
        rejects(tail_calls, str(framed), "libzcall.a with a wrapper that calls its entry and returns")

        holds(six_entries(six, NUMBERS, LIMITS), archive, f"each of the {len(six)} six-word calls is an asm entry: "
              "its number moved into eax, no stack (rsp, push, pop, call), no more instructions to its first ret than "
              f"its kinds need ({ {n: LIMITS[n] for n in six} })")
        # The goal of the table: a six-word call costs at most two instructions more than write, a wrapper of three
        # arguments, through its tail jump into zcall_nr_last3 and to that entry's ret.
        text = run("objdump", "-d", "--no-show-raw-insn", archive)
        def path_length(name, end):
            body = [i for i, _ in instructions(text, name) or [] if not i.startswith("endbr64")]
            return next((n + 1 for n, i in enumerate(body) if re.match(end, i)), 99)
        write = path_length("zcall_write", r"jmp\b") + path_length("zcall_nr_last3", r"ret\b")
        uring = path_length("zcall_io_uring_enter", r"ret\b")
        check(uring <= write + 2, f"zcall_io_uring_enter takes {uring} instructions to its ret, zcall_write {write} "
              "through zcall_nr_last3: at most two more")
        demo6 = {"zcall_demo": 426}
        bad6 = build("framed6.o", "-O2", "-I", str(root / "include"), "-c", source=framed6)
        rejects(six_entries(["zcall_framed6"], {"zcall_framed6": 426}, {"zcall_framed6": 9}), bad6,
                "a six-argument wrapper that calls zcall_nr_last6")
        long6 = build("long6.o", "-c", source=("long6.S", demo_asm(
            "\tmov $426, %eax\n" + "\tmov %esi, %esi\n" * 4 + "\tsyscall\n\tcmp $-4095, %rax\n\tjae 1f\n\txor %edx, %edx\n"
            "\tret\n1:\tret")))
        rejects(six_entries(["zcall_demo"], demo6, {"zcall_demo": 9}), long6, "a six-word entry of 10 instructions held to 9")
        pushed = build("pushed.o", "-c", source=("pushed.S", demo_asm("\tmov $426, %eax\n\tpush %rcx\n\tpop %r10\n\tsyscall\n\tret")))
        rejects(six_entries(["zcall_demo"], demo6, {"zcall_demo": 9}), pushed, "a six-word entry that moves r10 through the stack")
    elif cpu in CROSS and optimized:
        objdump, package = CROSS[cpu][3]
        if not shutil.which(objdump):
            check(False, f"the six-word wrappers of {cpu} are read with {objdump} ({package}), which is not installed")
        else:
            holds(six_tail_branches(objdump, six, NUMBERS), archive,
                  f"each of the {len(six)} six-word wrappers moves its number into {CROSS[cpu][0]} and tail-branches "
                  "into zcall_nr_last6, with no call and no stack access")
            bad6 = build("framed6.o", "-O2", "-I", str(root / "include"), "-c", source=framed6)
            rejects(six_tail_branches(objdump, ["zcall_framed6"], {"zcall_framed6": 426}), bad6,
                    "a six-argument wrapper that calls zcall_nr_last6")
            spilled = build("spilled.o", "-c", source=("spilled.S", demo_asm(CROSS[cpu][4])))
            rejects(six_tail_branches(objdump, ["zcall_demo"], {"zcall_demo": 426}), spilled,
                    "a six-argument wrapper that keeps an argument on the stack before its tail branch")
    elif cpu in NOT_TAIL_BRANCHES:
        print(f"---- the shape of {cpu}'s six-word wrappers is not checked: {NOT_TAIL_BRANCHES[cpu]}")
    else:
        print(f"---- the shape of the wrappers is checked at -O1 and above on {', '.join(['x86_64', *CROSS])}, "
              f"not {cpu} at -O{optimization}")

    if cpu in hardening:
        flags, macros, wanted = hardening[cpu]
        keeps = properties(wanted)
        what = ", ".join(wanted)
        hardened = build("hardened.o", *flags, "-c", str(root / "asm" / f"linux_{cpu}.S"))
        holds(keeps, hardened, f"with {' '.join(flags)} the asm carries {what}")
        if cpu == "x86_64":
            text = run("objdump", "-d", hardened)
            entries = re.findall(r"^[0-9a-f]+ <(zcall_\w+)>:\n\s+[0-9a-f]+:\s+(?:[0-9a-f]{2} )+\s+(\S+)", text, re.M)
            check(entries and all(insn == "endbr64" for _, insn in entries),
                  f"every entry starts with endbr64 ({len(entries)} entries)")

        # The linker keeps a property only if every object it links has it.
        program = ("program.c", PROGRAM)
        static = [*flags, "-I", str(root / "include"), "-ffreestanding", "-nostdlib", "-static"]
        holds(keeps, build("program", *static, hardened, source=program),
              f"a program built with {' '.join(flags)} and linked with the asm keeps {what}")
        rejects(keeps, build("program-plain", *static, hardened, plain, source=program),
                "that program with an object lacking the property note linked in")

        # The library as this build made it, when the build asked for the protections.
        defined = run(*cc, "-dM", "-E", "-x", "c", "/dev/null")
        if all(m in defined for m in macros):
            holds(keeps, so, f"libzcall.so keeps {what}")
            linked = build("program-libzcall", *static, "-Wl,--whole-archive", archive, "-Wl,--no-whole-archive",
                           source=program)
            holds(keeps, linked, f"a program linked with all of libzcall.a keeps {what}")
        else:
            print(f"---- this build is not made with {' '.join(flags)}: "
                  "the linked-library check ran on the asm alone")
    else:
        print(f"---- {cpu} has no branch-protection property to check")

print(f"{len(failures)} failed")
sys.exit(1 if failures else 0)
