#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Turn an object file's machine code into a C++ header, for tests/emulated_test.cpp.

    tools/embed_object.py OBJECT HEADER NAMESPACE

Reads a 64-bit little-endian Mach-O or ELF relocatable object, lays its
executable sections end to end, and writes HEADER with the bytes (`code`) and
each exported symbol's offset into them (`symbols`, of emulated_code::symbol;
Mach-O's leading underscore dropped), in namespace emulated_code::NAMESPACE.

The emulator loads the bytes as they are, with no linker in between, so any
relocation against an executable section is an error: the code must already
be position-independent and self-contained.
"""
import struct
import sys
from pathlib import Path


class ObjectError(Exception):
    pass


def macho(data):
    """(sections, symbols): sections as [(index, addr, bytes)], symbols as {name: (index, value)}."""
    filetype, ncmds = struct.unpack_from("<II", data, 12)
    if filetype != 1:  # MH_OBJECT
        raise ObjectError(f"Mach-O file type {filetype}, not an object")
    sections, code, symbols = [], {}, {}
    at = 32  # sizeof(mach_header_64)
    for _ in range(ncmds):
        cmd, cmdsize = struct.unpack_from("<II", data, at)
        if cmd == 0x19:  # LC_SEGMENT_64
            nsects = struct.unpack_from("<I", data, at + 64)[0]
            for i in range(nsects):
                s = at + 72 + 80 * i
                name = data[s:s + 16].rstrip(b"\0").decode()
                addr, size, offset, _, _, nreloc, flags = struct.unpack_from("<QQIIIII", data, s + 32)
                sections.append(name)
                # S_ATTR_PURE_INSTRUCTIONS or S_ATTR_SOME_INSTRUCTIONS: code.
                if flags & 0x80000400:
                    if nreloc:
                        raise ObjectError(f"section {name} has {nreloc} relocations")
                    code[len(sections)] = (addr, data[offset:offset + size])
        elif cmd == 0x2:  # LC_SYMTAB
            symoff, nsyms, stroff, _ = struct.unpack_from("<IIII", data, at + 8)
            for i in range(nsyms):
                strx, ntype, nsect, _, value = struct.unpack_from("<IBBHQ", data, symoff + 16 * i)
                # N_EXT and N_SECT: defined here and exported.
                if ntype & 0x01 and ntype & 0x0E == 0x0E:
                    name = data[stroff + strx:data.index(b"\0", stroff + strx)].decode()
                    symbols[name.removeprefix("_")] = (nsect, value)
        at += cmdsize
    # Section addresses in an object are already laid out end to end: keep them.
    return [(i, addr, body) for i, (addr, body) in code.items()], symbols


def elf(data):
    if data[4] != 2 or data[5] != 1:
        raise ObjectError("not a 64-bit little-endian ELF file")
    etype = struct.unpack_from("<H", data, 16)[0]
    if etype != 1:  # ET_REL
        raise ObjectError(f"ELF type {etype}, not an object")
    shoff, = struct.unpack_from("<Q", data, 40)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 58)
    headers = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + shentsize * i) for i in range(shnum)]
    strtab = headers[shstrndx]

    def name(table, at):
        start = table[4] + at
        return data[start:data.index(b"\0", start)].decode()

    code, symbols = [], {}
    next_addr = 0
    for i, (sh_name, sh_type, flags, _, offset, size, _, _, align, _) in enumerate(headers):
        # SHT_PROGBITS with SHF_ALLOC and SHF_EXECINSTR: code.
        if sh_type == 1 and flags & 0x6 == 0x6 and size:
            next_addr = -(-next_addr // max(align, 1)) * max(align, 1)
            code.append((i, next_addr, data[offset:offset + size]))
            next_addr += size
    placed = {i for i, _, _ in code}
    for _, sh_type, _, _, offset, size, link, info, _, entsize in headers:
        if sh_type in (4, 9) and info in placed and size:  # SHT_RELA, SHT_REL
            raise ObjectError(f"section {name(strtab, headers[info][0])} has {size // entsize} relocations")
        if sh_type == 2:  # SHT_SYMTAB
            for at in range(offset, offset + size, entsize):
                st_name, st_info, _, st_shndx, st_value, _ = struct.unpack_from("<IBBHQQ", data, at)
                if st_info >> 4 == 1 and st_shndx in placed:  # STB_GLOBAL, defined in code
                    symbols[name(headers[link], st_name)] = (st_shndx, st_value)
    return code, symbols


def embed(path, namespace):
    data = Path(path).read_bytes()
    if data[:4] == b"\xcf\xfa\xed\xfe":  # MH_MAGIC_64, little-endian
        kind, (sections, symbols) = "Mach-O", macho(data)
    elif data[:4] == b"\x7fELF":
        kind, (sections, symbols) = "ELF", elf(data)
    else:
        raise ObjectError("neither a 64-bit Mach-O nor an ELF file")
    if not sections or not symbols:
        raise ObjectError("no code, or no exported symbol in it")
    base = min(addr for _, addr, _ in sections)
    image = bytearray(max(addr + len(body) for _, addr, body in sections) - base)
    where = {}
    for i, addr, body in sections:
        image[addr - base:addr - base + len(body)] = body
        where[i] = addr - base
    offsets = sorted((where[i] + value, name) for name, (i, value) in symbols.items())

    lines = [
        f"// Generated by tools/embed_object.py from {Path(path).name} ({kind}); do not edit.",
        "#pragma once",
        "#include <cstddef>",
        "",
        "#ifndef EMULATED_CODE_SYMBOL",
        "#define EMULATED_CODE_SYMBOL",
        "namespace emulated_code {",
        "struct symbol {",
        "  const char* name;",
        "  std::size_t offset;",
        "};",
        "}  // namespace emulated_code",
        "#endif",
        "",
        f"namespace emulated_code::{namespace} {{",
        "",
        "inline constexpr unsigned char code[] = {",
    ]
    for at in range(0, len(image), 16):
        lines.append("    " + " ".join(f"0x{b:02x}," for b in image[at:at + 16]))
    lines += ["};", "", "inline constexpr symbol symbols[] = {"]
    lines += [f'    {{"{name}", 0x{offset:x}}},' for offset, name in offsets]
    lines += ["};", "", "}  // namespace emulated_code::" + namespace, ""]
    return "\n".join(lines)


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    obj, header, namespace = sys.argv[1:]
    try:
        text = embed(obj, namespace)
    except (ObjectError, struct.error, ValueError, IndexError) as e:
        sys.exit(f"{sys.argv[0]}: {obj}: {e}")
    Path(header).write_text(text)


if __name__ == "__main__":
    main()
