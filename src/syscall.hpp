// SPDX-License-Identifier: MIT
// What every wrapper in src/ is made of: one number-last raw entry, chosen by
// arity, and each argument turned into the word the kernel reads. At -O2 a
// wrapper is an immediate move of the number and a tail jump into the entry.
#ifndef ZCALL_SRC_SYSCALL_HPP
#define ZCALL_SRC_SYSCALL_HPP

#include <zcall/zcall.h>

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

// The same entries declared with an int first argument, the descriptor of
// nearly every call, so that it reaches the kernel as the C ABI left it in its
// register instead of being widened first: the kernel reads an int argument's
// low 32 bits only (SYSCALL_DEFINE casts each argument to its declared type,
// and where a descriptor is declared unsigned long, as for readv and mmap,
// the descriptor lookup takes an unsigned int). The BSD kernels copy each
// argument into a struct field of its declared width, with the same effect.
#define ZCALL_STRINGIFY(x) #x
#define ZCALL_SYMBOL(prefix, name) ZCALL_STRINGIFY(prefix) name
zcall_ret raw1_int(int, uintptr_t) __asm__(ZCALL_SYMBOL(__USER_LABEL_PREFIX__, "zcall_raw1"));
zcall_ret raw2_int(int, uintptr_t, uintptr_t) __asm__(ZCALL_SYMBOL(__USER_LABEL_PREFIX__, "zcall_raw2"));
zcall_ret raw3_int(int, uintptr_t, uintptr_t, uintptr_t) __asm__(ZCALL_SYMBOL(__USER_LABEL_PREFIX__, "zcall_raw3"));
zcall_ret raw4_int(int, uintptr_t, uintptr_t, uintptr_t,
                   uintptr_t) __asm__(ZCALL_SYMBOL(__USER_LABEL_PREFIX__, "zcall_raw4"));
zcall_ret raw5_int(int, uintptr_t, uintptr_t, uintptr_t, uintptr_t,
                   uintptr_t) __asm__(ZCALL_SYMBOL(__USER_LABEL_PREFIX__, "zcall_raw5"));
zcall_ret raw6_int(int, uintptr_t, uintptr_t, uintptr_t, uintptr_t, uintptr_t,
                   uintptr_t) __asm__(ZCALL_SYMBOL(__USER_LABEL_PREFIX__, "zcall_raw6"));

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

// A call whose first argument is an int: through the entries above.
template <class... A>
[[gnu::always_inline]] inline zcall_ret sys(uintptr_t nr, int a1, A... a) {
  static_assert(sizeof...(A) <= 5, "the kernel takes at most six arguments");
  if constexpr (sizeof...(A) == 0)
    return raw1_int(a1, nr);
  else if constexpr (sizeof...(A) == 1)
    return raw2_int(a1, word(a)..., nr);
  else if constexpr (sizeof...(A) == 2)
    return raw3_int(a1, word(a)..., nr);
  else if constexpr (sizeof...(A) == 3)
    return raw4_int(a1, word(a)..., nr);
  else if constexpr (sizeof...(A) == 4)
    return raw5_int(a1, word(a)..., nr);
  else
    return raw6_int(a1, word(a)..., nr);
}

}  // namespace zcall::detail

#endif
