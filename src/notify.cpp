// SPDX-License-Identifier: MIT
// Watching files: inotify and fanotify.
#include "syscall.hpp"

using zcall::detail::sys;

zcall_ret zcall_fanotify_init(unsigned int flags, unsigned int event_f_flags) {
  return sys(ZCALL_SYS_fanotify_init, flags, event_f_flags);
}
zcall_ret zcall_fanotify_mark(int fanotify_fd, unsigned int flags, uint64_t mask, int dirfd, const char* path) {
  return sys(ZCALL_SYS_fanotify_mark, fanotify_fd, flags, mask, dirfd, path);
}
zcall_ret zcall_inotify_add_watch(int fd, const char* path, uint32_t mask) {
  return sys(ZCALL_SYS_inotify_add_watch, fd, path, mask);
}
zcall_ret zcall_inotify_init1(int flags) { return sys(ZCALL_SYS_inotify_init1, flags); }
zcall_ret zcall_inotify_rm_watch(int fd, int wd) { return sys(ZCALL_SYS_inotify_rm_watch, fd, wd); }
