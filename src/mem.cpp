// SPDX-License-Identifier: MIT
// Memory mappings.
#include "syscall.hpp"

using zcall::detail::sys;

zcall_ret zcall_mmap(void* addr, size_t length, int prot, int flags, int fd, int64_t offset) {
  return sys(ZCALL_SYS_mmap, addr, length, prot, flags, fd, offset);
}
zcall_ret zcall_munmap(void* addr, size_t length) { return sys(ZCALL_SYS_munmap, addr, length); }
