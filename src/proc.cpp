// SPDX-License-Identifier: MIT
// Processes, signals, time and randomness.
#include "syscall.hpp"

using zcall::detail::sys;

zcall_ret zcall_getpid(void) { return sys(ZCALL_SYS_getpid); }

#if defined(__linux__)
zcall_ret zcall_clock_nanosleep(int clockid, int flags, const zcall_timespec* request, zcall_timespec* rem) {
  return sys(ZCALL_SYS_clock_nanosleep, clockid, flags, request, rem);
}
void zcall_exit(int status) {
  sys(ZCALL_SYS_exit, status);
  __builtin_unreachable();
}
void zcall_exit_group(int status) {
  sys(ZCALL_SYS_exit_group, status);
  __builtin_unreachable();
}
zcall_ret zcall_getppid(void) { return sys(ZCALL_SYS_getppid); }
zcall_ret zcall_getrandom(void* buf, size_t buflen, unsigned int flags) {
  return sys(ZCALL_SYS_getrandom, buf, buflen, flags);
}
zcall_ret zcall_gettid(void) { return sys(ZCALL_SYS_gettid); }
zcall_ret zcall_kill(int pid, int sig) { return sys(ZCALL_SYS_kill, pid, sig); }
zcall_ret zcall_nanosleep(const zcall_timespec* request, zcall_timespec* rem) {
  return sys(ZCALL_SYS_nanosleep, request, rem);
}
zcall_ret zcall_pidfd_getfd(int pidfd, int targetfd, unsigned int flags) {
  return sys(ZCALL_SYS_pidfd_getfd, pidfd, targetfd, flags);
}
zcall_ret zcall_pidfd_open(int pid, unsigned int flags) { return sys(ZCALL_SYS_pidfd_open, pid, flags); }
zcall_ret zcall_pidfd_send_signal(int pidfd, int sig, void* info, unsigned int flags) {
  return sys(ZCALL_SYS_pidfd_send_signal, pidfd, sig, info, flags);
}
zcall_ret zcall_prctl(int option, uintptr_t arg2, uintptr_t arg3, uintptr_t arg4, uintptr_t arg5) {
  return sys(ZCALL_SYS_prctl, option, arg2, arg3, arg4, arg5);
}
zcall_ret zcall_rt_sigprocmask(int how, const zcall_sigset_t* set, zcall_sigset_t* oldset) {
  return sys(ZCALL_SYS_rt_sigprocmask, how, set, oldset, sizeof(zcall_sigset_t));
}
zcall_ret zcall_sched_yield(void) { return sys(ZCALL_SYS_sched_yield); }
zcall_ret zcall_tgkill(int tgid, int tid, int sig) { return sys(ZCALL_SYS_tgkill, tgid, tid, sig); }

// Processes, scheduling and the system.
zcall_ret zcall_wait4(int pid, int* wstatus, int options, zcall_rusage* rusage) {
  return sys(ZCALL_SYS_wait4, pid, wstatus, options, rusage);
}
zcall_ret zcall_waitid(int idtype, int id, zcall_siginfo* info, int options, zcall_rusage* rusage) {
  return sys(ZCALL_SYS_waitid, idtype, id, info, options, rusage);
}
zcall_ret zcall_execve(const char* path, char* const* argv, char* const* envp) {
  return sys(ZCALL_SYS_execve, path, argv, envp);
}
zcall_ret zcall_execveat(int dirfd, const char* path, char* const* argv, char* const* envp, int flags) {
  return sys(ZCALL_SYS_execveat, dirfd, path, argv, envp, flags);
}
zcall_ret zcall_uname(zcall_new_utsname* buf) { return sys(ZCALL_SYS_uname, buf); }
zcall_ret zcall_sysinfo(struct zcall_sysinfo* info) { return sys(ZCALL_SYS_sysinfo, info); }
zcall_ret zcall_sethostname(const char* name, int len) { return sys(ZCALL_SYS_sethostname, name, len); }
zcall_ret zcall_setdomainname(const char* name, int len) { return sys(ZCALL_SYS_setdomainname, name, len); }
zcall_ret zcall_sched_setaffinity(int pid, unsigned int cpusetsize, const uint64_t* mask) {
  return sys(ZCALL_SYS_sched_setaffinity, pid, cpusetsize, mask);
}
zcall_ret zcall_sched_getaffinity(int pid, unsigned int cpusetsize, uint64_t* mask) {
  return sys(ZCALL_SYS_sched_getaffinity, pid, cpusetsize, mask);
}
zcall_ret zcall_sched_setattr(int pid, zcall_sched_attr* attr, unsigned int flags) {
  return sys(ZCALL_SYS_sched_setattr, pid, attr, flags);
}
zcall_ret zcall_sched_getattr(int pid, zcall_sched_attr* attr, unsigned int size, unsigned int flags) {
  return sys(ZCALL_SYS_sched_getattr, pid, attr, size, flags);
}
zcall_ret zcall_sched_setscheduler(int pid, int policy, const zcall_sched_param* param) {
  return sys(ZCALL_SYS_sched_setscheduler, pid, policy, param);
}
zcall_ret zcall_sched_getscheduler(int pid) { return sys(ZCALL_SYS_sched_getscheduler, pid); }
zcall_ret zcall_sched_setparam(int pid, const zcall_sched_param* param) {
  return sys(ZCALL_SYS_sched_setparam, pid, param);
}
zcall_ret zcall_sched_getparam(int pid, zcall_sched_param* param) { return sys(ZCALL_SYS_sched_getparam, pid, param); }
zcall_ret zcall_sched_get_priority_max(int policy) { return sys(ZCALL_SYS_sched_get_priority_max, policy); }
zcall_ret zcall_sched_get_priority_min(int policy) { return sys(ZCALL_SYS_sched_get_priority_min, policy); }
zcall_ret zcall_sched_rr_get_interval(int pid, zcall_timespec* interval) {
  return sys(ZCALL_SYS_sched_rr_get_interval, pid, interval);
}
zcall_ret zcall_getpriority(int which, int who) { return sys(ZCALL_SYS_getpriority, which, who); }
zcall_ret zcall_setpriority(int which, int who, int niceval) { return sys(ZCALL_SYS_setpriority, which, who, niceval); }
zcall_ret zcall_ioprio_get(int which, int who) { return sys(ZCALL_SYS_ioprio_get, which, who); }
zcall_ret zcall_ioprio_set(int which, int who, int ioprio) { return sys(ZCALL_SYS_ioprio_set, which, who, ioprio); }
zcall_ret zcall_kcmp(int pid1, int pid2, int type, unsigned long idx1, unsigned long idx2) {
  return sys(ZCALL_SYS_kcmp, pid1, pid2, type, idx1, idx2);
}
#if !defined(ZCALL_SIX_IN_ASM)
zcall_ret zcall_process_vm_readv(int pid, const zcall_iovec* local_iov, unsigned long liovcnt,
                                 const zcall_iovec* remote_iov, unsigned long riovcnt, unsigned long flags) {
  return sys(ZCALL_SYS_process_vm_readv, pid, local_iov, liovcnt, remote_iov, riovcnt, flags);
}
zcall_ret zcall_process_vm_writev(int pid, const zcall_iovec* local_iov, unsigned long liovcnt,
                                  const zcall_iovec* remote_iov, unsigned long riovcnt, unsigned long flags) {
  return sys(ZCALL_SYS_process_vm_writev, pid, local_iov, liovcnt, remote_iov, riovcnt, flags);
}
#endif
zcall_ret zcall_tkill(int tid, int sig) { return sys(ZCALL_SYS_tkill, tid, sig); }
zcall_ret zcall_membarrier(int cmd, unsigned int flags, int cpu_id) {
  return sys(ZCALL_SYS_membarrier, cmd, flags, cpu_id);
}
#endif
