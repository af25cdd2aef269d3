// SPDX-License-Identifier: MIT
// Futexes: the raw multiplexer, named helpers for its common operations, and futex_waitv.
#include "syscall.hpp"

using zcall::detail::sys;

zcall_ret zcall_futex(uint32_t* uaddr, int op, uint32_t val, const zcall_timespec* timeout, uint32_t* uaddr2,
                      uint32_t val3) {
  return sys(ZCALL_SYS_futex, uaddr, op, val, timeout, uaddr2, val3);
}
zcall_ret zcall_futex_wait(uint32_t* uaddr, uint32_t val, const zcall_timespec* timeout) {
  return sys(ZCALL_SYS_futex, uaddr, ZCALL_FUTEX_WAIT, val, timeout);
}
zcall_ret zcall_futex_wait_private(uint32_t* uaddr, uint32_t val, const zcall_timespec* timeout) {
  return sys(ZCALL_SYS_futex, uaddr, ZCALL_FUTEX_WAIT_PRIVATE, val, timeout);
}
zcall_ret zcall_futex_wake(uint32_t* uaddr, uint32_t n) { return sys(ZCALL_SYS_futex, uaddr, ZCALL_FUTEX_WAKE, n); }
zcall_ret zcall_futex_wake_private(uint32_t* uaddr, uint32_t n) {
  return sys(ZCALL_SYS_futex, uaddr, ZCALL_FUTEX_WAKE_PRIVATE, n);
}
zcall_ret zcall_futex_waitv(struct zcall_futex_waitv* waiters, unsigned int nr_futexes, unsigned int flags,
                            const zcall_timespec* timeout, int clockid) {
  return sys(ZCALL_SYS_futex_waitv, waiters, nr_futexes, flags, timeout, clockid);
}
