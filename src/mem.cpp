// SPDX-License-Identifier: MIT
// Memory mappings and anonymous files.
#include "syscall.hpp"

using zcall::detail::sys;

#if defined(__s390x__)
// s390x's mmap is old_mmap (arch/s390/kernel/syscalls/syscall.tbl: sys_old_mmap): one pointer to the six
// arguments as unsigned longs (struct mmap_arg_struct, mm/mmap.c), each widened as the C ABI widens it.
zcall_ret zcall_mmap(void* addr, size_t length, int prot, int flags, int fd, int64_t offset) {
  const uintptr_t block[6] = {zcall::detail::word(addr),  zcall::detail::word(length), zcall::detail::word(prot),
                              zcall::detail::word(flags), zcall::detail::word(fd),     zcall::detail::word(offset)};
  return sys(ZCALL_SYS_mmap, block);
}
#elif !defined(ZCALL_SIX_IN_ASM)
zcall_ret zcall_mmap(void* addr, size_t length, int prot, int flags, int fd, int64_t offset) {
  return sys(ZCALL_SYS_mmap, addr, length, prot, flags, fd, offset);
}
#endif
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

zcall_ret zcall_msync(void* addr, size_t length, int flags) { return sys(ZCALL_SYS_msync, addr, length, flags); }
zcall_ret zcall_mincore(void* addr, size_t length, unsigned char* vec) {
  return sys(ZCALL_SYS_mincore, addr, length, vec);
}
zcall_ret zcall_mlock2(const void* addr, size_t length, unsigned int flags) {
  return sys(ZCALL_SYS_mlock2, addr, length, flags);
}
zcall_ret zcall_mlockall(int flags) { return sys(ZCALL_SYS_mlockall, flags); }
zcall_ret zcall_munlockall(void) { return sys(ZCALL_SYS_munlockall); }
zcall_ret zcall_mseal(void* addr, size_t length, unsigned long flags) {
  return sys(ZCALL_SYS_mseal, addr, length, flags);
}
zcall_ret zcall_pkey_mprotect(void* addr, size_t length, int prot, int pkey) {
  return sys(ZCALL_SYS_pkey_mprotect, addr, length, prot, pkey);
}
zcall_ret zcall_pkey_alloc(unsigned int flags, unsigned int access_rights) {
  return sys(ZCALL_SYS_pkey_alloc, flags, access_rights);
}
zcall_ret zcall_pkey_free(int pkey) { return sys(ZCALL_SYS_pkey_free, pkey); }
zcall_ret zcall_userfaultfd(int flags) { return sys(ZCALL_SYS_userfaultfd, flags); }
#if !defined(ZCALL_SIX_IN_ASM)
zcall_ret zcall_mbind(void* addr, unsigned long length, unsigned long mode, const unsigned long* nodemask,
                      unsigned long maxnode, unsigned int flags) {
  return sys(ZCALL_SYS_mbind, addr, length, mode, nodemask, maxnode, flags);
}
#endif
zcall_ret zcall_set_mempolicy(int mode, const unsigned long* nodemask, unsigned long maxnode) {
  return sys(ZCALL_SYS_set_mempolicy, mode, nodemask, maxnode);
}
zcall_ret zcall_get_mempolicy(int* mode, unsigned long* nodemask, unsigned long maxnode, void* addr,
                              unsigned long flags) {
  return sys(ZCALL_SYS_get_mempolicy, mode, nodemask, maxnode, addr, flags);
}
#if defined(ZCALL_SYS_memfd_secret)
zcall_ret zcall_memfd_secret(unsigned int flags) { return sys(ZCALL_SYS_memfd_secret, flags); }
#endif
#endif
