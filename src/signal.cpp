// SPDX-License-Identifier: MIT
// Signals (rt_sigprocmask is in proc.cpp; x86_64's restorer, zcall_rt_sigreturn, is in its asm).
#include "syscall.hpp"

using zcall::detail::sys;

namespace {
constexpr uintptr_t sigset_size = sizeof(zcall_sigset_t);
}

zcall_ret zcall_rt_sigaction(int sig, const zcall_sigaction* act, zcall_sigaction* oldact) {
  return sys(ZCALL_SYS_rt_sigaction, sig, act, oldact, sigset_size);
}
zcall_ret zcall_sigaltstack(const zcall_stack_t* ss, zcall_stack_t* old_ss) {
  return sys(ZCALL_SYS_sigaltstack, ss, old_ss);
}
zcall_ret zcall_rt_sigtimedwait(const zcall_sigset_t* set, zcall_siginfo* info, const zcall_timespec* timeout) {
  return sys(ZCALL_SYS_rt_sigtimedwait, set, info, timeout, sigset_size);
}
zcall_ret zcall_rt_sigqueueinfo(int pid, int sig, zcall_siginfo* info) {
  return sys(ZCALL_SYS_rt_sigqueueinfo, pid, sig, info);
}
zcall_ret zcall_rt_tgsigqueueinfo(int tgid, int tid, int sig, zcall_siginfo* info) {
  return sys(ZCALL_SYS_rt_tgsigqueueinfo, tgid, tid, sig, info);
}
zcall_ret zcall_rt_sigsuspend(const zcall_sigset_t* mask) { return sys(ZCALL_SYS_rt_sigsuspend, mask, sigset_size); }
zcall_ret zcall_rt_sigpending(zcall_sigset_t* set) { return sys(ZCALL_SYS_rt_sigpending, set, sigset_size); }

// Timers and clocks.
zcall_ret zcall_timer_create(int clockid, zcall_sigevent* sevp, int* timerid) {
  return sys(ZCALL_SYS_timer_create, clockid, sevp, timerid);
}
zcall_ret zcall_timer_settime(int timerid, int flags, const zcall_itimerspec* new_value, zcall_itimerspec* old_value) {
  return sys(ZCALL_SYS_timer_settime, timerid, flags, new_value, old_value);
}
zcall_ret zcall_timer_gettime(int timerid, zcall_itimerspec* curr_value) {
  return sys(ZCALL_SYS_timer_gettime, timerid, curr_value);
}
zcall_ret zcall_timer_getoverrun(int timerid) { return sys(ZCALL_SYS_timer_getoverrun, timerid); }
zcall_ret zcall_timer_delete(int timerid) { return sys(ZCALL_SYS_timer_delete, timerid); }
zcall_ret zcall_clock_settime(int clockid, const zcall_timespec* tp) {
  return sys(ZCALL_SYS_clock_settime, clockid, tp);
}
zcall_ret zcall_clock_adjtime(int clockid, zcall_timex* tx) { return sys(ZCALL_SYS_clock_adjtime, clockid, tx); }
zcall_ret zcall_setitimer(int which, const zcall_itimerval* new_value, zcall_itimerval* old_value) {
  return sys(ZCALL_SYS_setitimer, which, new_value, old_value);
}
zcall_ret zcall_getitimer(int which, zcall_itimerval* curr_value) {
  return sys(ZCALL_SYS_getitimer, which, curr_value);
}
