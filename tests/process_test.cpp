// SPDX-License-Identifier: MIT
// Processes, scheduling and the system: wait4, waitid, execve, execveat, exit, uname, sysinfo,
// sethostname, setdomainname, getcpu, the sched_* calls, getpriority, setpriority, ioprio_get,
// ioprio_set, kcmp, process_vm_readv, process_vm_writev, tkill, membarrier. What changes the
// process's scheduling, or the host name, runs in a child.
#include <fcntl.h>
#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/utsname.h>
#include <sys/wait.h>

#include <cerrno>
#include <csignal>
#include <string>

#include "helpers.hpp"

namespace {

void* const unmapped = reinterpret_cast<void*>(8);  // the first page is never mapped

// A child that exits at once with `code`.
pid_t child_exiting(int code) {
  const pid_t pid = fork();
  if (pid == 0) _exit(code);
  return pid;
}

// The exit status of a child run through the C library's waitpid.
int exit_status(pid_t pid) {
  int status = 0;
  if (waitpid(pid, &status, 0) != pid) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 1000 + WTERMSIG(status);
}

char* const shell_exiting_42[] = {const_cast<char*>("sh"), const_cast<char*>("-c"), const_cast<char*>("exit 42"),
                                  nullptr};
char* const no_env[] = {nullptr};

// --- wait4, waitid ------------------------------------------------------------------------------

TEST(process_wait4, reaps_a_child_with_its_status_and_usage) {
  const pid_t pid = child_exiting(7);
  ASSERT_GT(pid, 0);
  int status = 0;
  zcall_rusage usage = {};
  EXPECT_EQ(T_EXPECT_OK(zcall_wait4(pid, &status, 0, &usage)), static_cast<std::uintptr_t>(pid));
  EXPECT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 7);
  EXPECT_GE(usage.ru_stime.tv_usec, 0);
}

TEST(process_wait4, answers_0_with_wnohang_while_the_child_runs) {
  int release = -1;
  const pid_t pid = t_fork_until_released(0, &release);
  ASSERT_GT(pid, 0);
  EXPECT_EQ(T_EXPECT_OK(zcall_wait4(pid, nullptr, ZCALL_WNOHANG, nullptr)), 0u);
  close(release);
  EXPECT_EQ(exit_status(pid), 0);
}

TEST(process_wait4, fails_with_echild_and_einval) {
  T_EXPECT_ERR(zcall_wait4(0x7654321, nullptr, 0, nullptr), ECHILD);
  T_EXPECT_ERR(zcall_wait4(-1, nullptr, 0x40, nullptr), EINVAL);
}

TEST(process_waitid, fills_siginfo_with_the_pid_code_and_status) {
  const pid_t pid = child_exiting(3);
  ASSERT_GT(pid, 0);
  zcall_siginfo info = {};
  T_EXPECT_OK(zcall_waitid(ZCALL_P_PID, pid, &info, ZCALL_WEXITED, nullptr));
  EXPECT_EQ(info.si_signo, SIGCHLD);
  EXPECT_EQ(info.si_code, ZCALL_CLD_EXITED);
  EXPECT_EQ(info._sifields._sigchld._pid, pid);
  EXPECT_EQ(info._sifields._sigchld._status, 3);
}

TEST(process_waitid, waits_on_a_pidfd_and_reports_nothing_yet_with_wnohang) {
  T_SKIP_IF_VALGRIND("3.19 answers EINVAL for P_PIDFD itself");
  int release = -1;
  const pid_t pid = t_fork_until_released(9, &release);
  ASSERT_GT(pid, 0);
  t_fd pidfd(static_cast<int>(zcall_pidfd_open(pid, 0).r1));
  zcall_siginfo info = {};
  info._sifields._sigchld._pid = -1;
  T_EXPECT_OK(zcall_waitid(ZCALL_P_PIDFD, pidfd.get(), &info, ZCALL_WEXITED | ZCALL_WNOHANG, nullptr));
  EXPECT_EQ(info._sifields._sigchld._pid, 0) << "nothing to report: the kernel clears the pid";
  close(release);
  zcall_rusage usage;
  T_EXPECT_OK(zcall_waitid(ZCALL_P_PIDFD, pidfd.get(), &info, ZCALL_WEXITED, &usage));
  EXPECT_EQ(info._sifields._sigchld._status, 9);
}

TEST(process_waitid, fails_with_einval_without_options_and_echild) {
  zcall_siginfo info;
  T_EXPECT_ERR(zcall_waitid(ZCALL_P_ALL, 0, &info, 0, nullptr), EINVAL);
  T_EXPECT_ERR(zcall_waitid(ZCALL_P_PID, 0x7654321, &info, ZCALL_WEXITED, nullptr), ECHILD);
  T_EXPECT_ERR(zcall_waitid(99, 0, &info, ZCALL_WEXITED, nullptr), EINVAL);
}

// --- execve, execveat, exit ------------------------------------------------------------------------

TEST(process_execve, runs_a_program_in_a_child_which_exits_with_its_status) {
  const pid_t pid = fork();
  if (pid == 0) {
    zcall_execve("/bin/sh", shell_exiting_42, no_env);
    _exit(99);
  }
  EXPECT_EQ(exit_status(pid), 42);
}

TEST(process_execveat, runs_an_open_program_with_at_empty_path) {
  T_SKIP_WITHOUT_SYSCALL(execveat, -1, "", nullptr, nullptr, 0);
  t_fd sh(open("/bin/sh", O_RDONLY | O_CLOEXEC));
  ASSERT_GE(sh.get(), 0);
  const int fd = sh.get();
  const pid_t pid = fork();
  if (pid == 0) {
    zcall_execveat(fd, "", shell_exiting_42, no_env, ZCALL_AT_EMPTY_PATH);
    _exit(99);
  }
  EXPECT_EQ(exit_status(pid), 42);
}

TEST(process_execve, fails_with_enoent_and_eacces_and_returns) {
  T_EXPECT_ERR(zcall_execve("/nonexistent-zcall", shell_exiting_42, no_env), ENOENT);
  T_EXPECT_ERR(zcall_execve("/", shell_exiting_42, no_env), EACCES);
}

TEST(process_execveat, fails_with_ebadf_and_einval_and_returns) {
  T_SKIP_IF_VALGRIND("3.19 makes execveat itself, ignoring its flags: it would run the program");
  T_SKIP_WITHOUT_SYSCALL(execveat, -1, "", nullptr, nullptr, 0);
  T_EXPECT_ERR(zcall_execveat(-1, "relative", shell_exiting_42, no_env, 0), EBADF);
  T_EXPECT_ERR(zcall_execveat(ZCALL_AT_FDCWD, "/bin/sh", shell_exiting_42, no_env, 0x1), EINVAL);
}

// exit has no error: it ends the caller.
TEST(process_exit, ends_a_single_threaded_child_with_the_status) {
  T_SKIP_IF_TSAN("it runs a thread of its own in every child, which exit, ending one thread, leaves running");
  const pid_t pid = fork();
  if (pid == 0) zcall_exit(5);
  EXPECT_EQ(exit_status(pid), 5);
}

// --- uname, sysinfo, sethostname, setdomainname, getcpu -----------------------------------------

TEST(process_uname, gives_what_glibc_uname_gives) {
  struct utsname glibc;
  ASSERT_EQ(uname(&glibc), 0);
  zcall_new_utsname ours;
  T_EXPECT_OK(zcall_uname(&ours));
  EXPECT_STREQ(ours.sysname, "Linux");
  EXPECT_STREQ(ours.release, glibc.release);
  EXPECT_STREQ(ours.nodename, glibc.nodename);
  EXPECT_STREQ(ours.machine, glibc.machine);
}

TEST(process_uname, fails_with_efault) { T_EXPECT_ERR(zcall_uname(static_cast<zcall_new_utsname*>(unmapped)), EFAULT); }

TEST(process_sysinfo, reports_memory_and_uptime) {
  struct zcall_sysinfo info = {};
  T_EXPECT_OK(zcall_sysinfo(&info));
  struct sysinfo glibc;
  ASSERT_EQ(sysinfo(&glibc), 0);
  EXPECT_GT(info.uptime, 0);
  EXPECT_EQ(info.totalram, glibc.totalram);
  EXPECT_EQ(info.mem_unit, glibc.mem_unit);
  EXPECT_GT(info.procs, 0);
}

TEST(process_sysinfo, fails_with_efault) {
  T_EXPECT_ERR(zcall_sysinfo(static_cast<struct zcall_sysinfo*>(unmapped)), EFAULT);
}

TEST(process_sethostname, names_a_child_s_own_uts_namespace) {
  T_IN_CHILD(CLONE_NEWUSER | CLONE_NEWUTS, [](t_child& c) {
    c.ok(zcall_sethostname("zcall-host", 10), "sethostname");
    zcall_new_utsname u;
    c.ok(zcall_uname(&u), "uname");
    c.expect(std::string(u.nodename) == "zcall-host", "the new host name");
    const std::string long_name(65, 'x');
    c.err(zcall_sethostname(long_name.c_str(), 65), EINVAL, "sethostname past 64 bytes");
    c.ok(zcall_setuid(1000), "setuid");
    c.err(zcall_sethostname("other", 5), EPERM, "sethostname without privilege");
  });
}

TEST(process_setdomainname, names_a_child_s_own_uts_namespace) {
  T_SKIP_IF_VALGRIND("3.19 answers ENOSYS for setdomainname itself");
  T_IN_CHILD(CLONE_NEWUSER | CLONE_NEWUTS, [](t_child& c) {
    c.ok(zcall_setdomainname("zcall.domain", 12), "setdomainname");
    zcall_new_utsname u;
    c.ok(zcall_uname(&u), "uname");
    c.expect(std::string(u.domainname) == "zcall.domain", "the new domain name");
    c.err(zcall_setdomainname("x", -1), EINVAL, "setdomainname of a negative length");
    c.ok(zcall_setuid(1000), "setuid");
    c.err(zcall_setdomainname("other", 5), EPERM, "setdomainname without privilege");
  });
}

TEST(process_getcpu, gives_a_cpu_this_process_may_run_on) {
  unsigned cpu = ~0u, node = ~0u;
  T_EXPECT_OK(zcall_getcpu(&cpu, &node, nullptr));
  cpu_set_t allowed;
  ASSERT_EQ(sched_getaffinity(0, sizeof allowed, &allowed), 0);
  EXPECT_TRUE(CPU_ISSET(cpu, &allowed));
  EXPECT_NE(node, ~0u);
  T_EXPECT_OK(zcall_getcpu(nullptr, nullptr, nullptr));
}

TEST(process_getcpu, fails_with_efault) {
  T_SKIP_IF_EMULATED("answers getcpu itself, and writes through the bad pointer");
  T_EXPECT_ERR(zcall_getcpu(static_cast<unsigned*>(unmapped), nullptr, nullptr), EFAULT);
}

// --- Scheduling -------------------------------------------------------------------------------

TEST(process_sched_getaffinity, gives_glibc_s_mask_and_the_size_the_kernel_wrote) {
  std::uint64_t mask[16] = {};
  const std::uintptr_t written = T_EXPECT_OK(zcall_sched_getaffinity(0, sizeof mask, mask));
  EXPECT_GT(written, 0u);
  EXPECT_EQ(written % 8, 0u);
  cpu_set_t glibc;
  ASSERT_EQ(sched_getaffinity(0, sizeof glibc, &glibc), 0);
  for (int cpu = 0; cpu < 64; cpu++) EXPECT_EQ((mask[0] >> cpu) & 1, CPU_ISSET(cpu, &glibc) ? 1u : 0u) << cpu;
}

TEST(process_sched_getaffinity, fails_with_einval_for_a_short_mask_and_esrch) {
  std::uint64_t mask[16];
  T_EXPECT_ERR(zcall_sched_getaffinity(0, 1, mask), EINVAL);
  T_EXPECT_ERR(zcall_sched_getaffinity(0x7654321, sizeof mask, mask), ESRCH);
}

TEST(process_sched_setaffinity, pins_a_child_to_one_cpu_and_refuses_an_empty_mask) {
  T_IN_CHILD(0, [](t_child& c) {
    std::uint64_t mask[16] = {};
    c.ok(zcall_sched_getaffinity(0, sizeof mask, mask), "sched_getaffinity");
    int first = 0;
    while (first < 64 && !((mask[0] >> first) & 1)) first++;
    const std::uint64_t one[16] = {std::uint64_t{1} << first};
    c.ok(zcall_sched_setaffinity(0, sizeof one, one), "sched_setaffinity");
    std::uint64_t after[16] = {};
    c.ok(zcall_sched_getaffinity(0, sizeof after, after), "sched_getaffinity");
    c.expect(after[0] == one[0], "only the chosen CPU is left");
    const std::uint64_t none[16] = {};
    c.err(zcall_sched_setaffinity(0, sizeof none, none), EINVAL, "sched_setaffinity of an empty mask");
  });
}

TEST(process_sched_getattr, gives_the_policy_and_nice_value) {
  zcall_sched_attr attr = {};
  T_EXPECT_OK(zcall_sched_getattr(0, &attr, sizeof attr, 0));
  EXPECT_EQ(attr.size, sizeof attr);
  EXPECT_EQ(static_cast<int>(attr.sched_policy), sched_getscheduler(0) & ~SCHED_RESET_ON_FORK);
  errno = 0;
  EXPECT_EQ(attr.sched_nice, getpriority(PRIO_PROCESS, 0));
}

TEST(process_sched_getattr, fails_with_einval_for_a_short_size_or_flags_and_esrch) {
  zcall_sched_attr attr;
  T_EXPECT_ERR(zcall_sched_getattr(0, &attr, 8, 0), EINVAL);
  T_EXPECT_ERR(zcall_sched_getattr(0, &attr, sizeof attr, 1), EINVAL);
  T_EXPECT_ERR(zcall_sched_getattr(0x7654321, &attr, sizeof attr, 0), ESRCH);
}

TEST(process_sched_setattr, sets_a_child_s_nice_value_and_refuses_an_unknown_policy) {
  T_IN_CHILD(0, [](t_child& c) {
    zcall_sched_attr attr = {};
    attr.size = sizeof attr;
    attr.sched_policy = ZCALL_SCHED_NORMAL;
    attr.sched_nice = 7;
    c.ok(zcall_sched_setattr(0, &attr, 0), "sched_setattr");
    c.expect(getpriority(PRIO_PROCESS, 0) == 7, "the nice value set");
    attr.sched_policy = 99;
    c.err(zcall_sched_setattr(0, &attr, 0), EINVAL, "sched_setattr of an unknown policy");
  });
}

TEST(process_sched_scheduler, getscheduler_gives_glibc_s_policy_and_setscheduler_changes_a_child_s) {
  EXPECT_EQ(static_cast<int>(T_EXPECT_OK(zcall_sched_getscheduler(0))), sched_getscheduler(0));
  T_EXPECT_ERR(zcall_sched_getscheduler(0x7654321), ESRCH);
  T_EXPECT_ERR(zcall_sched_getscheduler(-1), EINVAL);
  T_IN_CHILD(0, [](t_child& c) {
    const zcall_sched_param zero = {0};
    c.ok(zcall_sched_setscheduler(0, ZCALL_SCHED_BATCH, &zero), "sched_setscheduler");
    c.expect(c.ok(zcall_sched_getscheduler(0), "sched_getscheduler") == ZCALL_SCHED_BATCH, "now SCHED_BATCH");
    c.err(zcall_sched_setscheduler(0, 99, &zero), EINVAL, "sched_setscheduler of an unknown policy");
    const zcall_sched_param high = {50};
    c.err(zcall_sched_setscheduler(0, ZCALL_SCHED_BATCH, &high), EINVAL, "a priority SCHED_BATCH does not take");
  });
}

TEST(process_sched_param, getparam_gives_0_for_a_normal_process_and_setparam_refuses_a_priority) {
  zcall_sched_param param = {-1};
  T_EXPECT_OK(zcall_sched_getparam(0, &param));
  EXPECT_EQ(param.sched_priority, 0);
  T_EXPECT_ERR(zcall_sched_getparam(0x7654321, &param), ESRCH);
  T_IN_CHILD(0, [](t_child& c) {
    const zcall_sched_param zero = {0}, high = {50};
    c.ok(zcall_sched_setparam(0, &zero), "sched_setparam");
    c.err(zcall_sched_setparam(0, &high), EINVAL, "sched_setparam of a priority SCHED_NORMAL does not take");
  });
}

TEST(process_sched_priority, max_and_min_give_glibc_s_ranges_and_einval_for_an_unknown_policy) {
  for (int policy : {ZCALL_SCHED_FIFO, ZCALL_SCHED_RR, ZCALL_SCHED_NORMAL}) {
    EXPECT_EQ(static_cast<int>(T_EXPECT_OK(zcall_sched_get_priority_max(policy))), sched_get_priority_max(policy));
    EXPECT_EQ(static_cast<int>(T_EXPECT_OK(zcall_sched_get_priority_min(policy))), sched_get_priority_min(policy));
  }
  T_EXPECT_ERR(zcall_sched_get_priority_max(99), EINVAL);
  T_EXPECT_ERR(zcall_sched_get_priority_min(99), EINVAL);
}

TEST(process_sched_rr_get_interval, fills_a_timespec_and_fails_with_esrch) {
  zcall_timespec interval = {-1, -1};
  T_EXPECT_OK(zcall_sched_rr_get_interval(0, &interval));
  EXPECT_GE(interval.tv_sec, 0);
  EXPECT_GE(interval.tv_nsec, 0);
  T_EXPECT_ERR(zcall_sched_rr_get_interval(0x7654321, &interval), ESRCH);
}

TEST(process_priority, getpriority_gives_20_minus_nice_and_setpriority_changes_a_child_s) {
  errno = 0;
  const int nice = getpriority(PRIO_PROCESS, 0);
  ASSERT_EQ(errno, 0);
  EXPECT_EQ(static_cast<int>(T_EXPECT_OK(zcall_getpriority(ZCALL_PRIO_PROCESS, 0))), 20 - nice);
  T_EXPECT_ERR(zcall_getpriority(99, 0), EINVAL);
  T_EXPECT_ERR(zcall_getpriority(ZCALL_PRIO_PROCESS, 0x7654321), ESRCH);
  T_IN_CHILD(0, [](t_child& c) {
    c.ok(zcall_setpriority(ZCALL_PRIO_PROCESS, 0, 11), "setpriority");
    c.expect(c.ok(zcall_getpriority(ZCALL_PRIO_PROCESS, 0), "getpriority") == 20 - 11, "nice 11");
    c.err(zcall_setpriority(99, 0, 1), EINVAL, "setpriority of an unknown which");
  });
}

TEST(process_ioprio, set_a_child_s_class_and_data_and_get_them_back) {
  T_EXPECT_OK(zcall_ioprio_get(ZCALL_IOPRIO_WHO_PROCESS, 0));
  T_EXPECT_ERR(zcall_ioprio_get(99, 0), EINVAL);
  T_EXPECT_ERR(zcall_ioprio_get(ZCALL_IOPRIO_WHO_PROCESS, 0x7654321), ESRCH);
  T_IN_CHILD(0, [](t_child& c) {
    const int best_effort_4 = ZCALL_IOPRIO_CLASS_BE << ZCALL_IOPRIO_CLASS_SHIFT | 4;
    c.ok(zcall_ioprio_set(ZCALL_IOPRIO_WHO_PROCESS, 0, best_effort_4), "ioprio_set");
    c.expect(
        c.ok(zcall_ioprio_get(ZCALL_IOPRIO_WHO_PROCESS, 0), "ioprio_get") == static_cast<std::uintptr_t>(best_effort_4),
        "the priority set");
    c.err(zcall_ioprio_set(ZCALL_IOPRIO_WHO_PROCESS, 0, 7 << ZCALL_IOPRIO_CLASS_SHIFT), EINVAL,
          "ioprio_set of an unknown class");
  });
}

// --- kcmp, process_vm_readv, process_vm_writev --------------------------------------------------

TEST(process_kcmp, says_whether_two_descriptors_are_one_file) {
  const zcall_ret probe = zcall_kcmp(getpid(), getpid(), ZCALL_KCMP_VM, 0, 0);
  if (probe.err == ENOSYS) GTEST_SKIP() << "kcmp: ENOSYS from " << t_answerer() << " (CONFIG_KCMP)";
  EXPECT_EQ(T_EXPECT_OK(probe), 0u) << "a process shares its own memory";
  t_fd a(open("/dev/null", O_RDONLY | O_CLOEXEC)), b(open("/dev/null", O_RDONLY | O_CLOEXEC));
  t_fd dup_a(dup(a.get()));
  const pid_t me = getpid();
  EXPECT_EQ(T_EXPECT_OK(zcall_kcmp(me, me, ZCALL_KCMP_FILE, static_cast<unsigned long>(a.get()),
                                   static_cast<unsigned long>(dup_a.get()))),
            0u);
  EXPECT_NE(T_EXPECT_OK(zcall_kcmp(me, me, ZCALL_KCMP_FILE, static_cast<unsigned long>(a.get()),
                                   static_cast<unsigned long>(b.get()))),
            0u);
}

TEST(process_kcmp, fails_with_einval_ebadf_and_esrch) {
  if (zcall_kcmp(getpid(), getpid(), ZCALL_KCMP_VM, 0, 0).err == ENOSYS)
    GTEST_SKIP() << "kcmp: ENOSYS from " << t_answerer() << " (CONFIG_KCMP)";
  const pid_t me = getpid();
  T_EXPECT_ERR(zcall_kcmp(me, me, 99, 0, 0), EINVAL);
  T_EXPECT_ERR(zcall_kcmp(me, me, ZCALL_KCMP_FILE, 0x7654321, 0x7654321), EBADF);
  T_EXPECT_ERR(zcall_kcmp(me, 0x7654321, ZCALL_KCMP_VM, 0, 0), ESRCH);
}

TEST(process_vm, readv_and_writev_copy_between_this_process_s_buffers) {
  char source[] = "remote bytes", target[16] = {};
  zcall_iovec local = {target, 6}, remote = {source, 6};
  const zcall_ret read = zcall_process_vm_readv(getpid(), &local, 1, &remote, 1, 0);
  if (read.err == ENOSYS) GTEST_SKIP() << "process_vm_readv: ENOSYS from " << t_answerer();
  EXPECT_EQ(T_EXPECT_OK(read), 6u);
  EXPECT_EQ(std::string(target), "remote");
  char patch[] = "REMOTE";
  zcall_iovec from = {patch, 6}, to = {source, 6};
  EXPECT_EQ(T_EXPECT_OK(zcall_process_vm_writev(getpid(), &from, 1, &to, 1, 0)), 6u);
  EXPECT_EQ(std::string(source), "REMOTE bytes");
}

TEST(process_vm, readv_and_writev_fails_with_einval_esrch_and_efault) {
  T_SKIP_IF_VALGRIND("valgrind reads the remote iovec itself");
  char buf[8];
  zcall_iovec local = {buf, sizeof buf}, bad_remote = {unmapped, sizeof buf};
  if (zcall_process_vm_readv(getpid(), &local, 1, &local, 1, 0).err == ENOSYS)
    GTEST_SKIP() << "process_vm_readv: ENOSYS from " << t_answerer();
  T_EXPECT_ERR(zcall_process_vm_readv(getpid(), &local, 1, &local, 1, 1), EINVAL);
  T_EXPECT_ERR(zcall_process_vm_readv(0x7654321, &local, 1, &local, 1, 0), ESRCH);
  T_EXPECT_ERR(zcall_process_vm_readv(getpid(), &local, 1, &bad_remote, 1, 0), EFAULT);
  T_EXPECT_ERR(zcall_process_vm_writev(getpid(), &local, 1, &bad_remote, 1, 0), EFAULT);
}

// --- tkill, membarrier ------------------------------------------------------------------------

TEST(process_tkill, checks_a_thread_with_signal_0_and_fails_with_esrch_and_einval) {
  const int tid = static_cast<int>(zcall_gettid().r1);
  T_EXPECT_OK(zcall_tkill(tid, 0));
  T_EXPECT_ERR(zcall_tkill(0x7654321, 0), ESRCH);
  T_EXPECT_ERR(zcall_tkill(tid, 999), EINVAL);
}

TEST(process_membarrier, query_lists_the_commands_and_global_runs_when_listed) {
  const zcall_ret query = zcall_membarrier(ZCALL_MEMBARRIER_CMD_QUERY, 0, 0);
  if (query.err == ENOSYS) GTEST_SKIP() << "membarrier: ENOSYS from " << t_answerer();
  const std::uintptr_t commands = T_EXPECT_OK(query);
  if (commands & ZCALL_MEMBARRIER_CMD_GLOBAL) T_EXPECT_OK(zcall_membarrier(ZCALL_MEMBARRIER_CMD_GLOBAL, 0, 0));
  if (commands & ZCALL_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED) {
    T_EXPECT_OK(zcall_membarrier(ZCALL_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0, 0));
    T_EXPECT_OK(zcall_membarrier(ZCALL_MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0));
  }
  T_EXPECT_ERR(zcall_membarrier(0x40000000, 0, 0), EINVAL);
  T_EXPECT_ERR(zcall_membarrier(ZCALL_MEMBARRIER_CMD_QUERY, 0x100, 0), EINVAL);
}

// --- C++ ------------------------------------------------------------------------------------

TEST(cpp_process, results_and_errnos) {
  zcall::new_utsname u;
  EXPECT_FALSE(zcall::uname(&u));
  struct zcall::sysinfo info;
  EXPECT_FALSE(zcall::sysinfo(&info));
  EXPECT_EQ(zcall::wait4(0x7654321, nullptr, 0, nullptr).err, zcall::Errno::CHILD);
  EXPECT_EQ(zcall::sched_get_priority_max(zcall::sched::FIFO).value, sched_get_priority_max(SCHED_FIFO));
  EXPECT_EQ(zcall::getpriority(zcall::prio::PROCESS, 0x7654321).err, zcall::Errno::SRCH);
  // Too long for any host name: refused before anything changes, whoever asks.
  const std::string long_name(65, 'x');
  EXPECT_EQ(zcall::sethostname(long_name), getuid() == 0 ? zcall::Errno::INVAL : zcall::Errno::PERM);
}

}  // namespace
