// SPDX-License-Identifier: MIT
// Mounts, namespaces and new processes.
#include "syscall.hpp"

using zcall::detail::sys;

zcall_ret zcall_mount(const char* source, const char* target, const char* fstype, unsigned long flags,
                      const void* data) {
  return sys(ZCALL_SYS_mount, source, target, fstype, flags, data);
}
zcall_ret zcall_umount2(const char* target, int flags) { return sys(ZCALL_SYS_umount2, target, flags); }
zcall_ret zcall_pivot_root(const char* new_root, const char* put_old) {
  return sys(ZCALL_SYS_pivot_root, new_root, put_old);
}
zcall_ret zcall_fsopen(const char* fsname, unsigned int flags) { return sys(ZCALL_SYS_fsopen, fsname, flags); }
zcall_ret zcall_fsconfig(int fd, unsigned int cmd, const char* key, const void* value, int aux) {
  return sys(ZCALL_SYS_fsconfig, fd, cmd, key, value, aux);
}
zcall_ret zcall_fsmount(int fs_fd, unsigned int flags, unsigned int attr_flags) {
  return sys(ZCALL_SYS_fsmount, fs_fd, flags, attr_flags);
}
zcall_ret zcall_fspick(int dirfd, const char* path, unsigned int flags) {
  return sys(ZCALL_SYS_fspick, dirfd, path, flags);
}
zcall_ret zcall_move_mount(int from_dirfd, const char* from_path, int to_dirfd, const char* to_path,
                           unsigned int flags) {
  return sys(ZCALL_SYS_move_mount, from_dirfd, from_path, to_dirfd, to_path, flags);
}
zcall_ret zcall_open_tree(int dirfd, const char* path, unsigned int flags) {
  return sys(ZCALL_SYS_open_tree, dirfd, path, flags);
}
zcall_ret zcall_open_tree_attr(int dirfd, const char* path, unsigned int flags, zcall_mount_attr* attr, size_t size) {
  return sys(ZCALL_SYS_open_tree_attr, dirfd, path, flags, attr, size);
}
zcall_ret zcall_mount_setattr(int dirfd, const char* path, unsigned int flags, zcall_mount_attr* attr, size_t size) {
  return sys(ZCALL_SYS_mount_setattr, dirfd, path, flags, attr, size);
}
zcall_ret zcall_unshare(unsigned long flags) { return sys(ZCALL_SYS_unshare, flags); }
zcall_ret zcall_setns(int fd, int nstype) { return sys(ZCALL_SYS_setns, fd, nstype); }

zcall_ret zcall_clone(unsigned long flags, void* stack, int* parent_tid, int* child_tid, unsigned long tls) {
#if defined(__aarch64__) || defined(__riscv) || defined(__powerpc64__) || defined(__mips64)
  // CONFIG_CLONE_BACKWARDS: tls comes before child_tid.
  return sys(ZCALL_SYS_clone, flags, stack, parent_tid, tls, child_tid);
#elif defined(__s390x__)
  // CONFIG_CLONE_BACKWARDS2: the stack comes before the flags.
  return sys(ZCALL_SYS_clone, stack, flags, parent_tid, child_tid, tls);
#else
  return sys(ZCALL_SYS_clone, flags, stack, parent_tid, child_tid, tls);
#endif
}
zcall_ret zcall_clone3(zcall_clone_args* args, size_t size) { return sys(ZCALL_SYS_clone3, args, size); }

// Mount information.
zcall_ret zcall_statmount(const zcall_mnt_id_req* req, struct zcall_statmount* buf, size_t bufsize,
                          unsigned int flags) {
  return sys(ZCALL_SYS_statmount, req, buf, bufsize, flags);
}
zcall_ret zcall_listmount(const zcall_mnt_id_req* req, uint64_t* mnt_ids, size_t nr_mnt_ids, unsigned int flags) {
  return sys(ZCALL_SYS_listmount, req, mnt_ids, nr_mnt_ids, flags);
}
