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
[[gnu::cold]] uintptr_t first_use(call c);

// The first call, which looks for the vDSO and then calls wrapper again, or the trap.
template <call c, auto wrapper, class... A>
[[gnu::noinline, gnu::cold]] zcall_ret first_use_or_trap(uintptr_t nr, A... a) {
  if (__atomic_load_n(&found[c], __ATOMIC_ACQUIRE) == unknown && first_use(c) > absent) return wrapper(a...);
  return sys(nr, a...);
}

// The trap of nr with the n words kept[], which answer() saved for a retry.
template <unsigned n>
[[gnu::always_inline]] inline zcall_ret trap_kept(uintptr_t nr, const volatile uintptr_t* kept) {
  if constexpr (n == 1) return nr_last_entry(kept[0], nr);
  if constexpr (n == 2) return nr_last_entry(kept[0], kept[1], nr);
  if constexpr (n == 3) return nr_last_entry(kept[0], kept[1], kept[2], nr);
}

#if defined(__powerpc64__)
// asm/linux_ppc64.S: calls fn(a1, a2, a3) and turns an error reported the vDSO's way (cr0.SO set, r3 the
// positive errno) into -errno; a C function's -errno comes back as it is.
extern "C" [[gnu::visibility("hidden")]] long zcall_ppc64_vdso_call(uintptr_t a1, uintptr_t a2, uintptr_t a3,
                                                                    uintptr_t fn);
#endif

// Calls the vDSO's function at `at`, of type F, with a...: what it returns, an error as -errno.
template <class F, class... A>
[[gnu::always_inline]] inline long call_vdso(uintptr_t at, A... a) {
#if defined(__powerpc64__)
  const uintptr_t w[3] = {word(a)...};  // the unused trailing words are 0
  // As F returns it: an int result is read from r3's low word, as a C caller reads it.
  return static_cast<decltype(reinterpret_cast<F>(at)(a...))>(zcall_ppc64_vdso_call(w[0], w[1], w[2], at));
#else
  return reinterpret_cast<F>(at)(a...);
#endif
}

// The body of each wrapper of src/clock.cpp: call c of the vDSO, of type F,
// with a... if it has c and the pointers suit it (in_user_space), else trap
// nr; on the vDSO's -ENOSYS, trap too. The first call goes through
// first_use_or_trap, which then calls wrapper, the caller, again.
template <call c, auto wrapper, class F, class... A>
[[gnu::always_inline]] inline zcall_ret answer(uintptr_t nr, bool pointers_suit, A... a) {
  uintptr_t at = __atomic_load_n(&found[c], __ATOMIC_ACQUIRE);
  if (at > absent && pointers_suit) [[likely]] {
    // Copies on the stack for the rare retry: kept in callee-saved registers, the arguments would cost a frame.
    volatile uintptr_t kept[] = {word(a)...};
    long r = call_vdso<F>(at, a...);
    if (r >= 0) [[likely]]
      return {static_cast<uintptr_t>(r), 0};
    if (r != -ZCALL_ENOSYS) return {~uintptr_t{0}, static_cast<uintptr_t>(-r)};
    return trap_kept<sizeof...(A)>(nr, kept);
  }
  return first_use_or_trap<c, wrapper>(nr, a...);
}

// Whether p may go to the vDSO: not null, not in the first 64 KiB (which
// mmap_min_addr keeps unmapped) and not in the kernel's half of the address
// space (the top bit set). Those go to the trap, which answers EFAULT as the
// kernel does, where code in the vDSO would fault. One signed comparison; it
// only chooses the path, and the trap is right for any pointer.
inline bool in_user_space(const void* p) { return reinterpret_cast<intptr_t>(p) >= 65536; }

// The same, for a pointer the call also accepts as null.
inline bool null_or_in_user_space(const void* p) { return !p || in_user_space(p); }

}  // namespace zcall::detail::vdso

#endif
