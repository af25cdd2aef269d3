#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""What a Darwin or FreeBSD cross build made, checked on this machine, where
neither system can run.

    bsd_test.py exports PLATFORM LIBZCALL_A LIBZCALL_SHARED SOURCE_ROOT CC...
    bsd_test.py values PLATFORM SOURCE_ROOT GO_UNIX_DIR CC...
    bsd_test.py cxx PLATFORM SOURCE_ROOT

PLATFORM is darwin_aarch64 or freebsd_x86_64, as tools/data/platforms.tsv names it.

exports: the functions the headers declare for it (found by preprocessing
zcall.h for the target) are exactly what the shared library exports and what
the archive defines; the shared library needs no other library and leaves no
symbol undefined.

values: every constant, syscall number, errno value and message and every
struct layout zcall has for OS, against golang.org/x/sys/unix (Debian's
golang-golang-x-sys-dev), which Go generates from the system's own headers
with the system's own compiler: compiled for the target as static asserts.
Constants newer than Go's tables, against the OS's headers vendored in
tests/reference/<os>/include/.
Exits 77 (skipped) when GO_UNIX_DIR does not exist.

cxx: tests/bsd_header_test.cpp, which uses all that zcall.hpp has for the
BSDs, compiles warning-free as clang parses it for the platform. Neither
system's C++ library is here, so Linux's stands in, for the same CPU
(Darwin's arm64 takes aarch64 Linux's), with the OS's macros in place of
Linux's.
"""
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from c_defines import Defines
from declared import declared as declarations

mode, platform = sys.argv[1], sys.argv[2]
os_name, arch = platform.split("_", 1)
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def tool(name):
    return shutil.which(f"{name}-19") or shutil.which(name) or sys.exit(f"bsd_test: no {name}")


def run(*cmd):
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def symbols(*args):
    """Names from llvm-nm, without Mach-O's leading underscore."""
    names = run(tool("llvm-nm"), "--format=just-symbols", *args).split()
    return {n[1:] if os_name == "darwin" else n for n in names if n and not n.endswith(":")}


def exports(archive, shared, root, cc):
    declared = declarations([*cc, "-nostdlibinc"], root)
    check(len(declared) > 0, f"zcall.h declares {len(declared)} functions for {os_name}")
    exported = symbols("-g", "--defined-only", *(["-D"] if os_name != "darwin" else []), shared)
    defined = symbols("-g", "--defined-only", archive)
    check(exported == declared, f"the shared library exports exactly them "
          f"(only exported: {sorted(exported - declared)}, not exported: {sorted(declared - exported)})")
    check(defined == declared, f"the archive defines exactly them "
          f"(only defined: {sorted(defined - declared)}, not defined: {sorted(declared - defined)})")
    undefined = symbols("-u", shared)
    check(not undefined, f"no undefined symbol in the shared library {sorted(undefined)}")
    if os_name == "darwin":
        used = run(tool("llvm-objdump"), "--macho", "--dylibs-used", shared).splitlines()[1:]
        check(all("libzcall" in line for line in used), f"no library loaded by the dylib but its own id {used}")
    else:
        needed = [line for line in run(tool("llvm-readelf"), "-d", shared).splitlines() if "(NEEDED)" in line]
        check(not needed, f"no NEEDED entry {needed}")


# --- values against golang.org/x/sys/unix ---------------------------------------

# Go's names for the architectures.
GOARCH = {"aarch64": "arm64", "x86_64": "amd64"}
GO_SIZES = {"int8": 1, "uint8": 1, "byte": 1, "int16": 2, "uint16": 2, "int32": 4, "uint32": 4,
            "int64": 8, "uint64": 8, "int": 8, "uint": 8, "uintptr": 8}

# zcall's struct, Go's struct, and zcall's field name for each of Go's fields in order.
STRUCTS = [
    ("zcall_iovec", "Iovec", "iov_base iov_len"),
    ("zcall_timespec", "Timespec", "tv_sec tv_nsec"),
    ("zcall_sockaddr", "RawSockaddr", "sa_len sa_family sa_data"),
    ("zcall_sockaddr_in", "RawSockaddrInet4", "sin_len sin_family sin_port sin_addr sin_zero"),
    ("zcall_sockaddr_in6", "RawSockaddrInet6", "sin6_len sin6_family sin6_port sin6_flowinfo sin6_addr sin6_scope_id"),
    ("zcall_sockaddr_un", "RawSockaddrUnix", "sun_len sun_family sun_path"),
    ("zcall_msghdr", "Msghdr", "msg_name msg_namelen msg_iov msg_iovlen msg_control msg_controllen msg_flags"),
    ("zcall_cmsghdr", "Cmsghdr", "cmsg_len cmsg_level cmsg_type"),
    ("struct zcall_kevent", "Kevent_t", "ident filter flags fflags data udata ext"),
    ("zcall_winsize", "Winsize", "ws_row ws_col ws_xpixel ws_ypixel"),
]


def go_layout(types, name):
    """(size, align, [(field, offset, size)]) of a Go struct from cgo -godefs, which spells out C's padding.
    The alignment is only good for computing offsets: godefs turns some C structs into
    byte arrays (in_addr is [4]byte), so zcall's alignment is not compared with it."""
    fields, offset, align = [], 0, 1
    for field, typ in re.findall(r"^\s+(\w+)\s+([\w\[\]*]+)", types[name], re.M):
        size, falign = go_size(types, typ)
        offset = (offset + falign - 1) // falign * falign
        fields.append((field, offset, size))
        offset += size
        align = max(align, falign)
    return (offset + align - 1) // align * align, align, fields


def go_size(types, typ):
    if typ.startswith("*"):
        return 8, 8
    if typ.startswith("["):
        count, element = re.match(r"\[(\d+)\](.*)", typ).groups()
        size, align = go_size(types, element)
        return int(count) * size, align
    if typ in GO_SIZES:
        return GO_SIZES[typ], GO_SIZES[typ]
    size, align, _ = go_layout(types, typ)
    return size, align


# Where Go's table is older than zcall's kernel source, and why zcall does not follow it.
GO_OLDER = {
    "freebsd": {"SYS_swapoff": "Go's 424 is FreeBSD 13's, COMPAT13 since 14; swapoff(name, flags) is 582"},
    "darwin": {"ENOTCAPABLE": "newer SDKs than Go's table; reference_test.py checks it against rust-libc"},
}[os_name]


def values(root, go, cc):
    goos = f"{os_name}_{GOARCH[arch]}"
    zerrors = (go / f"zerrors_{goos}.go").read_text()
    ztypes = (go / f"ztypes_{goos}.go").read_text()
    zsysnum = (go / f"zsysnum_{goos}.go").read_text()
    number = r"(-?0x[0-9a-fA-F]+|-?\d+)"
    go_consts = dict(re.findall(rf"^\s+([A-Z]\w*)\s+= {number}\b", zerrors + ztypes, re.M))
    go_errnos = dict(re.findall(rf"^\s+(E[A-Z0-9]+)\s+= syscall\.Errno\({number}\)", zerrors, re.M))
    go_messages = {n: m for _, n, m in re.findall(r'\{(\d+), "(E\w+)", "([^"]*)"\}', zerrors)}
    go_sys = {n.lower(): v for n, v in re.findall(rf"^\s+SYS_(\w+)\s+= {number}", zsysnum, re.M)}
    go_types = dict(re.findall(r"^type (\w+) struct \{\n(.*?)^\}", ztypes, re.M | re.S))

    # For what Go's tables predate: the OS's own headers vendored in tests/reference/<os>/include/, with
    # Go's values standing in for the names they use but do not define (TFD_CLOEXEC is O_CLOEXEC).
    headers = Defines({**go_consts, "__BSD_VISIBLE": 1, "__POSIX_VISIBLE": 200809, "__XSI_VISIBLE": 700})
    for path in sorted((root / "tests" / "reference" / os_name / "include").rglob("*.h")):
        headers.read(path.read_text())
    from_headers = []

    gen = root / "include" / "zcall" / "gen"
    ours = []
    for header in (f"{os_name}_constants.h", f"{os_name}_errno.h", f"{platform}.h"):
        ours += re.findall(r"^#define ZCALL_(\w+) (?!\")", (gen / header).read_text(), re.M)
    asserts, unmatched = [], []
    for name in ours:
        if name.startswith("SYS_"):
            go_value = go_sys.get(name[4:].lower())
        elif name in go_errnos:
            go_value = go_errnos[name]
        else:
            go_value = go_consts.get(name)
        if name in GO_OLDER:
            print(f"---- {name}: not Go's {go_value}: {GO_OLDER[name]}")
        elif go_value is None and not name.startswith("SYS_") and headers.value(name) is not None:
            from_headers.append(name)
            value = headers.value(name)
            asserts.append(f'_Static_assert(ZCALL_{name} == {value}, "ZCALL_{name}: the vendored headers say {value}");')
        elif go_value is None:
            unmatched.append(name)
        else:
            asserts.append(f'_Static_assert(ZCALL_{name} == {go_value}, "ZCALL_{name}: Go says {go_value}");')
    n_values = len(asserts)
    for ours_name, go_name, field_names in STRUCTS:
        size, align, fields = go_layout(go_types, go_name)
        asserts.append(f'_Static_assert(sizeof({ours_name}) == {size}, "sizeof {ours_name}: Go says {size}");')
        names = field_names.split()
        go_fields = [f for f in fields if not f[0].startswith("Pad_cgo")]
        check(len(names) >= len(go_fields), f"{ours_name} names a field for each of Go's {go_name} ({len(go_fields)})")
        for ours_field, (go_field, offset, field_size) in zip(names, go_fields):
            asserts.append(f'_Static_assert(offsetof({ours_name}, {ours_field}) == {offset} && '
                           f'sizeof((({ours_name}*)0)->{ours_field}) == {field_size}, '
                           f'"{ours_name}.{ours_field}: Go says {go_name}.{go_field}, {field_size} bytes at {offset}");')
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "values.c"
        source.write_text("#include <stddef.h>\n#include <zcall/zcall.h>\n" + "\n".join(asserts) + "\n")
        result = subprocess.run([*cc, "-nostdlibinc", "-std=c11", "-fsyntax-only", "-I", str(root / "include"), str(source)],
                                capture_output=True, text=True)
    errors = re.findall(r'static assertion failed[^"]*"([^"]*)"', result.stderr)
    for e in errors:
        print("FAIL", e)
    check(result.returncode == 0, f"{n_values - len(from_headers)} values and {len(STRUCTS)} struct layouts agree "
          f"with Go's, and {len(from_headers)} newer than Go's with the vendored headers, compiled for {os_name} "
          f"({len(errors)} differ)")
    if result.returncode and not errors:
        print(result.stderr)

    # What Go has no value for must be a syscall newer than Go's table (the reference tables check those).
    unchecked = [n for n in unmatched if not n.startswith("SYS_")]
    check(not unchecked, f"every constant and errno has a value in Go's tables or the vendored headers "
          f"(none for: {unchecked})")
    print(f"---- {len(unmatched) - len(unchecked)} syscalls newer than Go's table, checked by reference_test.py only")

    errno_tsv = (root / "tools" / "data" / os_name / "errno.tsv").read_text()
    differ = []
    for name, _, message in re.findall(r"^(E\w+)\t(\d+)\t(.*)$", errno_tsv, re.M):
        theirs = go_messages.get(name)
        if theirs is not None and theirs.lower() != message.lower():
            differ.append(f"{name}: ours {message!r}, Go {theirs!r}")
    for d in differ:
        print("     message", d)
    check(not differ, f"errno messages agree with Go's ({len(differ)} differ)")


def cxx(root):
    stand_in = [f"--target={arch}-linux-gnu", {"darwin": "-D__APPLE__=1", "freebsd": "-D__FreeBSD__=13"}[os_name]]
    for std in ("c++20", "gnu++20"):
        cmd = [tool("clang++"), *stand_in, "-U__linux__", "-U__linux", "-Ulinux", f"-std={std}", "-fsyntax-only",
               "-Wall", "-Wextra", "-Wpedantic", "-Wconversion", "-Wshadow", "-Werror", "-fno-exceptions", "-fno-rtti",
               "-I", str(root / "include"), str(root / "tests" / "bsd_header_test.cpp")]
        result = subprocess.run(cmd, capture_output=True, text=True)
        print(result.stderr, end="")
        check(result.returncode == 0, f"zcall.hpp for {platform}, -std={std}, warning-free")


if mode == "exports":
    exports(sys.argv[3], sys.argv[4], Path(sys.argv[5]), sys.argv[6:])
elif mode == "cxx":
    cxx(Path(sys.argv[3]))
else:
    go = Path(sys.argv[4])
    if not go.is_dir():
        print(f"SKIP: no golang.org/x/sys/unix at {go} (Debian: golang-golang-x-sys-dev)")
        sys.exit(77)
    values(Path(sys.argv[3]), go, sys.argv[5:])
print(f"{len(failures)} failed")
sys.exit(1 if failures else 0)
