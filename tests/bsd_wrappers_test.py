#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Every typed wrapper of a Darwin or FreeBSD cross build, run on this machine:
the linked shared library is loaded into the unicorn emulator, each wrapper is
called as a C caller of the target calls it, and the trap instruction is hooked
to play the kernel.

    bsd_wrappers_test.py PLATFORM SHARED_LIBRARY SOURCE_ROOT

Per wrapper, one row of WRAPPERS: the kernel sees the syscall number of
include/zcall/gen/<platform>.h (which tests/reference_test.py checks against the
kernel's table) and each argument in the register the kernel reads it from; a
success comes back as {r1, 0} and an error as {all ones, errno}. The library
must export a wrapper for each row and no typed wrapper without one.
tests/emulated_test.cpp runs the entry points alone; this runs what the
compiler made of src/ on top of them.

Exits 77 (skipped) when Python's unicorn module is missing.
"""
import re
import struct
import sys
from pathlib import Path

# Debian's python3-unicorn (pure Python over libunicorn) lives where only
# Debian's own python3 looks; a python3 from elsewhere (pyenv, a venv) finds it there too.
sys.path.append("/usr/lib/python3/dist-packages")
try:
    import unicorn
    from unicorn import arm64_const as arm64
    from unicorn import x86_const as x86
except ImportError:
    print("SKIP: no Python unicorn module (Debian: python3-unicorn)")
    sys.exit(77)

platform, library, root = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
os_name = platform.split("_", 1)[0]
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


# --- The table ----------------------------------------------------------------------

# Each wrapper's parameters, in order, as include/zcall/posix.h and bsd.h
# declare them: i for an int-sized one (int, unsigned, uint32_t), w for a full
# word (a pointer, size_t, int64_t, uintptr_t). The syscall is the wrapper's
# name without zcall_. By area, as src/ defines them.
WRAPPERS = {
    # io.cpp
    "close": "i", "fcntl": "i i w", "read": "i w w", "readv": "i w i", "write": "i w w", "writev": "i w i",
    "preadv": "i w i w", "pwritev": "i w i w",
    # event.cpp
    "kqueue": "", "kevent": "i w i w i w",
    # mem.cpp
    "mmap": "w w i i i w", "munmap": "w w",
    # net.cpp
    "accept": "i w w", "bind": "i w i", "connect": "i w i", "getpeername": "i w w", "getsockname": "i w w",
    "getsockopt": "i i i w w", "listen": "i i", "recvfrom": "i w w i w w", "recvmsg": "i w i", "sendmsg": "i w i",
    "sendto": "i w w i w i", "setsockopt": "i i i w i", "shutdown": "i i", "socket": "i i i",
    "socketpair": "i i i w",
    # proc.cpp
    "getpid": "",
}
# What one of the two has and the other lacks: pipe.cpp's pipe or pipe2, and net.cpp's accept4.
ONLY = {"darwin": {"pipe": ""}, "freebsd": {"pipe2": "w i", "accept4": "i w w i"}}
# Darwin's pipe answers in two registers and returns zcall_ret2 {r1, r2, err}.
RET2 = {"pipe"} if os_name == "darwin" else set()
# Exported, and not typed wrappers: the entry points and the errno names.
UNTYPED = re.compile(r"zcall_(syscall4|syscall6|syscall4_r2|nr_last\d|errname|strerror|errname_r|strerror_r|version)")

rows = {**WRAPPERS, **ONLY[os_name]}
header = (root / "include" / "zcall" / "gen" / f"{platform}.h").read_text()
numbers = {name: int(value, 0) for name, value in re.findall(r"^#define ZCALL_SYS_(\w+) (\S+)$", header, re.M)}


# --- The library, as a loader would place it --------------------------------------

def elf(data):
    """([(vaddr, bytes)] of the PT_LOAD segments, {exported function: address})."""
    phoff, shoff = struct.unpack_from("<QQ", data, 32)
    phentsize, phnum, shentsize, shnum = struct.unpack_from("<HHHH", data, 54)
    segments = []
    for i in range(phnum):
        p_type, _, offset, vaddr, _, filesz, memsz, _ = struct.unpack_from("<IIQQQQQQ", data, phoff + phentsize * i)
        if p_type == 1:  # PT_LOAD; past filesz it is zeros (.bss)
            segments.append((vaddr, data[offset:offset + filesz].ljust(memsz, b"\0")))
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + shentsize * i) for i in range(shnum)]
    functions = {}
    for _, sh_type, _, _, offset, size, link, _, _, entsize in sections:
        if sh_type != 11:  # SHT_DYNSYM: what the library exports
            continue
        strings = sections[link][4]
        for at in range(offset, offset + size, entsize):
            st_name, st_info, _, st_shndx, st_value, _ = struct.unpack_from("<IBBHQQ", data, at)
            # STT_FUNC, STB_GLOBAL or STB_WEAK, defined here.
            if st_info & 0xF == 2 and st_info >> 4 in (1, 2) and st_shndx:
                functions[data[strings + st_name:data.index(b"\0", strings + st_name)].decode()] = st_value
    return segments, functions


def macho(data):
    """As elf(), from the LC_SEGMENT_64 and LC_SYMTAB load commands."""
    ncmds, = struct.unpack_from("<I", data, 16)
    segments, functions, at = [], {}, 32  # sizeof(mach_header_64)
    for _ in range(ncmds):
        cmd, cmdsize = struct.unpack_from("<II", data, at)
        if cmd == 0x19:  # LC_SEGMENT_64
            vmaddr, vmsize, fileoff, filesize = struct.unpack_from("<QQQQ", data, at + 24)
            segments.append((vmaddr, data[fileoff:fileoff + filesize].ljust(vmsize, b"\0")))
        elif cmd == 0x2:  # LC_SYMTAB
            symoff, nsyms, stroff, _ = struct.unpack_from("<IIII", data, at + 8)
            for i in range(nsyms):
                strx, ntype, _, _, value = struct.unpack_from("<IBBHQ", data, symoff + 16 * i)
                # N_EXT and N_SECT and not N_PEXT: defined here and exported.
                if ntype & 0x1F == 0x0F:
                    name = data[stroff + strx:data.index(b"\0", stroff + strx)].decode()
                    functions[name.removeprefix("_")] = value
        at += cmdsize
    return segments, functions


data = library.read_bytes()
segments, exported = (macho if os_name == "darwin" else elf)(data)
typed = {name for name in exported if name.startswith("zcall_") and not UNTYPED.fullmatch(name)}
named = {"zcall_" + name for name in rows}
check(typed - named == set(), f"every typed wrapper {library.name} exports has a row "
      f"(without one: {sorted(typed - named)})")
check(named - typed == set(), f"every row names a function {library.name} exports "
      f"(not exported: {sorted(named - typed)})")
check(all(name in numbers for name in rows), f"every row's syscall has a number in {platform}.h "
      f"(none for: {sorted(set(rows) - set(numbers))})")


# --- The targets: how C calls, how the kernel is entered -----------------------------

# AAPCS64 as Apple uses it: arguments in x0..x7, a result over 16 bytes stored
# through x8, the return address in x30. XNU: `svc #0x80`, the number in x16 with
# the BSD class 0x2000000, arguments in x0..x5, the carry flag (NZCV bit 29) for an
# error, results in x0 and x1.
DARWIN = dict(
    arch=unicorn.UC_ARCH_ARM64, mode=unicorn.UC_MODE_ARM, nr_class=0x2000000,
    pc=arm64.UC_ARM64_REG_PC, sp=arm64.UC_ARM64_REG_SP, link=arm64.UC_ARM64_REG_X30,
    params=[arm64.UC_ARM64_REG_X0 + i for i in range(8)], result_pointer=arm64.UC_ARM64_REG_X8,
    results=[arm64.UC_ARM64_REG_X0, arm64.UC_ARM64_REG_X1], nr=arm64.UC_ARM64_REG_X16,
    kernel_args=[arm64.UC_ARM64_REG_X0 + i for i in range(6)], flags=arm64.UC_ARM64_REG_NZCV, carry=1 << 29)
# SysV x86_64: arguments in rdi, rsi, rdx, rcx, r8, r9, the return address pushed.
# FreeBSD: `syscall`, the number in rax, arguments in rdi, rsi, rdx, r10, r8, r9, the
# carry flag (RFLAGS bit 0) for an error, results in rax and rdx.
FREEBSD = dict(
    arch=unicorn.UC_ARCH_X86, mode=unicorn.UC_MODE_64, nr_class=0,
    pc=x86.UC_X86_REG_RIP, sp=x86.UC_X86_REG_RSP, link=None,
    params=[x86.UC_X86_REG_RDI, x86.UC_X86_REG_RSI, x86.UC_X86_REG_RDX, x86.UC_X86_REG_RCX, x86.UC_X86_REG_R8,
            x86.UC_X86_REG_R9], result_pointer=None,
    results=[x86.UC_X86_REG_RAX, x86.UC_X86_REG_RDX], nr=x86.UC_X86_REG_RAX,
    kernel_args=[x86.UC_X86_REG_RDI, x86.UC_X86_REG_RSI, x86.UC_X86_REG_RDX, x86.UC_X86_REG_R10, x86.UC_X86_REG_R8,
                 x86.UC_X86_REG_R9], flags=x86.UC_X86_REG_EFLAGS, carry=1)
abi = {"darwin_aarch64": DARWIN, "freebsd_x86_64": FREEBSD}[platform]

PAGE = 0x4000  # Darwin arm64's page; a multiple of everyone else's
BASE = 0x10000000  # where the library goes: not 0, so that a null pointer faults
RETURN = 0x60000000  # the caller's return address, on a page of its own
STACK, STACK_SIZE = 0x70000000, 0x10000
CALLER_SP = STACK + STACK_SIZE - 0x100  # 16-byte aligned, with room above for the caller's frame
RESULT = CALLER_SP + 0x40  # the caller's zcall_ret2, in its own frame
ALL_ONES = (1 << 64) - 1
MASK32 = 0xFFFFFFFF
SVC_0x80 = bytes.fromhex("011000d4")  # the hook runs with pc past it


def round_up(n):
    return -(-n // PAGE) * PAGE


def arguments(kinds):
    """(what the caller passes, what the kernel must see) for each parameter: a full word
    with an upper half of its own, or a small int whose register's upper half is junk,
    which the C ABI leaves unspecified for an int."""
    passed, seen = [], []
    for i, kind in enumerate(kinds.split()):
        if kind == "w":
            passed.append(((0xA0C0DE00 + i) << 32) | (0x5A1E0010 + i))
            seen.append(passed[-1])
        else:
            passed.append(((0xBAD00000 + i) << 32) | (0x100 + i))
            seen.append(0x100 + i)
    return passed, seen


def call(name, passed, reply):
    """Calls zcall_<name> with passed; the hooked trap answers reply = (error, value, second).
    Returns (what the kernel saw, [nr, a1..a6] per trap, what the caller got, or a failure string)."""
    uc = unicorn.Uc(abi["arch"], abi["mode"])
    low = min(vaddr for vaddr, _ in segments) // PAGE * PAGE
    high = round_up(max(vaddr + len(body) for vaddr, body in segments))
    uc.mem_map(BASE + low, high - low)
    for vaddr, body in segments:
        uc.mem_write(BASE + vaddr, bytes(body))
    uc.mem_map(RETURN, PAGE, unicorn.UC_PROT_READ | unicorn.UC_PROT_EXEC)
    uc.mem_map(STACK, STACK_SIZE)
    uc.mem_write(RESULT, b"\xa5" * 24)

    traps = []

    def kernel(uc, *_):
        """Records what the kernel reads and answers as it would."""
        traps.append([uc.reg_read(abi["nr"])] + [uc.reg_read(r) for r in abi["kernel_args"]])
        error, value, second = reply
        uc.reg_write(abi["results"][0], value)
        uc.reg_write(abi["results"][1], second)
        flags = uc.reg_read(abi["flags"])
        uc.reg_write(abi["flags"], flags | abi["carry"] if error else flags & ~abi["carry"])

    def exception(uc, intno, _):
        # 2 is QEMU's EXCP_SWI; the kernel is entered by `svc #0x80` only.
        pc = uc.reg_read(abi["pc"])
        if intno != 2 or uc.mem_read(pc - 4, 4) != SVC_0x80:
            traps.append(f"exception {intno} at {pc:#x}, not svc #0x80")
            uc.emu_stop()
        else:
            kernel(uc)

    if abi["arch"] == unicorn.UC_ARCH_ARM64:
        uc.hook_add(unicorn.UC_HOOK_INTR, exception)
    else:
        uc.hook_add(unicorn.UC_HOOK_INSN, kernel, None, 1, 0, x86.UC_X86_INS_SYSCALL)

    # Carry set on entry, so that only the kernel's answer can clear it.
    uc.reg_write(abi["flags"], abi["carry"])
    for register, value in zip(abi["params"], passed):
        uc.reg_write(register, value)
    ret2 = name in RET2
    if ret2:
        uc.reg_write(abi["result_pointer"], RESULT)
    sp = CALLER_SP
    if abi["link"] is not None:
        uc.reg_write(abi["link"], RETURN)
    else:
        sp -= 8
        uc.mem_write(sp, struct.pack("<Q", RETURN))
    uc.reg_write(abi["sp"], sp)

    try:
        uc.emu_start(BASE + exported["zcall_" + name], RETURN, count=1000)
    except unicorn.UcError as e:
        return traps, f"stopped at {uc.reg_read(abi['pc']):#x}: {e}"
    if uc.reg_read(abi["pc"]) != RETURN:
        return traps, f"did not return to its caller: pc {uc.reg_read(abi['pc']):#x}"
    if uc.reg_read(abi["sp"]) != CALLER_SP:
        return traps, f"returned with sp {uc.reg_read(abi['sp']):#x}, not {CALLER_SP:#x}"
    if ret2:
        return traps, struct.unpack("<QQQ", uc.mem_read(RESULT, 24))
    return traps, tuple(uc.reg_read(r) for r in abi["results"])


def hexes(words):
    return "(" + ", ".join(f"{w:#x}" for w in words) + ")"


# --- Each wrapper, answered with success and with an error -----------------------------

R1, R2, ERRNO = 0x7E5700000042, 0x5EC0D00000000077, 35

for name in sorted(set(rows) & set(numbers) & {n.removeprefix("zcall_") for n in exported}):
    passed, seen = arguments(rows[name])
    ret2 = name in RET2
    for error, value, expected in ((False, R1, (R1, R2, 0) if ret2 else (R1, 0)),
                                   (True, ERRNO, (ALL_ONES, ALL_ONES, ERRNO) if ret2 else (ALL_ONES, ERRNO))):
        traps, got = call(name, passed, (error, value, R2))
        what = f"zcall_{name}{' (error)' if error else ''}"
        if isinstance(got, str):
            check(False, f"{what}: {got}")
            continue
        if any(isinstance(t, str) for t in traps):
            check(False, f"{what}: " + "; ".join(t for t in traps if isinstance(t, str)))
            continue
        if len(traps) != 1:
            check(False, f"{what}: trapped {len(traps)} times, not once")
            continue
        nr, *kernel_args = traps[0]
        # An int parameter is compared on its low 32 bits only: the kernels read only
        # those (each argument is copied into a field of its declared width), and the
        # C ABI leaves the upper half of its register unspecified.
        wrong = [f"a{i + 1} {got_arg:#x}, not {want:#x}"
                 for i, (kind, got_arg, want) in enumerate(zip(rows[name].split(), kernel_args, seen))
                 if (got_arg if kind == "w" else got_arg & MASK32) != want]
        want_nr = abi["nr_class"] | numbers[name]
        if nr != want_nr:
            wrong.insert(0, f"number {nr:#x}, not {want_nr:#x}")
        if got != expected:
            wrong.append(f"returned {hexes(got)}, not {hexes(expected)}")
        check(not wrong, f"{what}: " + ("; ".join(wrong) if wrong else
              f"number {want_nr:#x}, {len(seen)} arguments, returned {hexes(got)}"))

print(f"---- {len(rows)} wrappers of {platform}, each called twice")
print(f"{len(failures)} failed")
sys.exit(1 if failures else 0)
