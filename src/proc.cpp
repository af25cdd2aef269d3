// SPDX-License-Identifier: MIT
// Processes, signals, time and randomness.
#include "syscall.hpp"

using zcall::detail::sys;

zcall_ret zcall_getpid(void) { return sys(ZCALL_SYS_getpid); }

#if defined(__linux__)
zcall_ret zcall_clock_gettime(int clockid, zcall_timespec* tp) { return sys(ZCALL_SYS_clock_gettime, clockid, tp); }
zcall_ret zcall_clock_nanosleep(int clockid, int flags, const zcall_timespec* request, zcall_timespec* rem) {
  return sys(ZCALL_SYS_clock_nanosleep, clockid, flags, request, rem);
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
#endif
