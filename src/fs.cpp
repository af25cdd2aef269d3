// SPDX-License-Identifier: MIT
// Files and directories, and the process's working directory, root and umask.
#include "syscall.hpp"

using zcall::detail::sys;

#if !defined(ZCALL_SIX_IN_ASM)
zcall_ret zcall_copy_file_range(int fd_in, int64_t* off_in, int fd_out, int64_t* off_out, size_t len,
                                unsigned int flags) {
  return sys(ZCALL_SYS_copy_file_range, fd_in, off_in, fd_out, off_out, len, flags);
}
#endif
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
#if defined(__powerpc64__)
  // powerpc has sync_file_range2 alone, with flags second (arch/powerpc/kernel/syscalls/syscall.tbl).
  return sys(ZCALL_SYS_sync_file_range2, fd, flags, offset, nbytes);
#else
  return sys(ZCALL_SYS_sync_file_range, fd, offset, nbytes, flags);
#endif
}
zcall_ret zcall_unlinkat(int dirfd, const char* path, int flags) { return sys(ZCALL_SYS_unlinkat, dirfd, path, flags); }
zcall_ret zcall_close_range(unsigned int fd, unsigned int max_fd, unsigned int flags) {
  return sys(ZCALL_SYS_close_range, fd, max_fd, flags);
}
zcall_ret zcall_dup(int oldfd) { return sys(ZCALL_SYS_dup, oldfd); }
zcall_ret zcall_faccessat(int dirfd, const char* path, int mode) { return sys(ZCALL_SYS_faccessat, dirfd, path, mode); }
zcall_ret zcall_faccessat2(int dirfd, const char* path, int mode, int flags) {
  return sys(ZCALL_SYS_faccessat2, dirfd, path, mode, flags);
}
zcall_ret zcall_fadvise64(int fd, int64_t offset, int64_t len, int advice) {
  return sys(ZCALL_SYS_fadvise64, fd, offset, len, advice);
}
zcall_ret zcall_fchmod(int fd, unsigned int mode) { return sys(ZCALL_SYS_fchmod, fd, mode); }
zcall_ret zcall_fchmodat(int dirfd, const char* path, unsigned int mode) {
  return sys(ZCALL_SYS_fchmodat, dirfd, path, mode);
}
zcall_ret zcall_fchmodat2(int dirfd, const char* path, unsigned int mode, unsigned int flags) {
  return sys(ZCALL_SYS_fchmodat2, dirfd, path, mode, flags);
}
zcall_ret zcall_fchown(int fd, uint32_t owner, uint32_t group) { return sys(ZCALL_SYS_fchown, fd, owner, group); }
zcall_ret zcall_fchownat(int dirfd, const char* path, uint32_t owner, uint32_t group, int flags) {
  return sys(ZCALL_SYS_fchownat, dirfd, path, owner, group, flags);
}
zcall_ret zcall_flock(int fd, unsigned int operation) { return sys(ZCALL_SYS_flock, fd, operation); }
zcall_ret zcall_fstatfs(int fd, struct zcall_statfs* buf) { return sys(ZCALL_SYS_fstatfs, fd, buf); }
zcall_ret zcall_getdents64(int fd, void* dirp, unsigned int count) {
  return sys(ZCALL_SYS_getdents64, fd, dirp, count);
}
zcall_ret zcall_linkat(int olddirfd, const char* oldpath, int newdirfd, const char* newpath, int flags) {
  return sys(ZCALL_SYS_linkat, olddirfd, oldpath, newdirfd, newpath, flags);
}
zcall_ret zcall_mknodat(int dirfd, const char* path, unsigned int mode, unsigned int dev) {
  return sys(ZCALL_SYS_mknodat, dirfd, path, mode, dev);
}
zcall_ret zcall_name_to_handle_at(int dirfd, const char* path, zcall_file_handle* handle, int* mount_id, int flags) {
  return sys(ZCALL_SYS_name_to_handle_at, dirfd, path, handle, mount_id, flags);
}
zcall_ret zcall_newfstatat(int dirfd, const char* path, zcall_stat* statbuf, int flags) {
  return sys(ZCALL_SYS_newfstatat, dirfd, path, statbuf, flags);
}
zcall_ret zcall_open_by_handle_at(int mount_fd, zcall_file_handle* handle, int flags) {
  return sys(ZCALL_SYS_open_by_handle_at, mount_fd, handle, flags);
}
zcall_ret zcall_readahead(int fd, int64_t offset, size_t count) { return sys(ZCALL_SYS_readahead, fd, offset, count); }
zcall_ret zcall_readlinkat(int dirfd, const char* path, char* buf, int bufsiz) {
  return sys(ZCALL_SYS_readlinkat, dirfd, path, buf, bufsiz);
}
zcall_ret zcall_statfs(const char* path, struct zcall_statfs* buf) { return sys(ZCALL_SYS_statfs, path, buf); }
zcall_ret zcall_symlinkat(const char* target, int newdirfd, const char* linkpath) {
  return sys(ZCALL_SYS_symlinkat, target, newdirfd, linkpath);
}
zcall_ret zcall_sync(void) { return sys(ZCALL_SYS_sync); }
zcall_ret zcall_syncfs(int fd) { return sys(ZCALL_SYS_syncfs, fd); }
zcall_ret zcall_truncate(const char* path, int64_t length) { return sys(ZCALL_SYS_truncate, path, length); }
zcall_ret zcall_utimensat(int dirfd, const char* path, const zcall_timespec* times, int flags) {
  return sys(ZCALL_SYS_utimensat, dirfd, path, times, flags);
}

zcall_ret zcall_file_getattr(int dirfd, const char* path, zcall_file_attr* attr, size_t size, unsigned int at_flags) {
  return sys(ZCALL_SYS_file_getattr, dirfd, path, attr, size, at_flags);
}
zcall_ret zcall_file_setattr(int dirfd, const char* path, zcall_file_attr* attr, size_t size, unsigned int at_flags) {
  return sys(ZCALL_SYS_file_setattr, dirfd, path, attr, size, at_flags);
}
zcall_ret zcall_cachestat(int fd, const zcall_cachestat_range* range, struct zcall_cachestat* cstat,
                          unsigned int flags) {
  return sys(ZCALL_SYS_cachestat, fd, range, cstat, flags);
}

// The working directory, root and file mode mask: the calling process's own.
zcall_ret zcall_chdir(const char* path) { return sys(ZCALL_SYS_chdir, path); }
zcall_ret zcall_chroot(const char* path) { return sys(ZCALL_SYS_chroot, path); }
zcall_ret zcall_fchdir(int fd) { return sys(ZCALL_SYS_fchdir, fd); }
zcall_ret zcall_getcwd(char* buf, size_t size) { return sys(ZCALL_SYS_getcwd, buf, size); }
zcall_ret zcall_umask(unsigned int mask) { return sys(ZCALL_SYS_umask, mask); }
