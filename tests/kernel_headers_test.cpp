// SPDX-License-Identifier: MIT
// The numbers checked against the kernel's own headers rather than the C
// library's, which they cannot share a file with: io_uring's constants
// against the kernel's newest io_uring.h (tests/reference/linux/uapi/), and the few values glibc spells its own way
// (O_LARGEFILE is 0 there on 64-bit) against <linux/fcntl.h>, and those in
// headers that clash with the C library's (<linux/sched/types.h>, <linux/signal.h>), and those newer than
// this machine's, vendored in tests/reference/linux/uapi/ (Landlock, LSM, rseq, the mount API, xattr,
// cachestat). This file
// compiling is the test.
// The kernel's header is C: its anonymous structs and flexible arrays are extensions in C++.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
#include <linux/fs.h>
#include <linux/io_uring.h>
#include <linux/lsm.h>
#include <linux/mount.h>
#include <linux/rseq.h>
#include <linux/xattr.h>
#pragma GCC diagnostic pop
#include <linux/fcntl.h>
#include <linux/landlock.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <linux/sched/types.h>
#include <linux/signal.h>
#include <stddef.h>
#include <zcall/zcall.h>

#include "gen/linux_kernel_check.hpp"

// sched_attr's layout, which <linux/sched/types.h> alone has.
#define T_SAME_FIELD(field)                                                                \
  static_assert(offsetof(zcall_sched_attr, field) == offsetof(struct sched_attr, field) && \
                    sizeof(zcall_sched_attr::field) == sizeof(sched_attr::field),          \
                #field)
static_assert(sizeof(zcall_sched_attr) == sizeof(struct sched_attr) &&
              sizeof(zcall_sched_attr) == SCHED_ATTR_SIZE_VER1);
T_SAME_FIELD(size);
T_SAME_FIELD(sched_policy);
T_SAME_FIELD(sched_flags);
T_SAME_FIELD(sched_nice);
T_SAME_FIELD(sched_priority);
T_SAME_FIELD(sched_runtime);
T_SAME_FIELD(sched_deadline);
T_SAME_FIELD(sched_period);
T_SAME_FIELD(sched_util_min);
T_SAME_FIELD(sched_util_max);

// The kernel's struct sigaction and stack_t, as <linux/signal.h> gives them for the architecture compiled:
// sa_handler is the C library's macro, so zcall's fields have other names.
static_assert(sizeof(zcall_sigaction) == sizeof(struct sigaction));
static_assert(offsetof(zcall_sigaction, handler) == offsetof(struct sigaction, sa_handler));
static_assert(offsetof(zcall_sigaction, flags) == offsetof(struct sigaction, sa_flags));
#ifdef SA_RESTORER
static_assert(offsetof(zcall_sigaction, restorer) == offsetof(struct sigaction, sa_restorer));
static_assert(ZCALL_SA_RESTORER == SA_RESTORER);
#elif defined(ZCALL_SA_RESTORER)
#error "ZCALL_SA_RESTORER is defined where the kernel has no SA_RESTORER"
#endif
static_assert(offsetof(zcall_sigaction, mask) == offsetof(struct sigaction, sa_mask));
static_assert(sizeof(zcall_sigset_t) == sizeof(sigset_t));
static_assert(sizeof(zcall_stack_t) == sizeof(stack_t));
static_assert(offsetof(zcall_stack_t, ss_sp) == offsetof(stack_t, ss_sp));
static_assert(offsetof(zcall_stack_t, ss_flags) == offsetof(stack_t, ss_flags));
static_assert(offsetof(zcall_stack_t, ss_size) == offsetof(stack_t, ss_size));

// Landlock, LSM and rseq structs, against the vendored and the system's kernel headers.
#define T_SAME_MEMBER(ours, theirs, field)                                                                      \
  static_assert(offsetof(ours, field) == offsetof(theirs, field) &&                                             \
                    sizeof(static_cast<ours*>(nullptr)->field) == sizeof(static_cast<theirs*>(nullptr)->field), \
                #ours "." #field)
static_assert(sizeof(zcall_landlock_ruleset_attr) == sizeof(struct landlock_ruleset_attr));
T_SAME_MEMBER(zcall_landlock_ruleset_attr, struct landlock_ruleset_attr, handled_access_fs);
T_SAME_MEMBER(zcall_landlock_ruleset_attr, struct landlock_ruleset_attr, handled_access_net);
T_SAME_MEMBER(zcall_landlock_ruleset_attr, struct landlock_ruleset_attr, scoped);
T_SAME_MEMBER(zcall_landlock_ruleset_attr, struct landlock_ruleset_attr, quiet_access_fs);
T_SAME_MEMBER(zcall_landlock_ruleset_attr, struct landlock_ruleset_attr, quiet_access_net);
T_SAME_MEMBER(zcall_landlock_ruleset_attr, struct landlock_ruleset_attr, quiet_scoped);
static_assert(sizeof(zcall_landlock_path_beneath_attr) == sizeof(struct landlock_path_beneath_attr) &&
              sizeof(zcall_landlock_path_beneath_attr) == 12);
T_SAME_MEMBER(zcall_landlock_path_beneath_attr, struct landlock_path_beneath_attr, allowed_access);
T_SAME_MEMBER(zcall_landlock_path_beneath_attr, struct landlock_path_beneath_attr, parent_fd);
static_assert(sizeof(zcall_landlock_net_port_attr) == sizeof(struct landlock_net_port_attr));
T_SAME_MEMBER(zcall_landlock_net_port_attr, struct landlock_net_port_attr, allowed_access);
T_SAME_MEMBER(zcall_landlock_net_port_attr, struct landlock_net_port_attr, port);
static_assert(sizeof(zcall_lsm_ctx) == sizeof(struct lsm_ctx));
T_SAME_MEMBER(zcall_lsm_ctx, struct lsm_ctx, id);
T_SAME_MEMBER(zcall_lsm_ctx, struct lsm_ctx, flags);
T_SAME_MEMBER(zcall_lsm_ctx, struct lsm_ctx, len);
T_SAME_MEMBER(zcall_lsm_ctx, struct lsm_ctx, ctx_len);
static_assert(offsetof(zcall_lsm_ctx, ctx) == offsetof(struct lsm_ctx, ctx));
static_assert(sizeof(struct zcall_rseq) == sizeof(struct rseq) && alignof(struct zcall_rseq) == alignof(struct rseq));
T_SAME_MEMBER(struct zcall_rseq, struct rseq, cpu_id_start);
T_SAME_MEMBER(struct zcall_rseq, struct rseq, cpu_id);
T_SAME_MEMBER(struct zcall_rseq, struct rseq, rseq_cs);
T_SAME_MEMBER(struct zcall_rseq, struct rseq, flags);
T_SAME_MEMBER(struct zcall_rseq, struct rseq, node_id);
T_SAME_MEMBER(struct zcall_rseq, struct rseq, mm_cid);
T_SAME_MEMBER(struct zcall_rseq, struct rseq, slice_ctrl);
T_SAME_MEMBER(struct zcall_rseq, struct rseq, __reserved);

// The mount information calls, file attributes and xattr arguments, against Linux 7.2's headers.
static_assert(sizeof(zcall_mnt_id_req) == sizeof(struct mnt_id_req) &&
              sizeof(zcall_mnt_id_req) == MNT_ID_REQ_SIZE_VER1);
T_SAME_MEMBER(zcall_mnt_id_req, struct mnt_id_req, size);
T_SAME_MEMBER(zcall_mnt_id_req, struct mnt_id_req, mnt_ns_fd);
T_SAME_MEMBER(zcall_mnt_id_req, struct mnt_id_req, mnt_fd);
T_SAME_MEMBER(zcall_mnt_id_req, struct mnt_id_req, mnt_id);
T_SAME_MEMBER(zcall_mnt_id_req, struct mnt_id_req, param);
T_SAME_MEMBER(zcall_mnt_id_req, struct mnt_id_req, mnt_ns_id);
static_assert(sizeof(struct zcall_statmount) == offsetof(struct statmount, str), "the strings follow the fixed part");
T_SAME_MEMBER(struct zcall_statmount, struct statmount, size);
T_SAME_MEMBER(struct zcall_statmount, struct statmount, mnt_opts);
T_SAME_MEMBER(struct zcall_statmount, struct statmount, mask);
T_SAME_MEMBER(struct zcall_statmount, struct statmount, sb_dev_major);
T_SAME_MEMBER(struct zcall_statmount, struct statmount, sb_dev_minor);
T_SAME_MEMBER(struct zcall_statmount, struct statmount, sb_magic);
T_SAME_MEMBER(struct zcall_statmount, struct statmount, sb_flags);
T_SAME_MEMBER(struct zcall_statmount, struct statmount, fs_type);
T_SAME_MEMBER(struct zcall_statmount, struct statmount, mnt_id);
T_SAME_MEMBER(struct zcall_statmount, struct statmount, mnt_parent_id);
T_SAME_MEMBER(struct zcall_statmount, struct statmount, mnt_id_old);
T_SAME_MEMBER(struct zcall_statmount, struct statmount, mnt_parent_id_old);
T_SAME_MEMBER(struct zcall_statmount, struct statmount, mnt_attr);
T_SAME_MEMBER(struct zcall_statmount, struct statmount, mnt_propagation);
T_SAME_MEMBER(struct zcall_statmount, struct statmount, mnt_peer_group);
T_SAME_MEMBER(struct zcall_statmount, struct statmount, mnt_master);
T_SAME_MEMBER(struct zcall_statmount, struct statmount, propagate_from);
T_SAME_MEMBER(struct zcall_statmount, struct statmount, mnt_root);
T_SAME_MEMBER(struct zcall_statmount, struct statmount, mnt_point);
T_SAME_MEMBER(struct zcall_statmount, struct statmount, mnt_ns_id);
T_SAME_MEMBER(struct zcall_statmount, struct statmount, fs_subtype);
T_SAME_MEMBER(struct zcall_statmount, struct statmount, sb_source);
T_SAME_MEMBER(struct zcall_statmount, struct statmount, opt_num);
T_SAME_MEMBER(struct zcall_statmount, struct statmount, opt_array);
T_SAME_MEMBER(struct zcall_statmount, struct statmount, opt_sec_num);
T_SAME_MEMBER(struct zcall_statmount, struct statmount, opt_sec_array);
T_SAME_MEMBER(struct zcall_statmount, struct statmount, supported_mask);
T_SAME_MEMBER(struct zcall_statmount, struct statmount, mnt_uidmap_num);
T_SAME_MEMBER(struct zcall_statmount, struct statmount, mnt_uidmap);
T_SAME_MEMBER(struct zcall_statmount, struct statmount, mnt_gidmap_num);
T_SAME_MEMBER(struct zcall_statmount, struct statmount, mnt_gidmap);
static_assert(sizeof(zcall_file_attr) == sizeof(struct file_attr) && sizeof(zcall_file_attr) == FILE_ATTR_SIZE_VER0);
T_SAME_MEMBER(zcall_file_attr, struct file_attr, fa_xflags);
T_SAME_MEMBER(zcall_file_attr, struct file_attr, fa_extsize);
T_SAME_MEMBER(zcall_file_attr, struct file_attr, fa_nextents);
T_SAME_MEMBER(zcall_file_attr, struct file_attr, fa_projid);
T_SAME_MEMBER(zcall_file_attr, struct file_attr, fa_cowextsize);
static_assert(sizeof(zcall_xattr_args) == sizeof(struct xattr_args) &&
              alignof(zcall_xattr_args) == alignof(struct xattr_args));
T_SAME_MEMBER(zcall_xattr_args, struct xattr_args, value);
T_SAME_MEMBER(zcall_xattr_args, struct xattr_args, size);
T_SAME_MEMBER(zcall_xattr_args, struct xattr_args, flags);
static_assert(sizeof(zcall_cachestat_range) == sizeof(struct cachestat_range));
T_SAME_MEMBER(zcall_cachestat_range, struct cachestat_range, off);
T_SAME_MEMBER(zcall_cachestat_range, struct cachestat_range, len);
static_assert(sizeof(struct zcall_cachestat) == sizeof(struct cachestat));
T_SAME_MEMBER(struct zcall_cachestat, struct cachestat, nr_cache);
T_SAME_MEMBER(struct zcall_cachestat, struct cachestat, nr_dirty);
T_SAME_MEMBER(struct zcall_cachestat, struct cachestat, nr_writeback);
T_SAME_MEMBER(struct zcall_cachestat, struct cachestat, nr_evicted);
T_SAME_MEMBER(struct zcall_cachestat, struct cachestat, nr_recently_evicted);

#if defined(__mips64)
// mips64's struct stat, which the C library's differs from (a 64-bit st_dev, timespecs).
#include <asm/stat.h>
static_assert(sizeof(zcall_stat) == sizeof(struct stat) && alignof(zcall_stat) == alignof(struct stat));
T_SAME_MEMBER(zcall_stat, struct stat, st_dev);
T_SAME_MEMBER(zcall_stat, struct stat, st_ino);
T_SAME_MEMBER(zcall_stat, struct stat, st_mode);
T_SAME_MEMBER(zcall_stat, struct stat, st_nlink);
T_SAME_MEMBER(zcall_stat, struct stat, st_uid);
T_SAME_MEMBER(zcall_stat, struct stat, st_gid);
T_SAME_MEMBER(zcall_stat, struct stat, st_rdev);
T_SAME_MEMBER(zcall_stat, struct stat, st_size);
T_SAME_MEMBER(zcall_stat, struct stat, st_blksize);
T_SAME_MEMBER(zcall_stat, struct stat, st_blocks);
static_assert(offsetof(zcall_stat, st_atim.tv_sec) == offsetof(struct stat, st_atime) &&
              offsetof(zcall_stat, st_atim.tv_nsec) == offsetof(struct stat, st_atime_nsec) &&
              offsetof(zcall_stat, st_mtim.tv_sec) == offsetof(struct stat, st_mtime) &&
              offsetof(zcall_stat, st_mtim.tv_nsec) == offsetof(struct stat, st_mtime_nsec) &&
              offsetof(zcall_stat, st_ctim.tv_sec) == offsetof(struct stat, st_ctime) &&
              offsetof(zcall_stat, st_ctim.tv_nsec) == offsetof(struct stat, st_ctime_nsec) &&
              sizeof(zcall_stat_time::tv_sec) == sizeof(((struct stat*)nullptr)->st_atime));
#endif

#if defined(__x86_64__)
// x86_64's arch_prctl codes, defined by hand in <zcall/linux.h> as only that architecture has them.
#include <asm/prctl.h>
static_assert(ZCALL_ARCH_SET_GS == ARCH_SET_GS && ZCALL_ARCH_SET_FS == ARCH_SET_FS &&
              ZCALL_ARCH_GET_FS == ARCH_GET_FS && ZCALL_ARCH_GET_GS == ARCH_GET_GS);
#endif

int main() { return 0; }
