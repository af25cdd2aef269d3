/* SPDX-License-Identifier: MIT */
/*
 * A stand-in for the kernel's vDSO, built with the target's own toolchain, so
 * that zcall's image reader meets a real linker's output on every
 * architecture, including under qemu-user, which maps no vDSO. It exports
 * the names and the version the architecture's vDSO has (fake_vdso.map) and
 * answers with values no clock gives, so that a test can tell the answer came
 * from here. No relocation, no libc: the test maps it and calls into it.
 */
#if defined(__aarch64__) || defined(__powerpc64__) || defined(__s390x__)
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

#if defined(__powerpc64__)
/* ppc64's vDSO reports an error as sc does: cr0.SO set, r3 the positive errno
 * (arch/powerpc/kernel/vdso/gettimeofday.S, cvdso_call). So does this one for
 * EINVAL; its -ENOSYS comes back the C way, SO clear, which zcall must read too. */
__asm__(
    ".text\n.globl __kernel_clock_gettime\n.type __kernel_clock_gettime, @function\n"
    "__kernel_clock_gettime:\n"
    "\tcmpwi 3, 1\n\tbeq 1f\n"
    "\tcmpwi 3, 99\n\tbeq 2f\n"
    "\textsw 3, 3\n\taddi 3, 3, 1000\n\tstd 3, 0(4)\n\tli 3, 7\n\tstd 3, 8(4)\n"
    "\tli 3, 0\n\tcrclr so\n\tblr\n"
    "1:\tli 3, -38\n\tcrclr so\n\tblr\n" /* -ENOSYS for CLOCK_MONOTONIC: zcall must trap instead */
    "2:\tli 3, 22\n\tcrset so\n\tblr\n"  /* EINVAL */
    ".size __kernel_clock_gettime, . - __kernel_clock_gettime\n");
#else
/* ENOSYS: 89 on mips, whose errno numbers are its own. */
#if defined(__mips__)
#define FAKE_ENOSYS 89
#else
#define FAKE_ENOSYS 38
#endif

int NAME(clock_gettime)(int clock, struct timespec64* tp) {
  if (clock == 1) return -FAKE_ENOSYS; /* -ENOSYS for CLOCK_MONOTONIC: zcall must trap instead */
  if (clock == 99) return -22;         /* -EINVAL */
  tp->sec = 1000 + clock;
  tp->nsec = 7;
  return 0;
}
#endif

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
