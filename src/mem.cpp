// SPDX-License-Identifier: MIT
// Memory mappings and anonymous files.
#include "syscall.hpp"

using zcall::detail::sys;

zcall_ret zcall_mmap(void* addr, size_t length, int prot, int flags, int fd, int64_t offset) {
  return sys(ZCALL_SYS_mmap, addr, length, prot, flags, fd, offset);
}
zcall_ret zcall_munmap(void* addr, size_t length) { return sys(ZCALL_SYS_munmap, addr, length); }

#if defined(__linux__)
zcall_ret zcall_madvise(void* addr, size_t length, int advice) { return sys(ZCALL_SYS_madvise, addr, length, advice); }
zcall_ret zcall_memfd_create(const char* name, unsigned int flags) { return sys(ZCALL_SYS_memfd_create, name, flags); }
zcall_ret zcall_mlock(const void* addr, size_t length) { return sys(ZCALL_SYS_mlock, addr, length); }
zcall_ret zcall_mprotect(void* addr, size_t length, int prot) { return sys(ZCALL_SYS_mprotect, addr, length, prot); }
zcall_ret zcall_mremap(void* old_address, size_t old_size, size_t new_size, int flags, void* new_address) {
  return sys(ZCALL_SYS_mremap, old_address, old_size, new_size, flags, new_address);
}
zcall_ret zcall_munlock(const void* addr, size_t length) { return sys(ZCALL_SYS_munlock, addr, length); }
#endif
