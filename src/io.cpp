// SPDX-License-Identifier: MIT
// Basic and vectored I/O on file descriptors.
#include "syscall.hpp"

using zcall::detail::sys;

zcall_ret zcall_close(int fd) { return sys(ZCALL_SYS_close, fd); }
zcall_ret zcall_pipe2(int fds[2], int flags) { return sys(ZCALL_SYS_pipe2, fds, flags); }
zcall_ret zcall_read(int fd, void* buf, size_t count) { return sys(ZCALL_SYS_read, fd, buf, count); }
zcall_ret zcall_readv(int fd, const zcall_iovec* iov, int iovcnt) { return sys(ZCALL_SYS_readv, fd, iov, iovcnt); }
zcall_ret zcall_write(int fd, const void* buf, size_t count) { return sys(ZCALL_SYS_write, fd, buf, count); }
zcall_ret zcall_writev(int fd, const zcall_iovec* iov, int iovcnt) { return sys(ZCALL_SYS_writev, fd, iov, iovcnt); }
