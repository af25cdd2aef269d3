// SPDX-License-Identifier: MIT
// Futexes: the multiplexer futex and helpers named for its common operations; the futex2 calls.
#include "syscall.hpp"

using zcall::detail::sys;

#if !defined(ZCALL_SIX_IN_ASM)
zcall_ret zcall_futex(uint32_t* uaddr, int op, uint32_t val, const zcall_timespec* timeout, uint32_t* uaddr2,
                      uint32_t val3) {
  return sys(ZCALL_SYS_futex, uaddr, op, val, timeout, uaddr2, val3);
}
#endif
zcall_ret zcall_futex_op_wait(uint32_t* uaddr, uint32_t val, const zcall_timespec* timeout) {
  return sys(ZCALL_SYS_futex, uaddr, ZCALL_FUTEX_WAIT, val, timeout);
}
zcall_ret zcall_futex_op_wait_private(uint32_t* uaddr, uint32_t val, const zcall_timespec* timeout) {
  return sys(ZCALL_SYS_futex, uaddr, ZCALL_FUTEX_WAIT_PRIVATE, val, timeout);
}
zcall_ret zcall_futex_op_wake(uint32_t* uaddr, uint32_t n) { return sys(ZCALL_SYS_futex, uaddr, ZCALL_FUTEX_WAKE, n); }
zcall_ret zcall_futex_op_wake_private(uint32_t* uaddr, uint32_t n) {
  return sys(ZCALL_SYS_futex, uaddr, ZCALL_FUTEX_WAKE_PRIVATE, n);
}
zcall_ret zcall_futex_waitv(struct zcall_futex_waitv* waiters, unsigned int nr_futexes, unsigned int flags,
                            const zcall_timespec* timeout, int clockid) {
  return sys(ZCALL_SYS_futex_waitv, waiters, nr_futexes, flags, timeout, clockid);
}
zcall_ret zcall_futex_wake(void* uaddr, unsigned long mask, int nr, unsigned int flags) {
  return sys(ZCALL_SYS_futex_wake, uaddr, mask, nr, flags);
}
#if !defined(ZCALL_SIX_IN_ASM)
zcall_ret zcall_futex_wait(void* uaddr, unsigned long val, unsigned long mask, unsigned int flags,
                           const zcall_timespec* timeout, int clockid) {
  return sys(ZCALL_SYS_futex_wait, uaddr, val, mask, flags, timeout, clockid);
}
#endif
zcall_ret zcall_futex_requeue(struct zcall_futex_waitv* waiters, unsigned int flags, int nr_wake, int nr_requeue) {
  return sys(ZCALL_SYS_futex_requeue, waiters, flags, nr_wake, nr_requeue);
}
