// SPDX-License-Identifier: MIT
// Credentials, capabilities, limits, usage, persona, sessions and process groups. Whatever changes
// them runs in a child, in a fresh user namespace where it does (the parent maps ids 0-65535).
#include <grp.h>
#include <linux/capability.h>
#include <sched.h>
#include <sys/personality.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>

#include <cerrno>
#include <string>
#include <vector>

#include "helpers.hpp"

namespace {

constexpr std::uint32_t keep = ~0u;  // an id argument that leaves the id as it is

void* const unmapped = reinterpret_cast<void*>(8);  // the first page is never mapped

// --- Ids --------------------------------------------------------------------------------------

TEST(cred_ids, getuid_geteuid_getgid_getegid_give_the_c_library_s_ids) {
  EXPECT_EQ(T_EXPECT_OK(zcall_getuid()), getuid());
  EXPECT_EQ(T_EXPECT_OK(zcall_geteuid()), geteuid());
  EXPECT_EQ(T_EXPECT_OK(zcall_getgid()), getgid());
  EXPECT_EQ(T_EXPECT_OK(zcall_getegid()), getegid());
}

TEST(cred_ids, getresuid_and_getresgid_fill_the_three_ids_glibc_gives) {
  std::uint32_t r = 1, e = 1, s = 1;
  uid_t gr, ge, gs;
  ASSERT_EQ(getresuid(&gr, &ge, &gs), 0);
  T_EXPECT_OK(zcall_getresuid(&r, &e, &s));
  EXPECT_EQ(r, gr);
  EXPECT_EQ(e, ge);
  EXPECT_EQ(s, gs);
  ASSERT_EQ(getresgid(&gr, &ge, &gs), 0);
  T_EXPECT_OK(zcall_getresgid(&r, &e, &s));
  EXPECT_EQ(r, gr);
  EXPECT_EQ(e, ge);
  EXPECT_EQ(s, gs);
}

TEST(cred_ids, getresuid_and_getresgid_fails_with_efault_for_a_bad_pointer) {
  std::uint32_t r, e, s;
  T_EXPECT_ERR(zcall_getresuid(&r, static_cast<std::uint32_t*>(unmapped), &s), EFAULT);
  T_EXPECT_ERR(zcall_getresgid(static_cast<std::uint32_t*>(unmapped), &e, &s), EFAULT);
}

TEST(cred_setuid, each_set_call_changes_the_ids_it_names_then_a_non_root_child_is_refused) {
  T_IN_CHILD(CLONE_NEWUSER, [](t_child& c) {
    std::uint32_t r, e, s;
    c.ok(zcall_setresgid(100, 101, 102), "setresgid");
    c.ok(zcall_getresgid(&r, &e, &s), "getresgid");
    c.expect(r == 100 && e == 101 && s == 102, "setresgid set 100 101 102");
    c.ok(zcall_setregid(200, keep), "setregid");
    c.ok(zcall_getresgid(&r, &e, &s), "getresgid");
    c.expect(r == 200 && e == 101, "setregid set the real group id only");
    c.ok(zcall_setgid(300), "setgid");
    c.ok(zcall_getresgid(&r, &e, &s), "getresgid");
    c.expect(r == 300 && e == 300 && s == 300, "setgid as root sets all three");
    c.err(zcall_setgid(70000), EINVAL, "setgid to an id the namespace does not map");

    c.ok(zcall_setresuid(1000, 0, 1002), "setresuid");
    c.ok(zcall_getresuid(&r, &e, &s), "getresuid");
    c.expect(r == 1000 && e == 0 && s == 1002, "setresuid set 1000 0 1002");
    c.ok(zcall_setreuid(keep, 1001), "setreuid");
    c.ok(zcall_getresuid(&r, &e, &s), "getresuid");
    c.expect(r == 1000 && e == 1001, "setreuid set the effective user id only");
    // Now unprivileged: only the real, effective and saved ids are open to it.
    c.err(zcall_setuid(0), EPERM, "setuid(0) without privilege");
    c.err(zcall_setresuid(5, 5, 5), EPERM, "setresuid to strangers without privilege");
    c.err(zcall_setregid(5, 5), EPERM, "setregid without privilege");
    c.err(zcall_setresgid(5, 5, 5), EPERM, "setresgid without privilege");
    // setreuid made the saved id the new effective one, 1001; the real one is still 1000.
    c.ok(zcall_getresuid(&r, &e, &s), "getresuid");
    c.expect(s == 1001, "setreuid set the saved id to the new effective one");
    c.ok(zcall_setuid(1000), "setuid to the real id");
    c.expect(c.ok(zcall_geteuid(), "geteuid") == 1000, "setuid to the real id");
  });
}

TEST(cred_setfsuid, gives_the_previous_id_and_changes_only_what_it_may) {
  T_IN_CHILD(CLONE_NEWUSER, [](t_child& c) {
    c.expect(c.ok(zcall_setfsuid(1234), "setfsuid") == 0, "the first file system uid is the euid, 0");
    c.expect(c.ok(zcall_setfsuid(keep), "setfsuid") == 1234, "setfsuid(-1) only asks");
    c.expect(c.ok(zcall_setfsgid(4321), "setfsgid") == 0, "the first file system gid is the egid, 0");
    c.expect(c.ok(zcall_setfsgid(keep), "setfsgid") == 4321, "setfsgid(-1) only asks");
    // It never fails: an id the namespace does not map is refused by leaving the old one.
    c.expect(c.ok(zcall_setfsuid(70000), "setfsuid") == 1234, "setfsuid of an unmapped id");
    c.expect(c.ok(zcall_setfsuid(keep), "setfsuid") == 1234, "an unmapped id changed nothing");
  });
}

TEST(cred_groups, getgroups_counts_and_lists_the_groups_glibc_lists) {
  const int n = getgroups(0, nullptr);
  ASSERT_GE(n, 0);
  EXPECT_EQ(T_EXPECT_OK(zcall_getgroups(0, nullptr)), static_cast<std::uintptr_t>(n));
  std::vector<std::uint32_t> list(static_cast<std::size_t>(n) + 1);
  EXPECT_EQ(T_EXPECT_OK(zcall_getgroups(static_cast<int>(list.size()), list.data())), static_cast<std::uintptr_t>(n));
  std::vector<gid_t> glibc(static_cast<std::size_t>(n) + 1);
  ASSERT_EQ(getgroups(n, glibc.data()), n);
  for (int i = 0; i < n; i++) EXPECT_EQ(list[static_cast<std::size_t>(i)], glibc[static_cast<std::size_t>(i)]);
}

TEST(cred_groups, getgroups_fails_with_einval_for_a_short_or_negative_count) {
  std::vector<std::uint32_t> list(64);
  const int n = getgroups(0, nullptr);
  if (n > 0) T_EXPECT_ERR(zcall_getgroups(n - 1, list.data()), EINVAL);
  T_EXPECT_ERR(zcall_getgroups(-1, list.data()), EINVAL);
}

TEST(cred_groups, setgroups_replaces_them_in_a_child) {
  T_IN_CHILD(CLONE_NEWUSER, [](t_child& c) {
    const std::uint32_t groups[] = {10, 20, 30};
    c.ok(zcall_setgroups(3, groups), "setgroups");
    std::uint32_t got[8] = {};
    c.expect(c.ok(zcall_getgroups(8, got), "getgroups") == 3 && got[0] == 10 && got[2] == 30, "the groups set");
  });
}

TEST(cred_groups, setgroups_fails_with_efault_einval_and_eperm_in_a_child) {
  T_IN_CHILD(CLONE_NEWUSER, [](t_child& c) {
    const std::uint32_t groups[] = {10, 20, 30};
    c.err(zcall_setgroups(1, static_cast<const std::uint32_t*>(unmapped)), EFAULT, "setgroups of a bad pointer");
    c.err(zcall_setgroups(-1, groups), EINVAL, "setgroups of a negative count");
    c.ok(zcall_setuid(1000), "setuid");
    c.err(zcall_setgroups(0, nullptr), EPERM, "setgroups without privilege");
  });
}

// --- Capabilities -----------------------------------------------------------------------------

TEST(cred_capget, reads_the_sets_glibc_s_kernel_header_reads_and_answers_a_bad_version) {
  zcall_cap_user_header header = {ZCALL_LINUX_CAPABILITY_VERSION_3, 0};
  zcall_cap_user_data data[2] = {};
  T_EXPECT_OK(zcall_capget(&header, data));
  __user_cap_header_struct theirs_header = {_LINUX_CAPABILITY_VERSION_3, 0};
  __user_cap_data_struct theirs[2] = {};
  ASSERT_EQ(syscall(SYS_capget, &theirs_header, theirs), 0);
  EXPECT_EQ(data[0].effective, theirs[0].effective);
  EXPECT_EQ(data[1].permitted, theirs[1].permitted);
  header.version = 0x1234;
  T_EXPECT_ERR(zcall_capget(&header, data), EINVAL);
  EXPECT_EQ(header.version, static_cast<std::uint32_t>(ZCALL_LINUX_CAPABILITY_VERSION_3))
      << "the kernel writes back the version it prefers";
  header = {ZCALL_LINUX_CAPABILITY_VERSION_3, 0x7654321};
  T_EXPECT_ERR(zcall_capget(&header, data), ESRCH);
}

TEST(cred_capset, drops_a_capability_that_capget_then_lacks_and_cannot_raise_it_again) {
  T_IN_CHILD(CLONE_NEWUSER, [](t_child& c) {
    zcall_cap_user_header header = {ZCALL_LINUX_CAPABILITY_VERSION_3, 0};
    zcall_cap_user_data data[2] = {};
    c.ok(zcall_capget(&header, data), "capget");
    const std::uint32_t chown = 1u << ZCALL_CAP_CHOWN;
    c.expect((data[0].permitted & chown) != 0, "root in its namespace holds CAP_CHOWN");
    data[0].effective &= ~chown;
    data[0].permitted &= ~chown;
    c.ok(zcall_capset(&header, data), "capset");
    zcall_cap_user_data after[2] = {};
    c.ok(zcall_capget(&header, after), "capget");
    c.expect(!(after[0].permitted & chown) && !(after[0].effective & chown), "CAP_CHOWN is gone");
    after[0].permitted |= chown;
    c.err(zcall_capset(&header, after), EPERM, "capset to raise a dropped capability");
    header.version = 0;
    c.err(zcall_capset(&header, after), EINVAL, "capset with a bad version");
  });
}

// --- Limits and usage -------------------------------------------------------------------------

TEST(cred_prlimit64, reads_the_limit_glibc_reads) {
  struct rlimit glibc;
  ASSERT_EQ(getrlimit(RLIMIT_NOFILE, &glibc), 0);
  zcall_rlimit old = {};
  T_EXPECT_OK(zcall_prlimit64(0, ZCALL_RLIMIT_NOFILE, nullptr, &old));
  EXPECT_EQ(old.rlim_cur, glibc.rlim_cur);
  EXPECT_EQ(old.rlim_max, glibc.rlim_max);
  T_EXPECT_OK(zcall_prlimit64(getpid(), ZCALL_RLIMIT_NOFILE, nullptr, &old));
}

TEST(cred_prlimit64, fails_with_einval_esrch_and_efault) {
  zcall_rlimit old = {};
  T_EXPECT_ERR(zcall_prlimit64(0, 999, nullptr, &old), EINVAL);
  T_EXPECT_ERR(zcall_prlimit64(0x7654321, ZCALL_RLIMIT_NOFILE, nullptr, &old), ESRCH);
}

TEST(cred_getrlimit, reads_the_limit_glibc_reads_and_fails_with_einval) {
  struct rlimit glibc;
  ASSERT_EQ(getrlimit(RLIMIT_STACK, &glibc), 0);
  zcall_rlimit got = {};
  T_EXPECT_OK(zcall_getrlimit(ZCALL_RLIMIT_STACK, &got));
  // qemu-user's mips64 answers getrlimit with o32's RLIM_INFINITY, 0x7fffffff; glibc asks prlimit64.
  if (const char* emulator = t_emulator();
      emulator && glibc.rlim_max == RLIM_INFINITY && got.rlim_max == 0x7fffffff && ZCALL_RLIM_INFINITY != 0x7fffffff)
    GTEST_SKIP() << emulator << ": getrlimit answers RLIM_INFINITY as 0x7fffffff";
  EXPECT_EQ(got.rlim_cur, glibc.rlim_cur);
  EXPECT_EQ(got.rlim_max, glibc.rlim_max);
  T_EXPECT_ERR(zcall_getrlimit(999, &got), EINVAL);
}

TEST(cred_prlimit64, getrlimit_and_prlimit64_fails_with_efault_for_a_bad_pointer) {
  T_SKIP_IF_VALGRIND("3.19 writes the old limit to the bad pointer itself, and crashes");
  T_EXPECT_ERR(zcall_prlimit64(0, ZCALL_RLIMIT_NOFILE, nullptr, static_cast<zcall_rlimit*>(unmapped)), EFAULT);
  T_EXPECT_ERR(zcall_getrlimit(ZCALL_RLIMIT_STACK, static_cast<zcall_rlimit*>(unmapped)), EFAULT);
}

TEST(cred_setrlimit, lowers_a_limit_in_a_child_and_refuses_soft_above_hard_or_raising_hard) {
  T_IN_CHILD(CLONE_NEWUSER, [](t_child& c) {
    zcall_rlimit limit = {64, 128};
    c.ok(zcall_setrlimit(ZCALL_RLIMIT_MSGQUEUE, &limit), "setrlimit");
    zcall_rlimit got = {};
    c.ok(zcall_getrlimit(ZCALL_RLIMIT_MSGQUEUE, &got), "getrlimit");
    c.expect(got.rlim_cur == 64 && got.rlim_max == 128, "the limit set");
    zcall_rlimit inverted = {256, 128};
    c.err(zcall_setrlimit(ZCALL_RLIMIT_MSGQUEUE, &inverted), EINVAL, "setrlimit with soft above hard");
    zcall_rlimit old = {}, lower = {32, 100};
    c.ok(zcall_prlimit64(0, ZCALL_RLIMIT_MSGQUEUE, &lower, &old), "prlimit64 set and get");
    c.expect(old.rlim_cur == 64 && old.rlim_max == 128, "prlimit64 gave the old limit");
    c.ok(zcall_setuid(1000), "setuid");  // without CAP_SYS_RESOURCE a hard limit only goes down
    zcall_rlimit raise = {32, 200};
    c.err(zcall_setrlimit(ZCALL_RLIMIT_MSGQUEUE, &raise), EPERM, "setrlimit raising the hard limit");
  });
}

TEST(cred_getrusage, reports_this_process_s_usage) {
  zcall_rusage usage = {};
  T_EXPECT_OK(zcall_getrusage(ZCALL_RUSAGE_SELF, &usage));
  EXPECT_GT(usage.ru_maxrss, 0) << "a running process has resident pages";
  EXPECT_GE(usage.ru_utime.tv_usec, 0);
  EXPECT_LT(usage.ru_utime.tv_usec, 1'000'000);
  T_EXPECT_OK(zcall_getrusage(ZCALL_RUSAGE_THREAD, &usage));
  T_EXPECT_OK(zcall_getrusage(ZCALL_RUSAGE_CHILDREN, &usage));
}

TEST(cred_getrusage, fails_with_einval_for_an_unknown_who_and_efault) {
  zcall_rusage usage = {};
  T_EXPECT_ERR(zcall_getrusage(5, &usage), EINVAL);
  T_EXPECT_ERR(zcall_getrusage(ZCALL_RUSAGE_SELF, static_cast<zcall_rusage*>(unmapped)), EFAULT);
}

// --- Persona ------------------------------------------------------------------------------------

// personality has no error of its own: an unknown persona is stored as given.
TEST(cred_personality, sets_a_flag_in_a_child_and_0xffffffff_only_asks) {
  T_IN_CHILD(0, [](t_child& c) {
    const std::uintptr_t before = c.ok(zcall_personality(0xffffffff), "personality query");
    c.expect(c.ok(zcall_personality(static_cast<unsigned>(before) | ZCALL_ADDR_NO_RANDOMIZE), "personality") == before,
             "personality gives the previous persona");
    c.expect(static_cast<unsigned>(::personality(0xffffffff)) == (before | ZCALL_ADDR_NO_RANDOMIZE),
             "the C library sees ADDR_NO_RANDOMIZE");
  });
}

// --- Sessions and process groups ----------------------------------------------------------------

TEST(cred_session, getsid_and_getpgid_give_glibc_s_and_fail_with_esrch) {
  EXPECT_EQ(T_EXPECT_OK(zcall_getsid(0)), static_cast<std::uintptr_t>(getsid(0)));
  EXPECT_EQ(T_EXPECT_OK(zcall_getpgid(0)), static_cast<std::uintptr_t>(getpgid(0)));
  EXPECT_EQ(T_EXPECT_OK(zcall_getpgid(getpid())), static_cast<std::uintptr_t>(getpgid(0)));
  T_EXPECT_ERR(zcall_getsid(0x7654321), ESRCH);
  T_EXPECT_ERR(zcall_getpgid(0x7654321), ESRCH);
}

TEST(cred_session, setpgid_and_setsid_make_a_child_a_leader_once) {
  T_IN_CHILD(0, [](t_child& c) {
    const std::uintptr_t pid = static_cast<std::uintptr_t>(getpid());
    c.ok(zcall_setpgid(0, 0), "setpgid");
    c.expect(c.ok(zcall_getpgid(0), "getpgid") == pid, "the child leads its own group");
    c.err(zcall_setpgid(0, -1), EINVAL, "setpgid to a negative group");
    c.err(zcall_setsid(), EPERM, "setsid of a group leader");
    const pid_t grandchild = fork();
    if (grandchild == 0) _exit(zcall_setsid().r1 == static_cast<std::uintptr_t>(getpid()) ? 0 : 1);
    int status = 0;
    c.expect(grandchild > 0 && waitpid(grandchild, &status, 0) == grandchild && WIFEXITED(status) &&
                 WEXITSTATUS(status) == 0,
             "setsid in a process that leads no group gives its pid as the new session");
  });
}

// --- C++ ------------------------------------------------------------------------------------

TEST(cpp_cred, results_errnos_and_spans) {
  EXPECT_EQ(zcall::getuid().value, getuid());
  zcall::rlimit limit;
  EXPECT_FALSE(zcall::getrlimit(zcall::rlimit_flags::NOFILE_, &limit));
  EXPECT_EQ(zcall::getrlimit(999, &limit), zcall::Errno::INVAL);
  EXPECT_EQ(zcall::prlimit64(0x7654321, zcall::rlimit_flags::NOFILE_, nullptr, &limit), zcall::Errno::SRCH);
  zcall::rusage usage;
  EXPECT_FALSE(zcall::getrusage(zcall::rusage_flags::SELF, &usage));
  std::uint32_t groups[64];
  auto [n, err] = zcall::getgroups(groups);
  EXPECT_FALSE(err);
  EXPECT_EQ(n, getgroups(0, nullptr));
  EXPECT_EQ(zcall::getsid(0x7654321).err, zcall::Errno::SRCH);
  zcall::cap_user_header header = {zcall::linux_capability::VERSION_3, 0};
  zcall::cap_user_data data[2];
  EXPECT_FALSE(zcall::capget(&header, data));
}

}  // namespace
