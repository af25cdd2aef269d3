// SPDX-License-Identifier: MIT
// Mounts, namespaces and new processes: mount, umount2, pivot_root, the mount API (fsopen, fsconfig,
// fsmount, fspick, move_mount, open_tree, open_tree_attr, mount_setattr), unshare, setns, clone and
// clone3. Every mount happens in a child in fresh user and mount namespaces.
#include <fcntl.h>
#include <sched.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/vfs.h>
#include <sys/wait.h>

#include <cerrno>
#include <csignal>
#include <string>

#include "helpers.hpp"

namespace {

constexpr long tmpfs_magic = 0x01021994;

bool is_tmpfs(const std::string& path) {
  struct statfs st = {};
  return ::statfs(path.c_str(), &st) == 0 && st.f_type == tmpfs_magic;
}

// The C library's waitpid, for a child zcall made: its exit status, or 1000 + the signal.
int exit_status(pid_t pid) {
  int status = 0;
  if (waitpid(pid, &status, 0) != pid) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 1000 + WTERMSIG(status);
}

constexpr int user_and_mounts = CLONE_NEWUSER | CLONE_NEWNS;

// --- mount, umount2, pivot_root --------------------------------------------------------------------

TEST(mount_mount, mounts_a_tmpfs_over_a_directory_and_umount2_removes_it) {
  T_TMPDIR(dir);
  const std::string target = dir.path();
  T_IN_CHILD(user_and_mounts, [&](t_child& c) {
    c.ok(zcall_mount("none", "/", "none", ZCALL_MS_REC | ZCALL_MS_PRIVATE, nullptr), "mount --make-rprivate /");
    c.ok(zcall_mount("zcall", target.c_str(), "tmpfs", ZCALL_MS_NOSUID, "size=1m"), "mount tmpfs");
    c.expect(is_tmpfs(target), "a tmpfs is there");
    c.err(zcall_mount("zcall", target.c_str(), "no-such-fs", 0, nullptr), ENODEV, "mount of an unknown type");
    c.err(zcall_mount("zcall", "/nonexistent-zcall", "tmpfs", 0, nullptr), ENOENT, "mount on nothing");
    c.ok(zcall_umount2(target.c_str(), 0), "umount2");
    c.expect(!is_tmpfs(target), "the tmpfs is gone");
    c.err(zcall_umount2(target.c_str(), 0), EINVAL, "umount2 of what is no mount");
    c.err(zcall_umount2(target.c_str(), 0x100), EINVAL, "umount2 with unknown flags");
  });
}

TEST(mount_pivot_root, makes_a_tmpfs_the_root_of_a_child) {
  T_TMPDIR(dir);
  const std::string target = dir.path();
  T_IN_CHILD(user_and_mounts, [&](t_child& c) {
    c.ok(zcall_mount("none", "/", "none", ZCALL_MS_REC | ZCALL_MS_PRIVATE, nullptr), "mount --make-rprivate /");
    c.err(zcall_pivot_root(target.c_str(), target.c_str()), EINVAL, "pivot_root onto what is no mount");
    c.ok(zcall_mount("zcall", target.c_str(), "tmpfs", 0, nullptr), "mount tmpfs");
    c.expect(mkdir((target + "/old").c_str(), 0700) == 0 && t_put(AT_FDCWD, (target + "/marker").c_str(), "new"),
             "the new root's contents");
    c.ok(zcall_pivot_root(target.c_str(), (target + "/old").c_str()), "pivot_root");
    c.ok(zcall_chdir("/"), "chdir");
    c.expect(t_get(AT_FDCWD, "/marker") == "new", "/ is the tmpfs");
    c.ok(zcall_umount2("/old", ZCALL_MNT_DETACH), "umount2 of the old root");
  });
}

// --- The mount API ---------------------------------------------------------------------------------

TEST(mount_api, fsopen_fsconfig_fsmount_and_move_mount_attach_a_new_tmpfs) {
  T_TMPDIR(dir);
  const std::string target = dir.path();
  T_IN_CHILD(user_and_mounts, [&](t_child& c) {
    const zcall_ret fs = zcall_fsopen("tmpfs", ZCALL_FSOPEN_CLOEXEC);
    if (fs.err == ENOSYS) c.skip("fsopen: ENOSYS from " + std::string(t_answerer()));
    const int fsfd = static_cast<int>(c.ok(fs, "fsopen"));
    c.ok(zcall_fsconfig(fsfd, ZCALL_FSCONFIG_SET_STRING, "size", "1m", 0), "fsconfig size");
    c.err(zcall_fsconfig(fsfd, ZCALL_FSCONFIG_SET_STRING, "no-such-key", "x", 0), EINVAL, "fsconfig of a bad key");
    c.ok(zcall_fsconfig(fsfd, ZCALL_FSCONFIG_CMD_CREATE, nullptr, nullptr, 0), "fsconfig create");
    const int mnt =
        static_cast<int>(c.ok(zcall_fsmount(fsfd, ZCALL_FSMOUNT_CLOEXEC, ZCALL_MOUNT_ATTR_NODEV), "fsmount"));
    c.ok(zcall_move_mount(mnt, "", ZCALL_AT_FDCWD, target.c_str(), ZCALL_MOVE_MOUNT_F_EMPTY_PATH), "move_mount");
    c.expect(is_tmpfs(target), "the new tmpfs is attached");
    // fspick reopens its context to reconfigure it.
    const int pick =
        static_cast<int>(c.ok(zcall_fspick(ZCALL_AT_FDCWD, target.c_str(), ZCALL_FSPICK_CLOEXEC), "fspick"));
    c.ok(zcall_fsconfig(pick, ZCALL_FSCONFIG_SET_STRING, "size", "2m", 0), "fsconfig size, again");
    c.ok(zcall_fsconfig(pick, ZCALL_FSCONFIG_CMD_RECONFIGURE, nullptr, nullptr, 0), "fsconfig reconfigure");
    c.err(zcall_fsopen("no-such-fs", 0), ENODEV, "fsopen of an unknown type");
    c.err(zcall_fsmount(-1, 0, 0), EBADF, "fsmount of no context");
    c.err(zcall_fspick(ZCALL_AT_FDCWD, "/nonexistent-zcall", 0), ENOENT, "fspick of nothing");
    c.err(zcall_move_mount(-1, "", ZCALL_AT_FDCWD, target.c_str(), ZCALL_MOVE_MOUNT_F_EMPTY_PATH), EBADF,
          "move_mount of no mount");
  });
}

TEST(mount_api, open_tree_clones_a_mount_and_mount_setattr_makes_it_read_only) {
  T_TMPDIR(dir);
  ASSERT_EQ(mkdirat(dir.fd(), "src", 0700), 0);
  ASSERT_EQ(mkdirat(dir.fd(), "dst", 0700), 0);
  const std::string src = dir.path("src"), dst = dir.path("dst");
  T_IN_CHILD(user_and_mounts, [&](t_child& c) {
    c.ok(zcall_mount("none", "/", "none", ZCALL_MS_REC | ZCALL_MS_PRIVATE, nullptr), "mount --make-rprivate /");
    c.ok(zcall_mount("zcall", src.c_str(), "tmpfs", 0, nullptr), "mount tmpfs");
    const zcall_ret tree =
        zcall_open_tree(ZCALL_AT_FDCWD, src.c_str(), ZCALL_OPEN_TREE_CLONE | ZCALL_OPEN_TREE_CLOEXEC);
    if (tree.err == ENOSYS) c.skip("open_tree: ENOSYS from " + std::string(t_answerer()));
    const int copy = static_cast<int>(c.ok(tree, "open_tree"));
    c.ok(zcall_move_mount(copy, "", ZCALL_AT_FDCWD, dst.c_str(), ZCALL_MOVE_MOUNT_F_EMPTY_PATH), "move_mount");
    c.expect(t_put(AT_FDCWD, (dst + "/f").c_str(), "x") && t_get(AT_FDCWD, (src + "/f").c_str()) == "x",
             "the clone shows the same tmpfs");
    zcall_mount_attr ro = {};
    ro.attr_set = ZCALL_MOUNT_ATTR_RDONLY;
    c.ok(zcall_mount_setattr(ZCALL_AT_FDCWD, dst.c_str(), 0, &ro, sizeof ro), "mount_setattr");
    c.expect(open((dst + "/g").c_str(), O_CREAT | O_WRONLY | O_CLOEXEC, 0600) < 0 && errno == EROFS,
             "the clone is read-only");
    c.expect(t_put(AT_FDCWD, (src + "/g").c_str(), "y"), "the original stays writable");
    c.err(zcall_mount_setattr(ZCALL_AT_FDCWD, dst.c_str(), 0, &ro, 8), EINVAL, "mount_setattr of a short size");
    c.err(zcall_open_tree(ZCALL_AT_FDCWD, "/nonexistent-zcall", 0), ENOENT, "open_tree of nothing");
    // open_tree_attr (Linux 6.15): the copy comes read-only at once.
    const zcall_ret attr = zcall_open_tree_attr(ZCALL_AT_FDCWD, src.c_str(), ZCALL_OPEN_TREE_CLONE, &ro, sizeof ro);
    if (attr.err != ENOSYS) {
      const int ro_copy = static_cast<int>(c.ok(attr, "open_tree_attr"));
      c.ok(zcall_move_mount(ro_copy, "", ZCALL_AT_FDCWD, dst.c_str(), ZCALL_MOVE_MOUNT_F_EMPTY_PATH), "move_mount");
      c.err(zcall_open_tree_attr(ZCALL_AT_FDCWD, src.c_str(), ZCALL_OPEN_TREE_CLONE, &ro, 8), EINVAL,
            "open_tree_attr of a short size");
    }
  });
}

// --- unshare, setns -----------------------------------------------------------------------------

TEST(mount_unshare, a_child_in_a_new_user_namespace_is_the_overflow_user) {
  T_SKIP_IF_TSAN("it runs a thread of its own in every child, and unshare refuses a threaded process a user namespace");
  T_IN_CHILD(0, [](t_child& c) {
    const zcall_ret r = zcall_unshare(ZCALL_CLONE_NEWUSER);
    if (r.err == EPERM || r.err == ENOSPC) c.skip("unprivileged user namespaces are off here");
    if (r.err == EINVAL && t_emulator()) c.skip("qemu-user runs threads of its own, and unshare refuses those");
    c.ok(r, "unshare");
    c.expect(geteuid() == 65534, "unmapped, this process is the overflow uid");
    c.err(zcall_unshare(0x80000000u), EINVAL, "unshare of CLONE_IO, which is no namespace");
  });
}

TEST(mount_setns, returns_a_child_to_its_earlier_uts_namespace_and_refuses_a_mismatched_type) {
  T_IN_CHILD(CLONE_NEWUSER | CLONE_NEWUTS, [](t_child& c) {
    const int first = open("/proc/self/ns/uts", O_RDONLY | O_CLOEXEC);
    c.ok(zcall_sethostname("first", 5), "sethostname");
    c.ok(zcall_unshare(ZCALL_CLONE_NEWUTS), "unshare");
    c.ok(zcall_sethostname("second", 6), "sethostname, again");
    c.err(zcall_setns(first, ZCALL_CLONE_NEWNET), EINVAL, "setns of a UTS namespace as a network one");
    c.err(zcall_setns(-1, 0), EBADF, "setns of no descriptor");
    c.ok(zcall_setns(first, ZCALL_CLONE_NEWUTS), "setns");
    zcall_new_utsname u;
    c.ok(zcall_uname(&u), "uname");
    c.expect(std::string(u.nodename) == "first", "back in the first namespace");
  });
}

// --- clone, clone3 ------------------------------------------------------------------------------

TEST(mount_clone, is_fork_like_and_writes_the_child_s_tid_where_child_tid_points) {
  int child_tid = 0;
  const zcall_ret r = zcall_clone(ZCALL_CLONE_CHILD_SETTID | SIGCHLD, nullptr, nullptr, &child_tid, 0);
  // The child runs on a copy of this stack, and reports whether the kernel wrote its tid into its copy.
  if (r.err == 0 && r.r1 == 0) _exit(child_tid == getpid() ? 42 : 43);
  const pid_t pid = static_cast<pid_t>(T_EXPECT_OK(r));
  EXPECT_EQ(exit_status(pid), 42) << "43: the child's tid was not written where child_tid points";
  EXPECT_EQ(child_tid, 0) << "the parent's copy is untouched";
}

TEST(mount_clone, writes_the_child_s_tid_where_parent_tid_points) {
  T_SKIP_IF_EMULATED("ignores CLONE_PARENT_SETTID for a clone without CLONE_VM");
  int parent_tid = 0;
  const zcall_ret r = zcall_clone(ZCALL_CLONE_PARENT_SETTID | SIGCHLD, nullptr, &parent_tid, nullptr, 0);
  if (r.err == 0 && r.r1 == 0) _exit(0);
  const pid_t pid = static_cast<pid_t>(T_EXPECT_OK(r));
  EXPECT_EQ(parent_tid, pid);
  EXPECT_EQ(exit_status(pid), 0);
}

TEST(mount_clone, fails_with_einval_for_a_thread_that_shares_no_handlers) {
  T_EXPECT_ERR(zcall_clone(ZCALL_CLONE_THREAD, nullptr, nullptr, nullptr, 0), EINVAL);
  T_EXPECT_ERR(zcall_clone(ZCALL_CLONE_SIGHAND, nullptr, nullptr, nullptr, 0), EINVAL);  // without CLONE_VM
}

TEST(mount_clone3, is_fork_like_and_gives_a_pidfd) {
  T_SKIP_WITHOUT_SYSCALL(clone3, nullptr, 0);
  int pidfd = -1;
  zcall_clone_args args = {};
  args.flags = ZCALL_CLONE_PIDFD;
  args.pidfd = reinterpret_cast<std::uintptr_t>(&pidfd);
  args.exit_signal = SIGCHLD;
  const zcall_ret r = zcall_clone3(&args, sizeof args);
  if (r.err == 0 && r.r1 == 0) _exit(7);
  const pid_t pid = static_cast<pid_t>(T_EXPECT_OK(r));
  t_fd owned(pidfd);
  EXPECT_GE(pidfd, 0);
  zcall_siginfo info = {};
  T_EXPECT_OK(zcall_waitid(ZCALL_P_PID, pid, &info, ZCALL_WEXITED, nullptr));
  EXPECT_EQ(info._sifields._sigchld._status, 7);
}

TEST(mount_clone3, fails_with_einval_for_a_short_size_or_unknown_flags) {
  T_SKIP_WITHOUT_SYSCALL(clone3, nullptr, 0);
  zcall_clone_args args = {};
  args.exit_signal = SIGCHLD;
  T_EXPECT_ERR(zcall_clone3(&args, 8), EINVAL);
  args.flags = ZCALL_CLONE_THREAD;
  T_EXPECT_ERR(zcall_clone3(&args, sizeof args), EINVAL);
}

// --- C++ ------------------------------------------------------------------------------------

TEST(cpp_mount, results_and_errnos) {
  auto [pid, err] = zcall::clone(SIGCHLD);
  if (!err && pid == 0) _exit(3);
  ASSERT_FALSE(err) << err.name();
  EXPECT_EQ(exit_status(pid), 3);
  EXPECT_EQ(zcall::umount2("/nonexistent-zcall", 0), getuid() == 0 ? zcall::Errno::NOENT : zcall::Errno::PERM);
  EXPECT_EQ(zcall::setns(-1, 0), zcall::Errno::BADF);
  EXPECT_EQ(zcall::unshare(0x80000000u), zcall::Errno::INVAL);
}

// --- statmount, listmount (Linux 6.8) -----------------------------------------------------------

TEST(mount_listmount, lists_the_mounts_below_the_root_and_statmount_describes_them) {
  T_SKIP_WITHOUT_SYSCALL(listmount, nullptr, nullptr, 0, 0);
  zcall_mnt_id_req req = {};
  req.size = ZCALL_MNT_ID_REQ_SIZE_VER0;
  req.mnt_id = ZCALL_LSMT_ROOT;
  std::uint64_t ids[256];
  const std::uintptr_t n = T_EXPECT_OK(zcall_listmount(&req, ids, 256, 0));
  ASSERT_GT(n, 0u) << "the root has mounts below it";
  alignas(8) unsigned char buf[8192];
  auto* sm = reinterpret_cast<struct zcall_statmount*>(buf);
  zcall_mnt_id_req one = {};
  one.size = ZCALL_MNT_ID_REQ_SIZE_VER0;
  one.mnt_id = ids[0];
  one.param = ZCALL_STATMOUNT_MNT_BASIC | ZCALL_STATMOUNT_MNT_POINT;
  T_EXPECT_OK(zcall_statmount(&one, sm, sizeof buf, 0));
  EXPECT_EQ(sm->mnt_id, ids[0]);
  EXPECT_NE(sm->mask & ZCALL_STATMOUNT_MNT_POINT, 0u);
  const char* point = reinterpret_cast<const char*>(sm + 1) + sm->mnt_point;
  EXPECT_EQ(point[0], '/') << "a mount point is an absolute path";
}

TEST(mount_statmount, fails_with_einval_for_a_short_request_and_enoent_for_no_mount) {
  T_SKIP_WITHOUT_SYSCALL(statmount, nullptr, nullptr, 0, 0);
  alignas(8) unsigned char buf[4096];
  auto* sm = reinterpret_cast<struct zcall_statmount*>(buf);
  zcall_mnt_id_req req = {};
  req.size = 8;
  req.param = ZCALL_STATMOUNT_MNT_BASIC;
  T_EXPECT_ERR(zcall_statmount(&req, sm, sizeof buf, 0), EINVAL);
  req.size = ZCALL_MNT_ID_REQ_SIZE_VER0;
  req.mnt_id = 0x7fffffffffffffff;  // a unique id no mount has
  T_EXPECT_ERR(zcall_statmount(&req, sm, sizeof buf, 0), ENOENT);
  T_EXPECT_ERR(zcall_listmount(&req, nullptr, 0, 0x80000000u), EINVAL);
}

}  // namespace
