// SPDX-License-Identifier: MIT
// What every wrapper in src/ is made of: one number-last raw entry, chosen by
// arity, and each argument turned into the word the kernel reads. At -O2 a
// wrapper is its argument moves and a tail jump into the entry.
#ifndef ZCALL_SRC_SYSCALL_HPP
#define ZCALL_SRC_SYSCALL_HPP

#include <zcall/zcall.h>

namespace zcall::detail {

// Integers widen as the C ABI widens them (an int fd sign-extends); pointers pass their address.
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
  static_assert(sizeof...(A) <= 6, "the kernel takes at most six arguments");
  if constexpr (sizeof...(A) == 0)
    return zcall_raw0(nr);
  else if constexpr (sizeof...(A) == 1)
    return zcall_raw1(word(a)..., nr);
  else if constexpr (sizeof...(A) == 2)
    return zcall_raw2(word(a)..., nr);
  else if constexpr (sizeof...(A) == 3)
    return zcall_raw3(word(a)..., nr);
  else if constexpr (sizeof...(A) == 4)
    return zcall_raw4(word(a)..., nr);
  else if constexpr (sizeof...(A) == 5)
    return zcall_raw5(word(a)..., nr);
  else
    return zcall_raw6(word(a)..., nr);
}

}  // namespace zcall::detail

#endif
