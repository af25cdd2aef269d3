// SPDX-License-Identifier: MIT
// What every wrapper in src/ is made of: each argument turned into the word
// the kernel reads, then the number-last entry of that many arguments
// (nr_last_entry, <zcall/detail/nr_last.hpp>). At -O2 a wrapper is an
// immediate move of the number and a tail jump into the entry, which
// tests/library_test.py checks (every wrapper on x86_64, those of six words on
// the other Linux architectures). sys() calls nr_last_entry itself:
// through one more inline function, g++ 12 calls the entry and returns
// instead of jumping to it.
#ifndef ZCALL_SRC_SYSCALL_HPP
#define ZCALL_SRC_SYSCALL_HPP

#include <zcall/zcall.h>

#include <zcall/detail/nr_last.hpp>

// On x86_64 the number of a call of six words would be a seventh argument, on
// the stack, and each such wrapper a frame and a call: there they are entries of
// their own instead (ZCALL_SIX in asm/asm.h, one table line each in
// asm/<platform>.S), and src/ defines them only #if !defined(ZCALL_SIX_IN_ASM).
// The other architectures have a register for a seventh argument.
#if defined(__x86_64__)
#define ZCALL_SIX_IN_ASM 1
#endif

namespace zcall::detail {

// Integers widen as the C ABI widens them; pointers pass their address.
template <class T>
inline uintptr_t word(T v) {
  return static_cast<uintptr_t>(v);
}

template <class T>
inline uintptr_t word(T* p) {
  return reinterpret_cast<uintptr_t>(p);
}

inline uintptr_t word(decltype(nullptr)) { return 0; }

// The high word of a 64-bit offset, for calls that take an offset as two words (low, high).
inline uintptr_t hi(int64_t offset) { return static_cast<uintptr_t>(static_cast<uint64_t>(offset) >> 32); }

template <class... A>
[[gnu::always_inline]] inline zcall_ret sys(uintptr_t nr, A... a) {
  return nr_last_entry(word(a)..., nr);
}

// A call whose first argument is an int, the descriptor of nearly every call,
// passes it unwidened: the kernel reads an int argument's low 32 bits only
// (SYSCALL_DEFINE casts each argument to its declared type, and where a
// descriptor is declared unsigned long, as for readv and mmap, the descriptor
// lookup takes an unsigned int). The BSD kernels copy each argument into a
// struct field of its declared width, with the same effect.
template <class... A>
[[gnu::always_inline]] inline zcall_ret sys(uintptr_t nr, int a1, A... a) {
  return nr_last_entry(a1, word(a)..., nr);
}

}  // namespace zcall::detail

#endif
