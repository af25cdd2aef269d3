// SPDX-License-Identifier: MIT
// The calls the vDSO can answer: there when it has them and the pointers lie
// in user space (src/vdso.hpp says why), otherwise, or on its -ENOSYS, the trap.
#include "syscall.hpp"
#include "vdso.hpp"

using zcall::detail::sys;
namespace vdso = zcall::detail::vdso;

zcall_ret zcall_clock_gettime(int clockid, zcall_timespec* tp) {
  return vdso::answer<vdso::clock_gettime, zcall_clock_gettime, int (*)(int, zcall_timespec*)>(
      ZCALL_SYS_clock_gettime, vdso::in_user_space(tp), clockid, tp);
}

zcall_ret zcall_clock_getres(int clockid, zcall_timespec* res) {
  return vdso::answer<vdso::clock_getres, zcall_clock_getres, int (*)(int, zcall_timespec*)>(
      ZCALL_SYS_clock_getres, vdso::null_or_in_user_space(res), clockid, res);
}

zcall_ret zcall_gettimeofday(zcall_timeval* tv, zcall_timezone* tz) {
  return vdso::answer<vdso::gettimeofday, zcall_gettimeofday, int (*)(zcall_timeval*, zcall_timezone*)>(
      ZCALL_SYS_gettimeofday, vdso::null_or_in_user_space(tv) && vdso::null_or_in_user_space(tz), tv, tz);
}

#if defined(ZCALL_SYS_time)
// The vDSO's time returns the seconds, as the trap does.
zcall_ret zcall_time(int64_t* tloc) {
  return vdso::answer<vdso::time, zcall_time, long (*)(int64_t*)>(ZCALL_SYS_time, vdso::null_or_in_user_space(tloc),
                                                                  tloc);
}
#endif

// The cache argument has been unused since Linux 2.6.24; a vDSO is not asked to ignore it.
zcall_ret zcall_getcpu(unsigned int* cpu, unsigned int* node, void* cache) {
  return vdso::answer<vdso::getcpu, zcall_getcpu, int (*)(unsigned*, unsigned*, void*)>(
      ZCALL_SYS_getcpu, vdso::null_or_in_user_space(cpu) && vdso::null_or_in_user_space(node) && !cache, cpu, node,
      cache);
}
