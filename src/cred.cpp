// SPDX-License-Identifier: MIT
// Credentials, capabilities, resource limits and usage, persona, sessions and process groups.
#include "syscall.hpp"

using zcall::detail::sys;

zcall_ret zcall_getuid(void) { return sys(ZCALL_SYS_getuid); }
zcall_ret zcall_geteuid(void) { return sys(ZCALL_SYS_geteuid); }
zcall_ret zcall_getgid(void) { return sys(ZCALL_SYS_getgid); }
zcall_ret zcall_getegid(void) { return sys(ZCALL_SYS_getegid); }
zcall_ret zcall_setuid(uint32_t uid) { return sys(ZCALL_SYS_setuid, uid); }
zcall_ret zcall_setgid(uint32_t gid) { return sys(ZCALL_SYS_setgid, gid); }
zcall_ret zcall_setreuid(uint32_t ruid, uint32_t euid) { return sys(ZCALL_SYS_setreuid, ruid, euid); }
zcall_ret zcall_setregid(uint32_t rgid, uint32_t egid) { return sys(ZCALL_SYS_setregid, rgid, egid); }
zcall_ret zcall_setresuid(uint32_t ruid, uint32_t euid, uint32_t suid) {
  return sys(ZCALL_SYS_setresuid, ruid, euid, suid);
}
zcall_ret zcall_setresgid(uint32_t rgid, uint32_t egid, uint32_t sgid) {
  return sys(ZCALL_SYS_setresgid, rgid, egid, sgid);
}
zcall_ret zcall_getresuid(uint32_t* ruid, uint32_t* euid, uint32_t* suid) {
  return sys(ZCALL_SYS_getresuid, ruid, euid, suid);
}
zcall_ret zcall_getresgid(uint32_t* rgid, uint32_t* egid, uint32_t* sgid) {
  return sys(ZCALL_SYS_getresgid, rgid, egid, sgid);
}
zcall_ret zcall_setfsuid(uint32_t fsuid) { return sys(ZCALL_SYS_setfsuid, fsuid); }
zcall_ret zcall_setfsgid(uint32_t fsgid) { return sys(ZCALL_SYS_setfsgid, fsgid); }
zcall_ret zcall_getgroups(int size, uint32_t* list) { return sys(ZCALL_SYS_getgroups, size, list); }
zcall_ret zcall_setgroups(int size, const uint32_t* list) { return sys(ZCALL_SYS_setgroups, size, list); }
zcall_ret zcall_capget(zcall_cap_user_header* header, zcall_cap_user_data* data) {
  return sys(ZCALL_SYS_capget, header, data);
}
zcall_ret zcall_capset(zcall_cap_user_header* header, const zcall_cap_user_data* data) {
  return sys(ZCALL_SYS_capset, header, data);
}
zcall_ret zcall_prlimit64(int pid, unsigned int resource, const zcall_rlimit* new_limit, zcall_rlimit* old_limit) {
  return sys(ZCALL_SYS_prlimit64, pid, resource, new_limit, old_limit);
}
zcall_ret zcall_getrusage(int who, zcall_rusage* usage) { return sys(ZCALL_SYS_getrusage, who, usage); }
zcall_ret zcall_personality(unsigned int persona) { return sys(ZCALL_SYS_personality, persona); }
zcall_ret zcall_setsid(void) { return sys(ZCALL_SYS_setsid); }
zcall_ret zcall_getsid(int pid) { return sys(ZCALL_SYS_getsid, pid); }
zcall_ret zcall_setpgid(int pid, int pgid) { return sys(ZCALL_SYS_setpgid, pid, pgid); }
zcall_ret zcall_getpgid(int pid) { return sys(ZCALL_SYS_getpgid, pid); }

// loongarch64 has no getrlimit or setrlimit: prlimit64 of the caller (pid 0) does the same.
zcall_ret zcall_getrlimit(unsigned int resource, zcall_rlimit* limit) {
#if defined(__powerpc64__)
  // ppc64's getrlimit (76) is sys_ni_syscall; ugetrlimit (190) is sys_getrlimit
  // (arch/powerpc/kernel/syscalls/syscall.tbl).
  return sys(ZCALL_SYS_ugetrlimit, resource, limit);
#elif defined(ZCALL_SYS_getrlimit)
  return sys(ZCALL_SYS_getrlimit, resource, limit);
#else
  return sys(ZCALL_SYS_prlimit64, 0, resource, nullptr, limit);
#endif
}
zcall_ret zcall_setrlimit(unsigned int resource, const zcall_rlimit* limit) {
#ifdef ZCALL_SYS_setrlimit
  return sys(ZCALL_SYS_setrlimit, resource, limit);
#else
  return sys(ZCALL_SYS_prlimit64, 0, resource, limit, nullptr);
#endif
}
