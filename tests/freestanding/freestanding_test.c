/* SPDX-License-Identifier: MIT */
/*
 * zcall with no C library at all: this program has its own _start, prints
 * through zcall_write and leaves through zcall_exit_group, and is linked
 * -nostdlib -static against libzcall.a, which proves libzcall needs nothing.
 * It runs on every architecture, natively or under qemu-user; on loongarch64,
 * which Debian 12 has no C library for, it is the whole test suite.
 */
#include <zcall/zcall.h>

static int passed, failed, skipped;

static size_t length(const char* s) {
  size_t n = 0;
  while (s[n]) n++;
  return n;
}

static void say(const char* s) { zcall_write(1, s, length(s)); }

static void say_number(uintptr_t v) {
  char digits[24];
  int n = 0;
  do digits[n++] = (char)('0' + v % 10);
  while ((v /= 10) != 0);
  char out[24];
  for (int i = 0; i < n; i++) out[i] = digits[n - 1 - i];
  zcall_write(1, out, (size_t)n);
}

static void check(int ok, const char* what) {
  if (ok) {
    passed++;
    return;
  }
  failed++;
  say("FAIL: ");
  say(what);
  say("\n");
}

static int is_error(zcall_ret r, uintptr_t err) { return r.err == err && r.r1 == (uintptr_t)-1; }

static int same(const char* a, const char* b, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (a[i] != b[i]) return 0;
  return 1;
}

/* The compiler may call these for struct copies and zeroing; there is no libc to provide them. */
void* memset(void* dst, int c, size_t n) {
  volatile unsigned char* d = dst;
  while (n--) *d++ = (unsigned char)c;
  return dst;
}

void* memcpy(void* dst, const void* src, size_t n) {
  volatile unsigned char* d = dst;
  const unsigned char* s = src;
  while (n--) *d++ = *s++;
  return dst;
}

/* The raw entries with 0 to 6 arguments, each checked by what comes back. */
static void test_raw_entries(void) {
  zcall_ret pid = zcall_nr_last0(ZCALL_SYS_getpid);
  check(pid.err == 0 && pid.r1 > 0, "nr_last0 getpid");
  check(zcall_syscall4(ZCALL_SYS_getpid, 0, 0, 0, 0).r1 == pid.r1, "syscall4 getpid");
  check(is_error(zcall_nr_last1((uintptr_t)-1, ZCALL_SYS_close), ZCALL_EBADF), "nr_last1 close(-1) is EBADF");

  int fds[2];
  check(zcall_nr_last2((uintptr_t)fds, ZCALL_O_CLOEXEC, ZCALL_SYS_pipe2).err == 0, "nr_last2 pipe2");
  check(zcall_nr_last3((uintptr_t)fds[1], (uintptr_t)"raw", 3, ZCALL_SYS_write).r1 == 3, "nr_last3 write");
  char buf[8];
  check(zcall_syscall4(ZCALL_SYS_read, (uintptr_t)fds[0], (uintptr_t)buf, sizeof buf, 0).r1 == 3 && same(buf, "raw", 3),
        "syscall4 read");

  zcall_ret mem = zcall_memfd_create("zcall-freestanding", 0);
  check(mem.err == 0, "memfd_create");
  /* 64 KiB is a whole number of pages on every architecture (loongarch64 uses 16 KiB pages). */
  const uintptr_t at = 65536;
  check(zcall_nr_last4(mem.r1, (uintptr_t)"64Ki", 4, at, ZCALL_SYS_pwrite64).r1 == 4, "nr_last4 pwrite64 at 64 KiB");
  check(zcall_syscall6(ZCALL_SYS_pread64, mem.r1, (uintptr_t)buf, 4, at, 0, 0).r1 == 4 && same(buf, "64Ki", 4),
        "syscall6 pread64 at 64 KiB");

  char name[16] = "zcall-five";
  char back[16] = {0};
  check(zcall_nr_last5(ZCALL_PR_SET_NAME, (uintptr_t)name, 0, 0, 0, ZCALL_SYS_prctl).err == 0,
        "nr_last5 prctl set name");
  check(zcall_nr_last5(ZCALL_PR_GET_NAME, (uintptr_t)back, 0, 0, 0, ZCALL_SYS_prctl).err == 0 && same(back, name, 11),
        "nr_last5 prctl get name");

#if defined(__s390x__)
  /* s390x's mmap is old_mmap, one pointer: copy_file_range is the call of six words here (flags must be 0). */
  int64_t from = (int64_t)at, to = 3 * (int64_t)at;
  check(zcall_nr_last6(mem.r1, (uintptr_t)&from, mem.r1, (uintptr_t)&to, 4, 0, ZCALL_SYS_copy_file_range).r1 == 4 &&
            to == 3 * (int64_t)at + 4 && zcall_pread64((int)mem.r1, buf, 4, 3 * (int64_t)at).r1 == 4 &&
            same(buf, "64Ki", 4),
        "nr_last6 copy_file_range between offsets");

  /* The number-first entries with every argument distinct and meaningful. */
  check(zcall_syscall4(ZCALL_SYS_pwrite64, mem.r1, (uintptr_t)"four", 4, 2 * at).r1 == 4, "syscall4 pwrite64");
  from = 2 * (int64_t)at, to = 4 * (int64_t)at;
  check(zcall_syscall6(ZCALL_SYS_copy_file_range, mem.r1, (uintptr_t)&from, mem.r1, (uintptr_t)&to, 4, 0).r1 == 4 &&
            zcall_pread64((int)mem.r1, buf, 4, 4 * (int64_t)at).r1 == 4 && same(buf, "four", 4),
        "syscall6 copy_file_range between offsets");
#else
  zcall_ret map = zcall_nr_last6(0, at, ZCALL_PROT_READ, ZCALL_MAP_SHARED, mem.r1, at, ZCALL_SYS_mmap);
  check(map.err == 0 && same((const char*)map.r1, "64Ki", 4), "nr_last6 mmap at an offset");
  if (map.err == 0) check(zcall_munmap((void*)map.r1, at).err == 0, "munmap");

  /* The number-first entries with every argument distinct and meaningful. */
  check(zcall_syscall4(ZCALL_SYS_pwrite64, mem.r1, (uintptr_t)"four", 4, 2 * at).r1 == 4, "syscall4 pwrite64");
  map = zcall_syscall6(ZCALL_SYS_mmap, 0, at, ZCALL_PROT_READ, ZCALL_MAP_SHARED, mem.r1, 2 * at);
  check(map.err == 0 && same((const char*)map.r1, "four", 4), "syscall6 mmap at an offset");
  if (map.err == 0) zcall_munmap((void*)map.r1, at);
#endif
  zcall_close((int)mem.r1);
  zcall_close(fds[0]);
  zcall_close(fds[1]);
}

static void test_error_convention(void) {
  check(is_error(zcall_nr_last0(ZCALL_SYS_rseq_slice_yield + 1000), ZCALL_ENOSYS), "a number past the table is ENOSYS");
  check(is_error(zcall_read(-1, 0, 0), ZCALL_EBADF), "read(-1) is EBADF");
  check(is_error(zcall_write(1, (const void*)8, 1), ZCALL_EFAULT), "an unmapped buffer is EFAULT");
  check(is_error(zcall_eventfd2(0, -1), ZCALL_EINVAL), "bad flags are EINVAL");
  const char* name = zcall_errname(ZCALL_EAGAIN);
  check(name && same(name, "EAGAIN", 7), "errname");
}

static void test_wrappers(void) {
  int fds[2];
  check(zcall_pipe2(fds, 0).err == 0, "pipe2");
  zcall_iovec out[2] = {{(void*)"zero-", 5}, {(void*)"copy", 4}};
  check(zcall_writev(fds[1], out, 2).r1 == 9, "writev");
  char buf[16];
  check(zcall_read(fds[0], buf, sizeof buf).r1 == 9 && same(buf, "zero-copy", 9), "pipe round trip");
  zcall_close(fds[0]);
  zcall_close(fds[1]);

  zcall_ret efd = zcall_eventfd2(2, ZCALL_EFD_NONBLOCK);
  uint64_t add = 5, total = 0;
  check(efd.err == 0 && zcall_write((int)efd.r1, &add, 8).r1 == 8, "eventfd write");
  check(zcall_read((int)efd.r1, &total, 8).r1 == 8 && total == 7, "eventfd counts");
  check(is_error(zcall_read((int)efd.r1, &total, 8), ZCALL_EAGAIN), "empty eventfd is EAGAIN");
  zcall_close((int)efd.r1);

  int sv[2];
  check(zcall_socketpair(ZCALL_AF_UNIX, ZCALL_SOCK_STREAM, 0, sv).err == 0, "socketpair");
  check(zcall_write(sv[0], "ping", 4).r1 == 4 && zcall_read(sv[1], buf, 4).r1 == 4 && same(buf, "ping", 4),
        "socketpair round trip");
  zcall_close(sv[0]);
  zcall_close(sv[1]);

  zcall_timespec a, b;
  check(zcall_clock_gettime(ZCALL_CLOCK_MONOTONIC, &a).err == 0 &&
            zcall_clock_gettime(ZCALL_CLOCK_MONOTONIC, &b).err == 0 &&
            (b.tv_sec > a.tv_sec || (b.tv_sec == a.tv_sec && b.tv_nsec >= a.tv_nsec)),
        "clock_gettime is monotonic");
}

/* One NOP through an io_uring built by hand: setup, the three mmaps, submit, reap. */
static void test_io_uring_nop(void) {
  zcall_io_uring_params p;
  memset(&p, 0, sizeof p);
  zcall_ret ring = zcall_io_uring_setup(4, &p);
  if (ring.err == ZCALL_ENOSYS || ring.err == ZCALL_EPERM) {
    skipped++;
    say("SKIP: io_uring_setup: ");
    say(zcall_errname(ring.err));
    say(" (qemu-user does not emulate io_uring, or it is disabled)\n");
    return;
  }
  check(ring.err == 0, "io_uring_setup");
  if (ring.err) return;
  int fd = (int)ring.r1;
  int prot = ZCALL_PROT_READ | ZCALL_PROT_WRITE, flags = ZCALL_MAP_SHARED | ZCALL_MAP_POPULATE;
  size_t sq_len = p.sq_off.array + p.sq_entries * 4, cq_len = p.cq_off.cqes + p.cq_entries * sizeof(zcall_io_uring_cqe);
  char* sq = (char*)zcall_mmap(0, sq_len, prot, flags, fd, (int64_t)ZCALL_IORING_OFF_SQ_RING).r1;
  char* cq = (char*)zcall_mmap(0, cq_len, prot, flags, fd, (int64_t)ZCALL_IORING_OFF_CQ_RING).r1;
  zcall_io_uring_sqe* sqes = (zcall_io_uring_sqe*)zcall_mmap(0, p.sq_entries * sizeof(zcall_io_uring_sqe), prot, flags,
                                                             fd, (int64_t)ZCALL_IORING_OFF_SQES)
                                 .r1;
  uint32_t tail = *(uint32_t*)(sq + p.sq_off.tail);
  uint32_t index = tail & *(uint32_t*)(sq + p.sq_off.ring_mask);
  memset(&sqes[index], 0, sizeof sqes[index]);
  sqes[index].opcode = ZCALL_IORING_OP_NOP;
  sqes[index].user_data = 42;
  ((uint32_t*)(sq + p.sq_off.array))[index] = index;
  __atomic_store_n((uint32_t*)(sq + p.sq_off.tail), tail + 1, __ATOMIC_RELEASE);
  check(zcall_io_uring_enter(fd, 1, 1, ZCALL_IORING_ENTER_GETEVENTS, 0, 0).r1 == 1, "io_uring_enter submits");
  uint32_t head = *(uint32_t*)(cq + p.cq_off.head);
  check(__atomic_load_n((uint32_t*)(cq + p.cq_off.tail), __ATOMIC_ACQUIRE) == head + 1, "one completion");
  zcall_io_uring_cqe* cqe = (zcall_io_uring_cqe*)(cq + p.cq_off.cqes) + (head & *(uint32_t*)(cq + p.cq_off.ring_mask));
  check(cqe->user_data == 42 && cqe->res == 0, "the NOP completed");
  __atomic_store_n((uint32_t*)(cq + p.cq_off.head), head + 1, __ATOMIC_RELEASE);
  zcall_close(fd);
}

/* A handler installed through zcall alone runs and returns: x86_64 through zcall's restorer, the other
 * architectures through the vDSO's trampoline (or qemu-user's), which the kernel supplies. */
static volatile int handled;
static void on_signal(int sig) { handled = sig; }

static void test_signal_handler(void) {
  zcall_sigaction act;
  memset(&act, 0, sizeof act);
  act.handler = on_signal;
#if defined(__x86_64__)
  act.flags = ZCALL_SA_RESTORER;
  act.restorer = zcall_rt_sigreturn;
#endif
  check(zcall_rt_sigaction(ZCALL_SIGUSR1, &act, 0).err == 0, "rt_sigaction");
  check(zcall_kill((int)zcall_getpid().r1, ZCALL_SIGUSR1).err == 0, "kill");
  check(handled == ZCALL_SIGUSR1, "a handler runs and returns");
  handled = 0;
  check(
      zcall_tgkill((int)zcall_getpid().r1, (int)zcall_gettid().r1, ZCALL_SIGUSR1).err == 0 && handled == ZCALL_SIGUSR1,
      "and again");
  zcall_sigaction back;
  check(zcall_rt_sigaction(ZCALL_SIGUSR1, 0, &back).err == 0 && back.handler == on_signal, "the action reads back");
}

/* What each architecture's vDSO exports of the five calls zcall serves from it (arch/x/kernel/vdso/vdso.lds.S). */
#if defined(__x86_64__) || defined(__powerpc64__)
#define VDSO_CALLS 5u
#elif defined(__aarch64__) || defined(__mips64)
#define VDSO_CALLS 3u
#else
#define VDSO_CALLS 4u
#endif

static int clock_between_traps(void) {
  zcall_timespec before, now, after;
  zcall_syscall4(ZCALL_SYS_clock_gettime, ZCALL_CLOCK_MONOTONIC, (uintptr_t)&before, 0, 0);
  zcall_ret r = zcall_clock_gettime(ZCALL_CLOCK_MONOTONIC, &now);
  zcall_syscall4(ZCALL_SYS_clock_gettime, ZCALL_CLOCK_MONOTONIC, (uintptr_t)&after, 0, 0);
  return r.err == 0 && (before.tv_sec < now.tv_sec || (before.tv_sec == now.tv_sec && before.tv_nsec <= now.tv_nsec)) &&
         (now.tv_sec < after.tv_sec || (now.tv_sec == after.tv_sec && now.tv_nsec <= after.tv_nsec));
}

/* Fields of the stand-in's ELF headers, which the target's linker wrote in the target's byte order. */
static uint64_t u64(const unsigned char* p) {
  uint64_t v;
  memcpy(&v, p, sizeof v);
  return v;
}
static uint32_t u32(const unsigned char* p) {
  uint32_t v;
  memcpy(&v, p, sizeof v);
  return v;
}
static uint16_t u16(const unsigned char* p) {
  uint16_t v;
  memcpy(&v, p, sizeof v);
  return v;
}

/* The stand-in vDSO of tests/vdso/fake_vdso.c, laid out as the kernel maps the vDSO: each PT_LOAD at its vaddr. */
static const void* load_fake_vdso(const char* path) {
  static unsigned char file[1 << 16];
  zcall_ret fd = zcall_openat(ZCALL_AT_FDCWD, path, ZCALL_O_RDONLY, 0);
  if (fd.err) return 0;
  zcall_ret got = zcall_read((int)fd.r1, file, sizeof file);
  zcall_close((int)fd.r1);
  if (got.err || got.r1 < 64) return 0;
  uint64_t phoff = u64(file + 32), phnum = u16(file + 56), span = 0;
  for (uint64_t i = 0; i < phnum; i++) {
    const unsigned char* ph = file + phoff + i * 56;
    if (u32(ph) == 1 && u64(ph + 16) + u64(ph + 40) > span) span = u64(ph + 16) + u64(ph + 40);
  }
  zcall_ret m =
      zcall_mmap(0, (size_t)span, ZCALL_PROT_READ | ZCALL_PROT_WRITE, ZCALL_MAP_PRIVATE | ZCALL_MAP_ANONYMOUS, -1, 0);
  if (m.err) return 0;
  unsigned char* image = (unsigned char*)m.r1;
  for (uint64_t i = 0; i < phnum; i++) {
    const unsigned char* ph = file + phoff + i * 56;
    if (u32(ph) == 1) memcpy(image + u64(ph + 16), file + u64(ph + 8), (size_t)u64(ph + 32));
  }
  zcall_mprotect(image, (size_t)span, ZCALL_PROT_READ | ZCALL_PROT_EXEC);
  return image;
}

/* The program's own auxv, as _start found it, given to zcall; and a real linker's image on this architecture. */
static void test_vdso(const uintptr_t* auxv, const char* fake_vdso) {
  int has_vdso = 0;
  for (const uintptr_t* a = auxv; a[0]; a += 2)
    if (a[0] == 33 /* AT_SYSINFO_EHDR */) has_vdso = 1;
  unsigned found = zcall_vdso_init_auxv(auxv);
  check(found == (has_vdso ? VDSO_CALLS : 0u), has_vdso ? "the vDSO of this program's auxv serves its calls"
                                                        : "no vDSO in this program's auxv (qemu-user), none used");
  check(clock_between_traps(), "the clock, between two trapped readings");
  if (!fake_vdso) {
    check(0, "no stand-in vDSO named on the command line");
    return;
  }
  const void* fake = load_fake_vdso(fake_vdso);
  check(fake && zcall_vdso_init(fake) == VDSO_CALLS, "the stand-in vDSO, as this target's linker built it, is read");
  zcall_timespec ts = {0, 0};
  check(zcall_clock_gettime(ZCALL_CLOCK_REALTIME, &ts).err == 0 && ts.tv_sec == 1000 && ts.tv_nsec == 7,
        "clock_gettime is answered by the stand-in");
  check(zcall_vdso_init_auxv(auxv) == found && clock_between_traps(), "and by this program's own vDSO again");
}

static const uintptr_t* program_auxv;
static const char* program_fake_vdso;

static int run(void) {
  say("zcall freestanding test on " ZCALL_PLATFORM "\n");
  test_vdso(program_auxv, program_fake_vdso);
  test_raw_entries();
  test_error_convention();
  test_wrappers();
  test_io_uring_nop();
  test_signal_handler();
  say_number((uintptr_t)passed);
  say(" passed, ");
  say_number((uintptr_t)failed);
  say(" failed, ");
  say_number((uintptr_t)skipped);
  say(" skipped\n");
  return failed != 0;
}

/* The kernel enters _start with the stack pointer at argc, then argv, envp and the auxiliary vector; a few
 * instructions hand that address to start() as its argument, with the stack aligned as a call expects. */
__attribute__((noreturn, used)) static void start(uintptr_t* sp) {
  char** argv = (char**)(sp + 1);
  char** envp = argv + sp[0] + 1;
  while (*envp) envp++;
  program_auxv = (const uintptr_t*)(envp + 1);
  program_fake_vdso = sp[0] > 1 ? argv[1] : 0;
  zcall_exit_group(run());
}

#if defined(__x86_64__)
__asm__(".globl _start\n_start:\n\tmov %rsp, %rdi\n\tand $-16, %rsp\n\tcall start\n");
#elif defined(__aarch64__)
__asm__(".globl _start\n_start:\n\tmov x0, sp\n\tbl start\n");
#elif defined(__riscv)
__asm__(
    ".globl _start\n_start:\n\t.option push\n\t.option norelax\n\tlla gp, __global_pointer$\n"
    "\t.option pop\n\tmv a0, sp\n\tcall start\n");
#elif defined(__loongarch64)
__asm__(".globl _start\n_start:\n\tmove $a0, $sp\n\tbl start\n");
#elif defined(__powerpc64__)
/* ELFv2: the TOC pointer (r2) from .TOC., PC-relative; then a 16-byte aligned minimum frame of 32 bytes, whose
 * back chain is 0, for start() to save its LR into. */
__asm__(
    ".globl _start\n_start:\n\tbcl 20, 31, 1f\n1:\tmflr 2\n\taddis 2, 2, .TOC.-1b@ha\n\taddi 2, 2, .TOC.-1b@l\n"
    "\tmr 3, 1\n\tclrrdi 1, 1, 4\n\tli 0, 0\n\tstdu 0, -32(1)\n\tbl start\n");
#elif defined(__s390x__)
/* The caller's 160-byte register save area below the stack pointer, with a zero back chain. */
__asm__(
    ".globl _start\n_start:\n\tlgr %r2, %r15\n\taghi %r15, -160\n\tlghi %r0, 0\n\tstg %r0, 0(%r15)\n"
    "\tbrasl %r14, start\n");
#elif defined(__mips64)
/* n64: the linker's entry on mips is __start. Functions and data are reached through the GOT at $gp, which
 * .cpsetup computes from the pc that bal leaves in $ra; start() finds its own $gp from its address in $t9. */
__asm__(
    ".globl __start\n.globl _start\n__start:\n_start:\n\t.set push\n\t.set noreorder\n\tbal 1f\n\tnop\n"
    "1:\t.cpsetup $31, $25, 1b\n\tmove $4, $29\n\tli $8, -16\n\tand $29, $29, $8\n\tdla $25, start\n"
    "\tjalr $25\n\tnop\n\t.set pop\n");
#endif
