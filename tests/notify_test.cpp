// SPDX-License-Identifier: MIT
// Watching files: inotify_init1, inotify_add_watch, inotify_rm_watch, fanotify_init, fanotify_mark.
#include <fcntl.h>
#include <sys/syscall.h>

#include <cerrno>
#include <string>

#include "helpers.hpp"

namespace {

int fd_of(zcall_ret r) { return static_cast<int>(r.r1); }  // -1 on error, which t_fd ignores

// --- inotify ------------------------------------------------------------------------------------

TEST(notify_inotify, reports_a_file_created_in_a_watched_directory_then_ignored_once_removed) {
  T_TMPDIR(dir);
  t_fd in(fd_of(zcall_inotify_init1(ZCALL_IN_NONBLOCK | ZCALL_IN_CLOEXEC)));
  ASSERT_GE(in.get(), 0);
  EXPECT_EQ(fcntl(in.get(), F_GETFL) & O_NONBLOCK, O_NONBLOCK);
  const zcall_ret wd = zcall_inotify_add_watch(in.get(), dir.path().c_str(), ZCALL_IN_CREATE);
  T_EXPECT_OK(wd);
  ASSERT_TRUE(t_put(dir.fd(), "new", ""));
  alignas(8) char buf[4096];
  ssize_t n = read(in.get(), buf, sizeof buf);
  ASSERT_GE(n, static_cast<ssize_t>(sizeof(zcall_inotify_event)));
  const auto* ev = reinterpret_cast<const zcall_inotify_event*>(buf);
  EXPECT_EQ(ev->wd, static_cast<int>(wd.r1));
  EXPECT_EQ(ev->mask, static_cast<std::uint32_t>(ZCALL_IN_CREATE));
  EXPECT_STREQ(ev->name, "new");
  T_EXPECT_OK(zcall_inotify_rm_watch(in.get(), static_cast<int>(wd.r1)));
  n = read(in.get(), buf, sizeof buf);
  ASSERT_GE(n, static_cast<ssize_t>(sizeof(zcall_inotify_event)));
  EXPECT_EQ(ev->mask, static_cast<std::uint32_t>(ZCALL_IN_IGNORED));
}

TEST(notify_inotify, fails_with_einval_enoent_and_ebadf) {
  T_EXPECT_ERR(zcall_inotify_init1(0x1), EINVAL);
  t_fd in(fd_of(zcall_inotify_init1(ZCALL_IN_CLOEXEC)));
  ASSERT_GE(in.get(), 0);
  T_EXPECT_ERR(zcall_inotify_add_watch(in.get(), "/nonexistent-zcall", ZCALL_IN_CREATE), ENOENT);
  T_EXPECT_ERR(zcall_inotify_add_watch(in.get(), "/", 0), EINVAL);  // no event asked for
  T_EXPECT_ERR(zcall_inotify_rm_watch(in.get(), 12345), EINVAL);
  T_EXPECT_ERR(zcall_inotify_add_watch(-1, "/", ZCALL_IN_CREATE), EBADF);
}

// --- fanotify -------------------------------------------------------------------------------------

TEST(notify_fanotify, reports_a_write_closed_on_a_marked_file_with_a_descriptor_of_it) {
  T_SKIP_WITHOUT_SYSCALL(fanotify_init, 0x80000000u, 0);
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", ""));
  const zcall_ret init =
      zcall_fanotify_init(ZCALL_FAN_CLASS_NOTIF | ZCALL_FAN_CLOEXEC | ZCALL_FAN_NONBLOCK, O_RDONLY | O_CLOEXEC);
  if (init.err == EPERM) GTEST_SKIP() << "fanotify_init needs CAP_SYS_ADMIN";
  if (init.err == ENOSYS) GTEST_SKIP() << "fanotify_init: ENOSYS from " << t_answerer();
  t_fd fan(fd_of(init));
  ASSERT_GE(fan.get(), 0);
  T_EXPECT_OK(zcall_fanotify_mark(fan.get(), ZCALL_FAN_MARK_ADD, ZCALL_FAN_CLOSE_WRITE, dir.fd(), "f"));
  ASSERT_TRUE(t_put(dir.fd(), "f", "written"));
  alignas(8) char buf[4096];
  const ssize_t n = read(fan.get(), buf, sizeof buf);
  ASSERT_GE(n, static_cast<ssize_t>(sizeof(zcall_fanotify_event_metadata)));
  const auto* ev = reinterpret_cast<const zcall_fanotify_event_metadata*>(buf);
  EXPECT_EQ(ev->vers, ZCALL_FANOTIFY_METADATA_VERSION);
  EXPECT_EQ(ev->mask, static_cast<std::uint64_t>(ZCALL_FAN_CLOSE_WRITE));
  EXPECT_EQ(ev->pid, getpid());
  t_fd object(ev->fd);
  EXPECT_EQ(t_read_all(object.get()), "written");
  T_EXPECT_OK(zcall_fanotify_mark(fan.get(), ZCALL_FAN_MARK_REMOVE, ZCALL_FAN_CLOSE_WRITE, dir.fd(), "f"));
}

TEST(notify_fanotify, fails_with_einval_enoent_and_ebadf) {
  T_SKIP_WITHOUT_SYSCALL(fanotify_init, 0x80000000u, 0);
  T_EXPECT_ERR(zcall_fanotify_init(0x80000000u, O_RDONLY), EINVAL);
  const zcall_ret init = zcall_fanotify_init(ZCALL_FAN_CLASS_NOTIF | ZCALL_FAN_CLOEXEC, O_RDONLY);
  if (init.err == EPERM) GTEST_SKIP() << "fanotify_init needs CAP_SYS_ADMIN: its error paths were checked before";
  if (init.err == ENOSYS) GTEST_SKIP() << "fanotify_init: ENOSYS from " << t_answerer();
  t_fd fan(fd_of(init));
  T_EXPECT_ERR(zcall_fanotify_mark(fan.get(), 0x80000000u, ZCALL_FAN_CLOSE_WRITE, ZCALL_AT_FDCWD, "/"), EINVAL);
  T_EXPECT_ERR(
      zcall_fanotify_mark(fan.get(), ZCALL_FAN_MARK_ADD, ZCALL_FAN_CLOSE_WRITE, ZCALL_AT_FDCWD, "/nonexistent-zcall"),
      ENOENT);
  T_EXPECT_ERR(zcall_fanotify_mark(-1, ZCALL_FAN_MARK_ADD, ZCALL_FAN_CLOSE_WRITE, ZCALL_AT_FDCWD, "/"), EBADF);
}

// --- C++ -----------------------------------------------------------------------------------

TEST(cpp_notify, inotify_results_and_errnos) {
  T_TMPDIR(dir);
  auto [in, err] = zcall::inotify_init1(zcall::in::CLOEXEC);
  ASSERT_FALSE(err) << err.name();
  t_fd owned(in);
  auto [wd, werr] = zcall::inotify_add_watch(in, dir.path().c_str(), zcall::in::CREATE | zcall::in::DELETE);
  EXPECT_FALSE(werr);
  EXPECT_FALSE(zcall::inotify_rm_watch(in, wd));
  EXPECT_EQ(zcall::inotify_rm_watch(in, wd), zcall::Errno::INVAL);
}

TEST(cpp_notify, fanotify_errnos) {
  T_SKIP_WITHOUT_SYSCALL(fanotify_init, 0x80000000u, 0);
  EXPECT_EQ(zcall::fanotify_mark(-1, zcall::fan::MARK_ADD, zcall::fan::CLOSE_WRITE, zcall::at::FDCWD, "/"),
            zcall::Errno::BADF);
  EXPECT_EQ(zcall::fanotify_init(0x80000000u, 0).err, zcall::Errno::INVAL);
}

}  // namespace
