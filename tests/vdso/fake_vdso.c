/* SPDX-License-Identifier: MIT */
/*
 * A stand-in for the kernel's vDSO, built with the target's own toolchain, so
 * that zcall's image reader meets a real linker's output on every
 * architecture, including under qemu-user, which maps no vDSO. It exports
 * the names and the version the architecture's vDSO has (fake_vdso.map) and
 * answers with values no clock gives, so that a test can tell the answer came
 * from here. No relocation, no libc: the test maps it and calls into it.
 */
#if defined(__aarch64__)
#define NAME(call) __kernel_##call
#else
#define NAME(call) __vdso_##call
#endif

struct timespec64 {
  long long sec, nsec;
};
struct timeval64 {
  long long sec, usec;
};

int NAME(clock_gettime)(int clock, struct timespec64* tp) {
  if (clock == 1) return -38;  /* -ENOSYS for CLOCK_MONOTONIC: zcall must trap instead */
  if (clock == 99) return -22; /* -EINVAL */
  tp->sec = 1000 + clock;
  tp->nsec = 7;
  return 0;
}

int NAME(clock_getres)(int clock, struct timespec64* res) {
  if (res) res->sec = 2000 + clock, res->nsec = 9;
  return 0;
}

int NAME(gettimeofday)(struct timeval64* tv, void* tz) {
  (void)tz;
  if (tv) tv->sec = 3000, tv->usec = 11;
  return 0;
}

long NAME(time)(long long* t) {
  if (t) *t = 4000;
  return 4000;
}

int NAME(getcpu)(unsigned* cpu, unsigned* node, void* cache) {
  (void)cache;
  if (cpu) *cpu = 5000;
  if (node) *node = 13;
  return 0;
}
