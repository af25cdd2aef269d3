// SPDX-License-Identifier: MIT
// io_uring's three system calls; the rings themselves are shared memory, see examples/.
#include "syscall.hpp"

using zcall::detail::sys;

#if !defined(ZCALL_SIX_IN_ASM)
zcall_ret zcall_io_uring_enter(int fd, unsigned int to_submit, unsigned int min_complete, unsigned int flags,
                               const void* arg, size_t argsz) {
  return sys(ZCALL_SYS_io_uring_enter, fd, to_submit, min_complete, flags, arg, argsz);
}
#endif
zcall_ret zcall_io_uring_register(int fd, unsigned int opcode, const void* arg, unsigned int nr_args) {
  return sys(ZCALL_SYS_io_uring_register, fd, opcode, arg, nr_args);
}
zcall_ret zcall_io_uring_setup(unsigned int entries, zcall_io_uring_params* params) {
  return sys(ZCALL_SYS_io_uring_setup, entries, params);
}
