// SPDX-License-Identifier: MIT
// Security: seccomp, Landlock, the LSM attribute calls; threads and tracing: set_tid_address,
// set_robust_list, get_robust_list, rseq, process_madvise, process_mrelease, ptrace, perf_event_open,
// bpf; and each architecture's own: arch_prctl (x86_64), riscv_hwprobe and riscv_flush_icache (riscv64).
// Filters, rulesets and thread registrations are installed only in a child.
#include <fcntl.h>
#include <linux/bpf.h>
#include <linux/perf_event.h>
#include <sys/mman.h>
#include <sys/rseq.h>
#include <sys/syscall.h>
#include <sys/wait.h>

#include <cerrno>
#include <csignal>
#include <cstddef>
#include <string>

#include "helpers.hpp"

namespace {

void* const unmapped = reinterpret_cast<void*>(8);  // the first page is never mapped

// --- seccomp --------------------------------------------------------------------------------------

TEST(security_seccomp, a_filter_makes_getppid_fail_with_the_errno_it_chose_in_a_child) {
  T_SKIP_IF_EMULATED("refuses seccomp filters, which would apply to its own system calls");
  T_SKIP_IF_VALGRIND("a filter would apply to valgrind's own system calls");
  T_IN_CHILD(0, [](t_child& c) {
    // Allow everything but getppid, which fails with EHOSTDOWN; the architecture is not checked, as a
    // child of this test makes only native calls.
    zcall_sock_filter program[] = {
        {ZCALL_BPF_LD | ZCALL_BPF_W | ZCALL_BPF_ABS, 0, 0, 0},  // seccomp_data.nr
        {ZCALL_BPF_JMP | ZCALL_BPF_JEQ | ZCALL_BPF_K, 0, 1, ZCALL_SYS_getppid},
        {ZCALL_BPF_RET | ZCALL_BPF_K, 0, 0, ZCALL_SECCOMP_RET_ERRNO | ZCALL_EHOSTDOWN},
        {ZCALL_BPF_RET | ZCALL_BPF_K, 0, 0, ZCALL_SECCOMP_RET_ALLOW},
    };
    zcall_sock_fprog prog = {4, program};
    std::uint32_t action = ZCALL_SECCOMP_RET_ERRNO;
    c.ok(zcall_seccomp(ZCALL_SECCOMP_GET_ACTION_AVAIL, 0, &action), "seccomp GET_ACTION_AVAIL");
    c.ok(zcall_prctl(ZCALL_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "prctl NO_NEW_PRIVS");
    c.err(zcall_seccomp(ZCALL_SECCOMP_SET_MODE_FILTER, 0x80000000u, &prog), EINVAL, "seccomp with unknown flags");
    c.ok(zcall_seccomp(ZCALL_SECCOMP_SET_MODE_FILTER, 0, &prog), "seccomp SET_MODE_FILTER");
    c.err(zcall_getppid(), ZCALL_EHOSTDOWN, "getppid under the filter");
    c.ok(zcall_getpid(), "getpid, which the filter allows");
  });
}

TEST(security_seccomp, fails_with_einval_for_an_unknown_operation_and_efault) {
  T_SKIP_WITHOUT_SYSCALL(seccomp, 99, 0, nullptr);
  T_EXPECT_ERR(zcall_seccomp(99, 0, nullptr), EINVAL);
  T_EXPECT_ERR(zcall_seccomp(ZCALL_SECCOMP_GET_ACTION_AVAIL, 0, unmapped), EFAULT);
  std::uint32_t unknown = 0x12340000;
  T_EXPECT_ERR(zcall_seccomp(ZCALL_SECCOMP_GET_ACTION_AVAIL, 0, &unknown), EOPNOTSUPP);
}

// --- Landlock ----------------------------------------------------------------------------------

TEST(security_landlock, a_ruleset_confines_a_child_s_reads_to_one_directory) {
  T_TMPDIR(inside);
  T_TMPDIR(outside);
  ASSERT_TRUE(t_put(inside.fd(), "f", "in"));
  ASSERT_TRUE(t_put(outside.fd(), "f", "out"));
  const zcall_ret abi = zcall_landlock_create_ruleset(nullptr, 0, ZCALL_LANDLOCK_CREATE_RULESET_VERSION);
  if (abi.err == ENOSYS || abi.err == EOPNOTSUPP)
    GTEST_SKIP() << "Landlock: " << zcall_errname(abi.err) << " from " << t_answerer() << " (not built or not enabled)";
  EXPECT_GE(T_EXPECT_OK(abi), 1u) << "the ABI version";
  const std::string in = inside.path(), out = outside.path();
  T_IN_CHILD(0, [&](t_child& c) {
    zcall_landlock_ruleset_attr attr = {};
    attr.handled_access_fs = ZCALL_LANDLOCK_ACCESS_FS_READ_FILE;
    const int ruleset = static_cast<int>(c.ok(zcall_landlock_create_ruleset(&attr, 24, 0), "create_ruleset"));
    const int dir = open(in.c_str(), O_PATH | O_CLOEXEC);
    zcall_landlock_path_beneath_attr rule = {ZCALL_LANDLOCK_ACCESS_FS_READ_FILE, dir};
    c.ok(zcall_landlock_add_rule(ruleset, ZCALL_LANDLOCK_RULE_PATH_BENEATH, &rule, 0), "add_rule");
    c.err(zcall_landlock_add_rule(ruleset, 99, &rule, 0), EINVAL, "add_rule of an unknown type");
    c.err(zcall_landlock_add_rule(-1, ZCALL_LANDLOCK_RULE_PATH_BENEATH, &rule, 0), EBADF, "add_rule to no ruleset");
    c.ok(zcall_prctl(ZCALL_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "prctl NO_NEW_PRIVS");
    c.err(zcall_landlock_restrict_self(ruleset, 0x80000000u), EINVAL, "restrict_self with unknown flags");
    c.ok(zcall_landlock_restrict_self(ruleset, 0), "restrict_self");
    c.expect(t_get(AT_FDCWD, (in + "/f").c_str()) == "in", "a file inside is readable");
    c.expect(open((out + "/f").c_str(), O_RDONLY | O_CLOEXEC) < 0 && errno == EACCES, "a file outside is not");
  });
}

TEST(security_landlock, create_ruleset_fails_with_einval_for_a_size_too_small_and_efault) {
  const zcall_ret abi = zcall_landlock_create_ruleset(nullptr, 0, ZCALL_LANDLOCK_CREATE_RULESET_VERSION);
  if (abi.err == ENOSYS || abi.err == EOPNOTSUPP) GTEST_SKIP() << "Landlock: off here";
  zcall_landlock_ruleset_attr attr = {};
  attr.handled_access_fs = ZCALL_LANDLOCK_ACCESS_FS_READ_FILE;
  T_EXPECT_ERR(zcall_landlock_create_ruleset(&attr, 4, 0), EINVAL);
  T_EXPECT_ERR(zcall_landlock_create_ruleset(static_cast<zcall_landlock_ruleset_attr*>(unmapped), 24, 0), EFAULT);
  T_EXPECT_ERR(zcall_landlock_restrict_self(-1, 0), EBADF);
}

// --- LSM attributes (Linux 6.8) --------------------------------------------------------------------

TEST(security_lsm, list_modules_gives_the_ids_and_the_size_it_needs) {
  T_SKIP_WITHOUT_SYSCALL(lsm_list_modules, nullptr, nullptr, 1);
  std::uint64_t ids[32] = {};
  std::uint32_t size = sizeof ids;
  const std::uintptr_t n = T_EXPECT_OK(zcall_lsm_list_modules(ids, &size, 0));
  EXPECT_EQ(size, n * sizeof ids[0]);
  EXPECT_GT(n, 0u) << "the capability module is always there";
  std::uint32_t small = 0;
  T_EXPECT_ERR(zcall_lsm_list_modules(ids, &small, 0), E2BIG);
  EXPECT_EQ(small, size) << "E2BIG says the size needed";
  T_EXPECT_ERR(zcall_lsm_list_modules(ids, &size, 1), EINVAL);
}

TEST(security_lsm, self_attr_reads_the_current_context_where_a_module_has_one) {
  T_SKIP_WITHOUT_SYSCALL(lsm_get_self_attr, 0, nullptr, nullptr, 0);
  alignas(8) unsigned char buf[4096];
  auto* ctx = reinterpret_cast<zcall_lsm_ctx*>(buf);
  std::uint32_t size = sizeof buf;
  T_EXPECT_ERR(zcall_lsm_get_self_attr(0, ctx, &size, 0), EINVAL);                   // no such attribute
  T_EXPECT_ERR(zcall_lsm_set_self_attr(ZCALL_LSM_ATTR_CURRENT, ctx, 8, 0), EINVAL);  // shorter than a record
  const zcall_ret got = zcall_lsm_get_self_attr(ZCALL_LSM_ATTR_CURRENT, ctx, &size, 0);
  if (got.err == EOPNOTSUPP) GTEST_SKIP() << "no LSM here keeps a current context (SELinux, AppArmor, Smack)";
  EXPECT_GE(T_EXPECT_OK(got), 1u);
  EXPECT_GE(ctx->len, sizeof(zcall_lsm_ctx));
}

// --- set_tid_address, set_robust_list, get_robust_list, rseq ---------------------------------------

int tid_word = -1;

TEST(security_threads, set_tid_address_gives_the_tid_in_a_child) {
  T_IN_CHILD(0, [](t_child& c) {
    c.expect(c.ok(zcall_set_tid_address(&tid_word), "set_tid_address") == static_cast<std::uintptr_t>(gettid()),
             "the caller's tid");
  });
}

TEST(security_threads, get_robust_list_reads_the_c_library_s_list_and_set_robust_list_replaces_it_in_a_child) {
  zcall_robust_list_head* probe_head = nullptr;
  std::size_t probe_len = 0;
  T_SKIP_WITHOUT_SYSCALL(get_robust_list, 0x7654321, &probe_head, &probe_len);
  zcall_robust_list_head* head = nullptr;
  std::size_t len = 0;
  T_EXPECT_OK(zcall_get_robust_list(0, &head, &len));
  EXPECT_EQ(len, sizeof(zcall_robust_list_head));
  T_EXPECT_ERR(zcall_get_robust_list(0x7654321, &head, &len), ESRCH);
  T_IN_CHILD(0, [](t_child& c) {
    static zcall_robust_list_head mine = {{&mine.list}, 0, nullptr};
    c.err(zcall_set_robust_list(&mine, 8), EINVAL, "set_robust_list of a wrong size");
    c.ok(zcall_set_robust_list(&mine, sizeof mine), "set_robust_list");
    zcall_robust_list_head* now = nullptr;
    std::size_t size = 0;
    c.ok(zcall_get_robust_list(0, &now, &size), "get_robust_list");
    c.expect(now == &mine, "the list set");
  });
}

// The signature before each abort handler: the C library's where it registers rseq itself, otherwise any
// value, as the kernel only holds a thread to the one it registered with.
#ifdef RSEQ_SIG
constexpr std::uint32_t rseq_sig = RSEQ_SIG;
#else
constexpr std::uint32_t rseq_sig = 0x53053053;
#endif

// What __rseq_offset is relative to: GCC has no __builtin_thread_pointer for powerpc, whose ABI keeps it in r13.
void* thread_pointer() {
#if defined(__powerpc64__)
  void* tp;
  __asm__("mr %0, 13" : "=r"(tp));
  return tp;
#else
  return __builtin_thread_pointer();
#endif
}

TEST(security_rseq, replaces_the_c_library_s_registration_in_a_child) {
  T_SKIP_WITHOUT_SYSCALL(rseq, nullptr, 0, 0, 0);
  T_IN_CHILD(0, [](t_child& c) {
    static struct zcall_rseq mine;
    if (__rseq_size > 0) {
      auto* glibc = reinterpret_cast<struct zcall_rseq*>(static_cast<char*>(thread_pointer()) + __rseq_offset);
      // The C library registers its 32 bytes; __rseq_size says how many of them it uses.
      c.err(zcall_rseq(&mine, 32, 0, rseq_sig), EINVAL, "rseq of another area while one is registered");
      c.err(zcall_rseq(glibc, 32, 0, rseq_sig), EBUSY, "rseq of the registered area again");
      c.ok(zcall_rseq(glibc, 32, ZCALL_RSEQ_FLAG_UNREGISTER, rseq_sig), "unregister the C library's");
    }
    c.err(zcall_rseq(&mine, 5, 0, rseq_sig), EINVAL, "rseq of a bad length");
    c.ok(zcall_rseq(&mine, 32, 0, rseq_sig), "rseq");
    c.expect(mine.cpu_id < 4096, "the kernel fills cpu_id");
  });
}

// --- process_madvise, process_mrelease ---------------------------------------------------------

TEST(security_process_madvise, advises_this_process_s_memory_through_a_pidfd) {
  T_SKIP_WITHOUT_SYSCALL(process_madvise, -1, nullptr, 0, 0, 0);
  t_fd self(static_cast<int>(zcall_pidfd_open(getpid(), 0).r1));
  const std::size_t page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
  void* p = mmap(nullptr, page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  ASSERT_NE(p, MAP_FAILED);
  zcall_iovec range = {p, page};
  EXPECT_EQ(T_EXPECT_OK(zcall_process_madvise(self.get(), &range, 1, ZCALL_MADV_COLD, 0)), page);
  T_EXPECT_ERR(zcall_process_madvise(self.get(), &range, 1, ZCALL_MADV_COLD, 1), EINVAL);
  T_EXPECT_ERR(zcall_process_madvise(-1, &range, 1, ZCALL_MADV_COLD, 0), EBADF);
  munmap(p, page);
}

TEST(security_process_mrelease, frees_a_killed_child_s_memory_and_refuses_a_live_one) {
  T_SKIP_WITHOUT_SYSCALL(process_mrelease, -1, 0);
  int release = -1;
  const pid_t pid = t_fork_until_released(0, &release);
  ASSERT_GT(pid, 0);
  t_fd pidfd(static_cast<int>(zcall_pidfd_open(pid, 0).r1));
  T_EXPECT_ERR(zcall_process_mrelease(pidfd.get(), 0), EINVAL);  // alive
  T_EXPECT_ERR(zcall_process_mrelease(pidfd.get(), 1), EINVAL);  // unknown flags
  ASSERT_EQ(zcall_pidfd_send_signal(pidfd.get(), SIGKILL, nullptr, 0).err, 0u);
  // Between the kill and the exit the memory is released; once the exit is done there is none (ESRCH).
  const zcall_ret released = zcall_process_mrelease(pidfd.get(), 0);
  EXPECT_TRUE(released.err == 0 || released.err == ESRCH) << zcall_errname(released.err);
  close(release);
  int status = 0;
  EXPECT_EQ(waitpid(pid, &status, 0), pid);
}

// --- ptrace ---------------------------------------------------------------------------------------

long traced_word = 0x600d;

TEST(security_ptrace, peeks_a_traced_child_s_memory_into_data) {
  T_SKIP_WITHOUT_SYSCALL(ptrace, ZCALL_PTRACE_CONT, -1, 0, 0);
  T_SKIP_IF_VALGRIND("a child of valgrind is traced through valgrind's own view of its memory");
  const pid_t pid = fork();
  if (pid == 0) {
    if (zcall_ptrace(ZCALL_PTRACE_TRACEME, 0, nullptr, nullptr).err != 0) _exit(2);
    raise(SIGSTOP);
    _exit(traced_word == 0x5eed ? 0 : 1);
  }
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFSTOPPED(status));
  long word = 0;
  // The raw PEEKDATA stores the word at data; its return is 0.
  EXPECT_EQ(T_EXPECT_OK(zcall_ptrace(ZCALL_PTRACE_PEEKDATA, pid, &traced_word, &word)), 0u);
  EXPECT_EQ(word, 0x600d);
  T_EXPECT_OK(zcall_ptrace(ZCALL_PTRACE_POKEDATA, pid, &traced_word, reinterpret_cast<void*>(0x5eed)));
  T_EXPECT_OK(zcall_ptrace(ZCALL_PTRACE_CONT, pid, nullptr, nullptr));
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "the poke reached the child";
}

TEST(security_ptrace, fails_with_esrch_for_a_process_it_does_not_trace) {
  T_SKIP_WITHOUT_SYSCALL(ptrace, ZCALL_PTRACE_CONT, -1, 0, 0);
  T_EXPECT_ERR(zcall_ptrace(ZCALL_PTRACE_CONT, 0x7654321, nullptr, nullptr), ESRCH);
  T_EXPECT_ERR(zcall_ptrace(ZCALL_PTRACE_CONT, getppid(), nullptr, nullptr), ESRCH);
}

// --- perf_event_open, bpf -------------------------------------------------------------------------

TEST(security_perf_event_open, counts_this_process_s_task_clock) {
  perf_event_attr probe = {};
  probe.size = sizeof probe;
  T_SKIP_WITHOUT_SYSCALL(perf_event_open, &probe, 0, -1, -1, 0x100);
  perf_event_attr attr = {};
  attr.size = sizeof attr;
  attr.type = PERF_TYPE_SOFTWARE;
  attr.config = PERF_COUNT_SW_TASK_CLOCK;
  attr.exclude_kernel = 1;
  const zcall_ret r = zcall_perf_event_open(&attr, 0, -1, -1, 0);
  if (r.err == EACCES || r.err == EPERM) GTEST_SKIP() << "perf events are closed here (kernel.perf_event_paranoid)";
  t_fd fd(static_cast<int>(T_EXPECT_OK(r)));
  std::uint64_t count = 0;
  EXPECT_EQ(read(fd.get(), &count, sizeof count), static_cast<ssize_t>(sizeof count));
  attr.size = 8;  // shorter than the first published size
  T_EXPECT_ERR(zcall_perf_event_open(&attr, 0, -1, -1, 0), E2BIG);
  attr.size = sizeof attr;
  T_EXPECT_ERR(zcall_perf_event_open(&attr, 0, -1, -1, 0x100), EINVAL);
}

TEST(security_bpf, creates_an_array_map_and_refuses_an_unknown_command) {
  T_SKIP_WITHOUT_SYSCALL(bpf, -1, nullptr, 0);
  T_EXPECT_ERR(zcall_bpf(9999, nullptr, 0), EINVAL);
  union bpf_attr attr = {};
  attr.map_type = BPF_MAP_TYPE_ARRAY;
  attr.key_size = 4;
  attr.value_size = 8;
  attr.max_entries = 1;
  const zcall_ret r = zcall_bpf(BPF_MAP_CREATE, &attr, sizeof attr);
  if (r.err == EPERM) GTEST_SKIP() << "bpf needs CAP_BPF here (kernel.unprivileged_bpf_disabled)";
  t_fd map(static_cast<int>(T_EXPECT_OK(r)));
  EXPECT_GE(map.get(), 0);
}

// --- Each architecture's own --------------------------------------------------------------------

#if defined(__x86_64__)
TEST(security_arch_prctl, get_fs_gives_the_thread_pointer_and_unknown_codes_fail_with_einval) {
  unsigned long fs = 0;
  T_EXPECT_OK(zcall_arch_prctl(ZCALL_ARCH_GET_FS, reinterpret_cast<unsigned long>(&fs)));
  EXPECT_EQ(fs, reinterpret_cast<unsigned long>(__builtin_thread_pointer()));
  T_EXPECT_ERR(zcall_arch_prctl(0x9999, 0), EINVAL);
}
#endif

#if defined(__riscv)
TEST(security_riscv_hwprobe, reads_the_vendor_id_and_refuses_unknown_flags) {
  T_SKIP_WITHOUT_SYSCALL(riscv_hwprobe, nullptr, 0, 0, nullptr, 0x80000000u);
  struct zcall_riscv_hwprobe pair = {0 /* RISCV_HWPROBE_KEY_MVENDORID */, ~0ull};
  T_EXPECT_OK(zcall_riscv_hwprobe(&pair, 1, 0, nullptr, 0));
  EXPECT_EQ(pair.key, 0);
  T_EXPECT_ERR(zcall_riscv_hwprobe(&pair, 1, 0, nullptr, 0x80000000u), EINVAL);
}

TEST(security_riscv_flush_icache, flushes_a_range) {
  T_SKIP_WITHOUT_SYSCALL(riscv_flush_icache, 0, 0, 0x80);
  char code[64] = {};
  T_EXPECT_OK(zcall_riscv_flush_icache(code, code + sizeof code, 0));
}

TEST(security_riscv_flush_icache, fails_with_einval_for_unknown_flags) {
  T_SKIP_IF_EMULATED("answers riscv_flush_icache itself and takes any flags: only a riscv64 kernel checks them");
  char code[64] = {};
  T_EXPECT_ERR(zcall_riscv_flush_icache(code, code + sizeof code, 0x80), EINVAL);
}
#endif

// --- C++ ------------------------------------------------------------------------------------

TEST(cpp_security, results_and_errnos) {
  zcall_robust_list_head* probe_head = nullptr;
  std::size_t probe_len = 0;
  T_SKIP_WITHOUT_SYSCALL(get_robust_list, 0x7654321, &probe_head, &probe_len);
  zcall::robust_list_head* head = nullptr;
  std::size_t len = 0;
  EXPECT_EQ(zcall::get_robust_list(0x7654321, &head, &len), zcall::Errno::SRCH);
  perf_event_attr attr = {};
  attr.size = 8;  // shorter than the first published size
  auto [fd, err] = zcall::perf_event_open(&attr, 0, -1, -1, 0);
  EXPECT_EQ(fd, -1);
  EXPECT_TRUE(err == zcall::Errno::TOOBIG || err == zcall::Errno::NOSYS) << err.name();
}

}  // namespace
