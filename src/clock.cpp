// SPDX-License-Identifier: MIT
// The calls the vDSO can answer: there when it has them and the pointers lie
// in user space (src/vdso.hpp says why), otherwise, or on its -ENOSYS, the trap.
#include "syscall.hpp"
#include "vdso.hpp"

using zcall::detail::sys;
namespace vdso = zcall::detail::vdso;

zcall_ret zcall_clock_gettime(int clockid, zcall_timespec* tp) {
  auto f = vdso::find<int (*)(int, zcall_timespec*)>(vdso::clock_gettime);
  if (f && vdso::in_user_space(tp, sizeof *tp))
    if (int r = f(clockid, tp); r != -ZCALL_ENOSYS) return vdso::result(r);
  return sys(ZCALL_SYS_clock_gettime, clockid, tp);
}

zcall_ret zcall_clock_getres(int clockid, zcall_timespec* res) {
  auto f = vdso::find<int (*)(int, zcall_timespec*)>(vdso::clock_getres);
  if (f && vdso::null_or_in_user_space(res, sizeof *res))
    if (int r = f(clockid, res); r != -ZCALL_ENOSYS) return vdso::result(r);
  return sys(ZCALL_SYS_clock_getres, clockid, res);
}

zcall_ret zcall_gettimeofday(zcall_timeval* tv, zcall_timezone* tz) {
  auto f = vdso::find<int (*)(zcall_timeval*, zcall_timezone*)>(vdso::gettimeofday);
  if (f && vdso::null_or_in_user_space(tv, sizeof *tv) && vdso::null_or_in_user_space(tz, sizeof *tz))
    if (int r = f(tv, tz); r != -ZCALL_ENOSYS) return vdso::result(r);
  return sys(ZCALL_SYS_gettimeofday, tv, tz);
}

#if defined(ZCALL_SYS_time)
// The vDSO's time returns the seconds, never an error.
zcall_ret zcall_time(int64_t* tloc) {
  auto f = vdso::find<long (*)(int64_t*)>(vdso::time);
  if (f && vdso::null_or_in_user_space(tloc, sizeof *tloc)) return vdso::result(f(tloc));
  return sys(ZCALL_SYS_time, tloc);
}
#endif

zcall_ret zcall_getcpu(unsigned int* cpu, unsigned int* node, void* cache) {
  auto f = vdso::find<int (*)(unsigned*, unsigned*, void*)>(vdso::getcpu);
  if (f && vdso::null_or_in_user_space(cpu, sizeof *cpu) && vdso::null_or_in_user_space(node, sizeof *node) && !cache)
    if (int r = f(cpu, node, cache); r != -ZCALL_ENOSYS) return vdso::result(r);
  return sys(ZCALL_SYS_getcpu, cpu, node, cache);
}
