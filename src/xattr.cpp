// SPDX-License-Identifier: MIT
// Extended attributes: of a path, of a symlink itself (l), of an open file (f).
#include "syscall.hpp"

using zcall::detail::sys;

zcall_ret zcall_fgetxattr(int fd, const char* name, void* value, size_t size) {
  return sys(ZCALL_SYS_fgetxattr, fd, name, value, size);
}
zcall_ret zcall_flistxattr(int fd, char* list, size_t size) { return sys(ZCALL_SYS_flistxattr, fd, list, size); }
zcall_ret zcall_fremovexattr(int fd, const char* name) { return sys(ZCALL_SYS_fremovexattr, fd, name); }
zcall_ret zcall_fsetxattr(int fd, const char* name, const void* value, size_t size, int flags) {
  return sys(ZCALL_SYS_fsetxattr, fd, name, value, size, flags);
}
zcall_ret zcall_getxattr(const char* path, const char* name, void* value, size_t size) {
  return sys(ZCALL_SYS_getxattr, path, name, value, size);
}
zcall_ret zcall_lgetxattr(const char* path, const char* name, void* value, size_t size) {
  return sys(ZCALL_SYS_lgetxattr, path, name, value, size);
}
zcall_ret zcall_listxattr(const char* path, char* list, size_t size) {
  return sys(ZCALL_SYS_listxattr, path, list, size);
}
zcall_ret zcall_llistxattr(const char* path, char* list, size_t size) {
  return sys(ZCALL_SYS_llistxattr, path, list, size);
}
zcall_ret zcall_lremovexattr(const char* path, const char* name) { return sys(ZCALL_SYS_lremovexattr, path, name); }
zcall_ret zcall_lsetxattr(const char* path, const char* name, const void* value, size_t size, int flags) {
  return sys(ZCALL_SYS_lsetxattr, path, name, value, size, flags);
}
zcall_ret zcall_removexattr(const char* path, const char* name) { return sys(ZCALL_SYS_removexattr, path, name); }
zcall_ret zcall_setxattr(const char* path, const char* name, const void* value, size_t size, int flags) {
  return sys(ZCALL_SYS_setxattr, path, name, value, size, flags);
}

// At a path relative to a directory, with AT_ flags.
#if !defined(ZCALL_SIX_IN_ASM)
zcall_ret zcall_setxattrat(int dirfd, const char* path, unsigned int at_flags, const char* name,
                           const zcall_xattr_args* args, size_t size) {
  return sys(ZCALL_SYS_setxattrat, dirfd, path, at_flags, name, args, size);
}
zcall_ret zcall_getxattrat(int dirfd, const char* path, unsigned int at_flags, const char* name, zcall_xattr_args* args,
                           size_t size) {
  return sys(ZCALL_SYS_getxattrat, dirfd, path, at_flags, name, args, size);
}
#endif
zcall_ret zcall_listxattrat(int dirfd, const char* path, unsigned int at_flags, char* list, size_t size) {
  return sys(ZCALL_SYS_listxattrat, dirfd, path, at_flags, list, size);
}
zcall_ret zcall_removexattrat(int dirfd, const char* path, unsigned int at_flags, const char* name) {
  return sys(ZCALL_SYS_removexattrat, dirfd, path, at_flags, name);
}
