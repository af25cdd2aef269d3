// SPDX-License-Identifier: MIT
// The calls the Linux vDSO answers without a trap, and where zcall keeps the
// addresses it found for them: one word per call, the only state zcall has.
// A word is 0 until the vDSO has been looked for, then absent or the address.
// Every write stores the same answer, so racing first calls agree; a reader
// needs no lock, only an acquiring load (src/vdso.cpp finds the image).
#ifndef ZCALL_SRC_VDSO_HPP
#define ZCALL_SRC_VDSO_HPP

#include "syscall.hpp"

namespace zcall::detail::vdso {

enum call : unsigned { clock_gettime, clock_getres, gettimeofday, time, getcpu, calls };

inline constexpr uintptr_t unknown = 0, absent = 1;

[[gnu::visibility("hidden")]] extern uintptr_t found[calls];

// Looks for the vDSO (once per process, unless it is pointed elsewhere) and returns found[c].
uintptr_t first_use(call c);

// The address of c in the vDSO, as type F, or null where the vDSO lacks it.
template <class F>
[[gnu::always_inline]] inline F find(call c) {
  uintptr_t at = __atomic_load_n(&found[c], __ATOMIC_ACQUIRE);
  if (at <= absent) [[unlikely]] {
    if (at == absent) return nullptr;
    at = first_use(c);
    if (at == absent) return nullptr;
  }
  return reinterpret_cast<F>(at);
}

// Whether p, size bytes, lies where the kernel would accept a user pointer:
// not in the first 64 KiB (mmap_min_addr keeps them unmapped) and below the
// end of user space. A pointer outside goes to the trap, which answers EFAULT
// as the kernel does; code in the vDSO would fault on it instead. This only
// chooses the path: the trap is right for any pointer.
inline bool in_user_space(const void* p, uintptr_t size) {
#if defined(__aarch64__)
  constexpr uintptr_t end = uintptr_t{1} << 48;
#else
  constexpr uintptr_t end = (uintptr_t{1} << 47) - 4096;  // x86_64's TASK_SIZE_MAX; riscv64 and loongarch64 lie below
#endif
  constexpr uintptr_t lowest = 65536;
  return reinterpret_cast<uintptr_t>(p) - lowest <= end - lowest - size;
}

// The same, for a pointer the call also accepts as null.
inline bool null_or_in_user_space(const void* p, uintptr_t size) { return !p || in_user_space(p, size); }

// A vDSO function's int result, 0 or -errno, as a zcall_ret.
inline zcall_ret result(long r) {
  if (r < 0) return {~uintptr_t{0}, static_cast<uintptr_t>(-r)};
  return {static_cast<uintptr_t>(r), 0};
}

}  // namespace zcall::detail::vdso

#endif
