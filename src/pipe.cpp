// SPDX-License-Identifier: MIT
// Pipes and moving data through them without copying it to user space.
#include "syscall.hpp"

using zcall::detail::sys;

#if defined(__linux__) || defined(__FreeBSD__)
zcall_ret zcall_pipe2(int fds[2], int flags) { return sys(ZCALL_SYS_pipe2, fds, flags); }
#endif
#if defined(__APPLE__)
// The kernel answers in two registers: nothing to store, so no pointer to fault on.
zcall_ret2 zcall_pipe(void) { return zcall_syscall4_r2(ZCALL_SYS_pipe, 0, 0, 0, 0); }
#endif

#if defined(__linux__)
#if !defined(ZCALL_SIX_IN_ASM)
zcall_ret zcall_splice(int fd_in, int64_t* off_in, int fd_out, int64_t* off_out, size_t len, unsigned int flags) {
  return sys(ZCALL_SYS_splice, fd_in, off_in, fd_out, off_out, len, flags);
}
#endif
zcall_ret zcall_tee(int fd_in, int fd_out, size_t len, unsigned int flags) {
  return sys(ZCALL_SYS_tee, fd_in, fd_out, len, flags);
}
zcall_ret zcall_vmsplice(int fd, const zcall_iovec* iov, size_t nr_segs, unsigned int flags) {
  return sys(ZCALL_SYS_vmsplice, fd, iov, nr_segs, flags);
}
#endif
