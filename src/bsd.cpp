// SPDX-License-Identifier: MIT
// Darwin and FreeBSD: the calls of <zcall/posix.h> that are not sockets, and
// those of <zcall/bsd.h>. The sockets are in net.cpp, shared with Linux.
#include "syscall.hpp"

using zcall::detail::sys;

zcall_ret zcall_close(int fd) { return sys(ZCALL_SYS_close, fd); }
zcall_ret zcall_fcntl(int fd, int cmd, uintptr_t arg) { return sys(ZCALL_SYS_fcntl, fd, cmd, arg); }
zcall_ret zcall_getpid(void) { return sys(ZCALL_SYS_getpid); }
// A 64-bit BSD kernel takes the offset in one register.
zcall_ret zcall_preadv(int fd, const zcall_iovec* iov, int iovcnt, int64_t offset) {
  return sys(ZCALL_SYS_preadv, fd, iov, iovcnt, offset);
}
zcall_ret zcall_pwritev(int fd, const zcall_iovec* iov, int iovcnt, int64_t offset) {
  return sys(ZCALL_SYS_pwritev, fd, iov, iovcnt, offset);
}
zcall_ret zcall_read(int fd, void* buf, size_t count) { return sys(ZCALL_SYS_read, fd, buf, count); }
zcall_ret zcall_readv(int fd, const zcall_iovec* iov, int iovcnt) { return sys(ZCALL_SYS_readv, fd, iov, iovcnt); }
zcall_ret zcall_write(int fd, const void* buf, size_t count) { return sys(ZCALL_SYS_write, fd, buf, count); }
zcall_ret zcall_writev(int fd, const zcall_iovec* iov, int iovcnt) { return sys(ZCALL_SYS_writev, fd, iov, iovcnt); }

zcall_ret zcall_mmap(void* addr, size_t length, int prot, int flags, int fd, int64_t offset) {
  return sys(ZCALL_SYS_mmap, addr, length, prot, flags, fd, offset);
}
zcall_ret zcall_munmap(void* addr, size_t length) { return sys(ZCALL_SYS_munmap, addr, length); }

zcall_ret zcall_kqueue(void) { return sys(ZCALL_SYS_kqueue); }
zcall_ret zcall_kevent(int kq, const struct zcall_kevent* changelist, int nchanges, struct zcall_kevent* eventlist,
                       int nevents, const zcall_timespec* timeout) {
  return sys(ZCALL_SYS_kevent, kq, changelist, nchanges, eventlist, nevents, timeout);
}

#if defined(__APPLE__)
zcall_ret2 zcall_pipe(void) { return zcall_syscall4_r2(ZCALL_SYS_pipe, 0, 0, 0, 0); }
#else
zcall_ret zcall_pipe2(int fds[2], int flags) { return sys(ZCALL_SYS_pipe2, fds, flags); }
#endif
