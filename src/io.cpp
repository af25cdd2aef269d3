// SPDX-License-Identifier: MIT
// Basic and vectored I/O on file descriptors.
#include "syscall.hpp"

using zcall::detail::hi;
using zcall::detail::sys;

zcall_ret zcall_close(int fd) { return sys(ZCALL_SYS_close, fd); }
zcall_ret zcall_fcntl(int fd, int cmd, uintptr_t arg) { return sys(ZCALL_SYS_fcntl, fd, cmd, arg); }
zcall_ret zcall_read(int fd, void* buf, size_t count) { return sys(ZCALL_SYS_read, fd, buf, count); }
zcall_ret zcall_readv(int fd, const zcall_iovec* iov, int iovcnt) { return sys(ZCALL_SYS_readv, fd, iov, iovcnt); }
zcall_ret zcall_write(int fd, const void* buf, size_t count) { return sys(ZCALL_SYS_write, fd, buf, count); }
zcall_ret zcall_writev(int fd, const zcall_iovec* iov, int iovcnt) { return sys(ZCALL_SYS_writev, fd, iov, iovcnt); }

// Linux takes the offset as two words, low then high, and a 64-bit kernel
// reads only the low one; a 64-bit BSD kernel takes it in one register.
zcall_ret zcall_preadv(int fd, const zcall_iovec* iov, int iovcnt, int64_t offset) {
#if defined(__linux__)
  return sys(ZCALL_SYS_preadv, fd, iov, iovcnt, offset, hi(offset));
#else
  return sys(ZCALL_SYS_preadv, fd, iov, iovcnt, offset);
#endif
}
zcall_ret zcall_pwritev(int fd, const zcall_iovec* iov, int iovcnt, int64_t offset) {
#if defined(__linux__)
  return sys(ZCALL_SYS_pwritev, fd, iov, iovcnt, offset, hi(offset));
#else
  return sys(ZCALL_SYS_pwritev, fd, iov, iovcnt, offset);
#endif
}

#if defined(__linux__)
zcall_ret zcall_dup3(int oldfd, int newfd, int flags) { return sys(ZCALL_SYS_dup3, oldfd, newfd, flags); }
zcall_ret zcall_ioctl(int fd, unsigned long request, uintptr_t arg) { return sys(ZCALL_SYS_ioctl, fd, request, arg); }
zcall_ret zcall_lseek(int fd, int64_t offset, int whence) { return sys(ZCALL_SYS_lseek, fd, offset, whence); }
zcall_ret zcall_pread64(int fd, void* buf, size_t count, int64_t offset) {
  return sys(ZCALL_SYS_pread64, fd, buf, count, offset);
}
#if !defined(ZCALL_SIX_IN_ASM)
zcall_ret zcall_preadv2(int fd, const zcall_iovec* iov, int iovcnt, int64_t offset, int flags) {
  return sys(ZCALL_SYS_preadv2, fd, iov, iovcnt, offset, hi(offset), flags);
}
#endif
zcall_ret zcall_pwrite64(int fd, const void* buf, size_t count, int64_t offset) {
  return sys(ZCALL_SYS_pwrite64, fd, buf, count, offset);
}
#if !defined(ZCALL_SIX_IN_ASM)
zcall_ret zcall_pwritev2(int fd, const zcall_iovec* iov, int iovcnt, int64_t offset, int flags) {
  return sys(ZCALL_SYS_pwritev2, fd, iov, iovcnt, offset, hi(offset), flags);
}
#endif
#endif
