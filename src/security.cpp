// SPDX-License-Identifier: MIT
// Security (seccomp, Landlock, LSM attributes); threads, tracing and architecture-specific calls.
#include "syscall.hpp"

using zcall::detail::sys;

zcall_ret zcall_seccomp(unsigned int operation, unsigned int flags, void* args) {
  return sys(ZCALL_SYS_seccomp, operation, flags, args);
}
zcall_ret zcall_landlock_create_ruleset(const zcall_landlock_ruleset_attr* attr, size_t size, uint32_t flags) {
  return sys(ZCALL_SYS_landlock_create_ruleset, attr, size, flags);
}
zcall_ret zcall_landlock_add_rule(int ruleset_fd, int rule_type, const void* rule_attr, uint32_t flags) {
  return sys(ZCALL_SYS_landlock_add_rule, ruleset_fd, rule_type, rule_attr, flags);
}
zcall_ret zcall_landlock_restrict_self(int ruleset_fd, uint32_t flags) {
  return sys(ZCALL_SYS_landlock_restrict_self, ruleset_fd, flags);
}
zcall_ret zcall_lsm_get_self_attr(unsigned int attr, zcall_lsm_ctx* ctx, uint32_t* size, uint32_t flags) {
  return sys(ZCALL_SYS_lsm_get_self_attr, attr, ctx, size, flags);
}
zcall_ret zcall_lsm_set_self_attr(unsigned int attr, zcall_lsm_ctx* ctx, uint32_t size, uint32_t flags) {
  return sys(ZCALL_SYS_lsm_set_self_attr, attr, ctx, size, flags);
}
zcall_ret zcall_lsm_list_modules(uint64_t* ids, uint32_t* size, uint32_t flags) {
  return sys(ZCALL_SYS_lsm_list_modules, ids, size, flags);
}

zcall_ret zcall_set_tid_address(int* tidptr) { return sys(ZCALL_SYS_set_tid_address, tidptr); }
zcall_ret zcall_set_robust_list(zcall_robust_list_head* head, size_t len) {
  return sys(ZCALL_SYS_set_robust_list, head, len);
}
zcall_ret zcall_get_robust_list(int pid, zcall_robust_list_head** head, size_t* len) {
  return sys(ZCALL_SYS_get_robust_list, pid, head, len);
}
zcall_ret zcall_rseq(struct zcall_rseq* rseq, uint32_t rseq_len, int flags, uint32_t sig) {
  return sys(ZCALL_SYS_rseq, rseq, rseq_len, flags, sig);
}
zcall_ret zcall_process_madvise(int pidfd, const zcall_iovec* iov, size_t iovcnt, int advice, unsigned int flags) {
  return sys(ZCALL_SYS_process_madvise, pidfd, iov, iovcnt, advice, flags);
}
zcall_ret zcall_process_mrelease(int pidfd, unsigned int flags) {
  return sys(ZCALL_SYS_process_mrelease, pidfd, flags);
}
zcall_ret zcall_ptrace(long request, int pid, void* addr, void* data) {
  return sys(ZCALL_SYS_ptrace, request, pid, addr, data);
}
zcall_ret zcall_perf_event_open(const void* attr, int pid, int cpu, int group_fd, unsigned long flags) {
  return sys(ZCALL_SYS_perf_event_open, attr, pid, cpu, group_fd, flags);
}
zcall_ret zcall_bpf(int cmd, void* attr, unsigned int size) { return sys(ZCALL_SYS_bpf, cmd, attr, size); }
#if defined(__x86_64__)
zcall_ret zcall_arch_prctl(int code, unsigned long addr) { return sys(ZCALL_SYS_arch_prctl, code, addr); }
#endif
#if defined(__riscv)
zcall_ret zcall_riscv_hwprobe(struct zcall_riscv_hwprobe* pairs, size_t pair_count, size_t cpusetsize, uint64_t* cpus,
                              unsigned int flags) {
  return sys(ZCALL_SYS_riscv_hwprobe, pairs, pair_count, cpusetsize, cpus, flags);
}
zcall_ret zcall_riscv_flush_icache(void* start, void* end, unsigned long flags) {
  return sys(ZCALL_SYS_riscv_flush_icache, start, end, flags);
}
#endif
