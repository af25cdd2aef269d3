// SPDX-License-Identifier: MIT
// Files and directories.
#include "syscall.hpp"

using zcall::detail::sys;

zcall_ret zcall_copy_file_range(int fd_in, int64_t* off_in, int fd_out, int64_t* off_out, size_t len,
                                unsigned int flags) {
  return sys(ZCALL_SYS_copy_file_range, fd_in, off_in, fd_out, off_out, len, flags);
}
zcall_ret zcall_fallocate(int fd, int mode, int64_t offset, int64_t len) {
  return sys(ZCALL_SYS_fallocate, fd, mode, offset, len);
}
zcall_ret zcall_fdatasync(int fd) { return sys(ZCALL_SYS_fdatasync, fd); }
zcall_ret zcall_fstat(int fd, zcall_stat* statbuf) { return sys(ZCALL_SYS_fstat, fd, statbuf); }
zcall_ret zcall_fsync(int fd) { return sys(ZCALL_SYS_fsync, fd); }
zcall_ret zcall_ftruncate(int fd, int64_t length) { return sys(ZCALL_SYS_ftruncate, fd, length); }
zcall_ret zcall_mkdirat(int dirfd, const char* path, unsigned int mode) {
  return sys(ZCALL_SYS_mkdirat, dirfd, path, mode);
}
zcall_ret zcall_openat(int dirfd, const char* path, int flags, unsigned int mode) {
  return sys(ZCALL_SYS_openat, dirfd, path, flags, mode);
}
zcall_ret zcall_openat2(int dirfd, const char* path, const zcall_open_how* how, size_t size) {
  return sys(ZCALL_SYS_openat2, dirfd, path, how, size);
}
zcall_ret zcall_renameat2(int olddirfd, const char* oldpath, int newdirfd, const char* newpath, unsigned int flags) {
  return sys(ZCALL_SYS_renameat2, olddirfd, oldpath, newdirfd, newpath, flags);
}
zcall_ret zcall_sendfile(int out_fd, int in_fd, int64_t* offset, size_t count) {
  return sys(ZCALL_SYS_sendfile, out_fd, in_fd, offset, count);
}
zcall_ret zcall_statx(int dirfd, const char* path, int flags, unsigned int mask, struct zcall_statx* buf) {
  return sys(ZCALL_SYS_statx, dirfd, path, flags, mask, buf);
}
zcall_ret zcall_sync_file_range(int fd, int64_t offset, int64_t nbytes, unsigned int flags) {
  return sys(ZCALL_SYS_sync_file_range, fd, offset, nbytes, flags);
}
zcall_ret zcall_unlinkat(int dirfd, const char* path, int flags) { return sys(ZCALL_SYS_unlinkat, dirfd, path, flags); }
