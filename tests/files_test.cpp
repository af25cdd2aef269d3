// SPDX-License-Identifier: MIT
// More of files and directories: newfstatat, getdents64, faccessat(2), fchmod(at)(2), fchown(at), linkat,
// symlinkat, readlinkat, mknodat, utimensat, truncate, statfs, fstatfs, fadvise64, readahead, flock,
// name_to_handle_at, open_by_handle_at, close_range, dup, sync, syncfs; and the process's working
// directory, root and umask (chdir, fchdir, chroot, getcwd, umask), which change only in a child.
#include <dirent.h>
#include <fcntl.h>
#include <sched.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/vfs.h>

#include <cerrno>
#include <set>
#include <string>

#include "helpers.hpp"

namespace {

void* const unmapped = reinterpret_cast<void*>(8);  // the first page is never mapped

int open_in(int dirfd, const char* name, int flags) { return openat(dirfd, name, flags | O_CLOEXEC); }

struct stat glibc_stat(int dirfd, const char* name, int flags = AT_SYMLINK_NOFOLLOW) {
  struct stat st = {};
  EXPECT_EQ(fstatat(dirfd, name, &st, flags), 0) << name;
  return st;
}

int fd_of(zcall_ret r) { return static_cast<int>(r.r1); }  // -1 on error, which t_fd ignores

bool is_open(int fd) { return fcntl(fd, F_GETFD) >= 0; }

// --- newfstatat ------------------------------------------------------------------------------

TEST(files_newfstatat, reports_what_glibc_fstatat_reports_and_the_link_itself_with_nofollow) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", "seven b"));
  ASSERT_EQ(symlinkat("f", dir.fd(), "link"), 0);
  zcall_stat st = {};
  T_EXPECT_OK(zcall_newfstatat(dir.fd(), "f", &st, 0));
  const struct stat glibc = glibc_stat(dir.fd(), "f");
  EXPECT_EQ(st.st_ino, glibc.st_ino);
  EXPECT_EQ(st.st_size, 7);
  EXPECT_TRUE(S_ISREG(st.st_mode));
  T_EXPECT_OK(zcall_newfstatat(dir.fd(), "link", &st, ZCALL_AT_SYMLINK_NOFOLLOW));
  EXPECT_TRUE(S_ISLNK(st.st_mode));
  T_EXPECT_OK(zcall_newfstatat(dir.fd(), "link", &st, 0));
  EXPECT_EQ(st.st_ino, glibc.st_ino) << "without the flag, the link is followed";
  T_EXPECT_OK(zcall_newfstatat(dir.fd(), "", &st, ZCALL_AT_EMPTY_PATH));
  EXPECT_TRUE(S_ISDIR(st.st_mode)) << "an empty path with AT_EMPTY_PATH describes dirfd";
}

TEST(files_newfstatat, fails_with_enoent_einval_ebadf_and_efault) {
  T_TMPDIR(dir);
  zcall_stat st;
  T_EXPECT_ERR(zcall_newfstatat(dir.fd(), "missing", &st, 0), ENOENT);
  T_EXPECT_ERR(zcall_newfstatat(dir.fd(), "missing", &st, 0x1), EINVAL);
  T_EXPECT_ERR(zcall_newfstatat(-1, "relative", &st, 0), EBADF);
  T_EXPECT_ERR(zcall_newfstatat(dir.fd(), ".", static_cast<zcall_stat*>(unmapped), 0), EFAULT);
}

// --- getdents64 ----------------------------------------------------------------------------------

TEST(files_getdents64, lists_every_entry_with_its_type_then_returns_0_at_the_end) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "file", ""));
  ASSERT_EQ(mkdirat(dir.fd(), "sub", 0700), 0);
  t_fd fd(open_in(dir.fd(), ".", O_RDONLY | O_DIRECTORY));
  alignas(8) std::byte buf[4096];
  std::set<std::string> names;
  std::size_t n;
  while ((n = T_EXPECT_OK(zcall_getdents64(fd.get(), buf, sizeof buf))) != 0 && n <= sizeof buf) {
    for (std::size_t at = 0; at < n;) {
      const auto* d = reinterpret_cast<const zcall_linux_dirent64*>(buf + at);
      const std::string name = d->d_name;
      names.insert(name);
      if (name == "file") {
        EXPECT_EQ(d->d_type, ZCALL_DT_REG);
      } else if (name == "sub") {
        EXPECT_EQ(d->d_type, ZCALL_DT_DIR);
      }
      ASSERT_GT(d->d_reclen, 0u);
      at += d->d_reclen;
    }
  }
  EXPECT_EQ(names, (std::set<std::string>{".", "..", "file", "sub"}));
}

TEST(files_getdents64, fails_with_enotdir_einval_for_a_small_buffer_and_ebadf) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "file", ""));
  t_fd file(open_in(dir.fd(), "file", O_RDONLY));
  alignas(8) std::byte buf[256];
  T_EXPECT_ERR(zcall_getdents64(file.get(), buf, sizeof buf), ENOTDIR);
  T_EXPECT_ERR(zcall_getdents64(dir.fd(), buf, 1), EINVAL);
  T_EXPECT_ERR(zcall_getdents64(-1, buf, sizeof buf), EBADF);
}

// --- faccessat, faccessat2 --------------------------------------------------------------------

TEST(files_faccessat, answers_0_for_an_existing_file_and_enoent_otherwise) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", ""));
  T_EXPECT_OK(zcall_faccessat(dir.fd(), "f", ZCALL_F_OK));
  T_EXPECT_OK(zcall_faccessat(dir.fd(), "f", ZCALL_R_OK | ZCALL_W_OK));
  T_EXPECT_ERR(zcall_faccessat(dir.fd(), "missing", ZCALL_F_OK), ENOENT);
  T_EXPECT_ERR(zcall_faccessat(dir.fd(), "f", 8), EINVAL);  // no such mode bit
  T_EXPECT_ERR(zcall_faccessat(-1, "f", ZCALL_F_OK), EBADF);
}

TEST(files_faccessat2, takes_flags_and_refuses_unknown_ones_with_einval) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", ""));
  ASSERT_EQ(fchmodat(dir.fd(), "f", 0, 0), 0);
  T_EXPECT_OK(zcall_faccessat2(dir.fd(), "f", ZCALL_F_OK, ZCALL_AT_EACCESS));
  T_EXPECT_ERR(zcall_faccessat2(dir.fd(), "f", ZCALL_F_OK, 0x1), EINVAL);
  T_EXPECT_ERR(zcall_faccessat2(dir.fd(), "missing", ZCALL_F_OK, ZCALL_AT_SYMLINK_NOFOLLOW), ENOENT);
  // X_OK of a file with no execute bit fails even for root.
  T_EXPECT_ERR(zcall_faccessat2(dir.fd(), "f", ZCALL_X_OK, ZCALL_AT_EACCESS), EACCES);
}

// --- fchmod, fchmodat, fchmodat2 ---------------------------------------------------------------

TEST(files_fchmod, set_the_mode_that_fstatat_reports) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", ""));
  t_fd fd(open_in(dir.fd(), "f", O_RDONLY));
  T_EXPECT_OK(zcall_fchmod(fd.get(), 0640));
  EXPECT_EQ(glibc_stat(dir.fd(), "f").st_mode & 07777, 0640u);
  T_EXPECT_OK(zcall_fchmodat(dir.fd(), "f", 0604));
  EXPECT_EQ(glibc_stat(dir.fd(), "f").st_mode & 07777, 0604u);
  T_EXPECT_ERR(zcall_fchmod(-1, 0600), EBADF);
  T_EXPECT_ERR(zcall_fchmodat(dir.fd(), "missing", 0600), ENOENT);
}

TEST(files_fchmodat2, changes_a_file_and_refuses_a_symlink_itself_with_eopnotsupp) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", ""));
  ASSERT_EQ(symlinkat("f", dir.fd(), "link"), 0);
  const zcall_ret r = zcall_fchmodat2(dir.fd(), "f", 0611, 0);
  if (r.err == ENOSYS) GTEST_SKIP() << "fchmodat2: ENOSYS (Linux 6.6) from " << t_answerer();
  T_EXPECT_OK(r);
  EXPECT_EQ(glibc_stat(dir.fd(), "f").st_mode & 07777, 0611u);
  T_EXPECT_ERR(zcall_fchmodat2(dir.fd(), "link", 0600, ZCALL_AT_SYMLINK_NOFOLLOW), EOPNOTSUPP);
  T_EXPECT_ERR(zcall_fchmodat2(dir.fd(), "f", 0600, 0x1), EINVAL);
}

// --- fchown, fchownat -----------------------------------------------------------------------------

TEST(files_fchown, gives_the_owner_and_group_and_minus_one_keeps_them) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", ""));
  t_fd fd(open_in(dir.fd(), "f", O_RDONLY));
  const std::uint32_t uid = getuid(), gid = getgid(), keep = ~0u;
  T_EXPECT_OK(zcall_fchown(fd.get(), uid, gid));
  if (uid == 0) {
    // Root may give the file away: a temporary file of this test's own.
    T_EXPECT_OK(zcall_fchown(fd.get(), 4321, keep));
    EXPECT_EQ(glibc_stat(dir.fd(), "f").st_uid, 4321u);
    EXPECT_EQ(glibc_stat(dir.fd(), "f").st_gid, gid);
    T_EXPECT_OK(zcall_fchownat(dir.fd(), "f", keep, 4322, 0));
    EXPECT_EQ(glibc_stat(dir.fd(), "f").st_uid, 4321u);
    EXPECT_EQ(glibc_stat(dir.fd(), "f").st_gid, 4322u);
  }
  ASSERT_EQ(symlinkat("f", dir.fd(), "link"), 0);
  T_EXPECT_OK(zcall_fchownat(dir.fd(), "link", uid, gid, ZCALL_AT_SYMLINK_NOFOLLOW));
  T_EXPECT_ERR(zcall_fchown(-1, uid, gid), EBADF);
  T_EXPECT_ERR(zcall_fchownat(dir.fd(), "missing", uid, gid, 0), ENOENT);
  T_EXPECT_ERR(zcall_fchownat(dir.fd(), "f", uid, gid, 0x1), EINVAL);
}

// --- linkat, symlinkat, readlinkat, mknodat -------------------------------------------------------

TEST(files_linkat, adds_a_name_for_the_same_inode_then_fails_with_eexist) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", "shared"));
  T_EXPECT_OK(zcall_linkat(dir.fd(), "f", dir.fd(), "g", 0));
  EXPECT_EQ(glibc_stat(dir.fd(), "g").st_ino, glibc_stat(dir.fd(), "f").st_ino);
  EXPECT_EQ(glibc_stat(dir.fd(), "f").st_nlink, 2u);
  T_EXPECT_ERR(zcall_linkat(dir.fd(), "f", dir.fd(), "g", 0), EEXIST);
  T_EXPECT_ERR(zcall_linkat(dir.fd(), "missing", dir.fd(), "h", 0), ENOENT);
  T_EXPECT_ERR(zcall_linkat(dir.fd(), "f", dir.fd(), "h", 0x1), EINVAL);
}

TEST(files_symlinkat, makes_a_link_that_readlinkat_reads_back_without_a_nul) {
  T_TMPDIR(dir);
  T_EXPECT_OK(zcall_symlinkat("some/target", dir.fd(), "link"));
  char buf[64];
  std::memset(buf, 'x', sizeof buf);
  EXPECT_EQ(T_EXPECT_OK(zcall_readlinkat(dir.fd(), "link", buf, sizeof buf)), 11u);
  EXPECT_EQ(std::string(buf, 12), "some/targetx");
  EXPECT_EQ(T_EXPECT_OK(zcall_readlinkat(dir.fd(), "link", buf, 4)), 4u) << "a short buffer truncates";
  T_EXPECT_ERR(zcall_symlinkat("other", dir.fd(), "link"), EEXIST);
  T_EXPECT_ERR(zcall_symlinkat("", dir.fd(), "empty"), ENOENT);
}

TEST(files_readlinkat, fails_with_einval_for_a_file_that_is_no_link_and_enoent) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", ""));
  char buf[16];
  T_EXPECT_ERR(zcall_readlinkat(dir.fd(), "f", buf, sizeof buf), EINVAL);
  T_EXPECT_ERR(zcall_readlinkat(dir.fd(), "missing", buf, sizeof buf), ENOENT);
  T_EXPECT_ERR(zcall_readlinkat(dir.fd(), "f", buf, 0), EINVAL);
}

TEST(files_mknodat, makes_a_fifo_and_a_regular_file_then_fails_with_eexist) {
  T_TMPDIR(dir);
  T_EXPECT_OK(zcall_mknodat(dir.fd(), "fifo", ZCALL_S_IFIFO | 0600, 0));
  EXPECT_TRUE(S_ISFIFO(glibc_stat(dir.fd(), "fifo").st_mode));
  T_EXPECT_OK(zcall_mknodat(dir.fd(), "file", ZCALL_S_IFREG | 0600, 0));
  EXPECT_TRUE(S_ISREG(glibc_stat(dir.fd(), "file").st_mode));
  T_EXPECT_ERR(zcall_mknodat(dir.fd(), "fifo", ZCALL_S_IFIFO | 0600, 0), EEXIST);
  T_EXPECT_ERR(zcall_mknodat(dir.fd(), "dir", ZCALL_S_IFDIR | 0700, 0), EPERM);  // directories: mkdirat
}

// --- utimensat, truncate -------------------------------------------------------------------------

TEST(files_utimensat, sets_both_times_or_omits_one) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", ""));
  const zcall_timespec times[2] = {{1000, 1}, {2000, 500}};
  T_EXPECT_OK(zcall_utimensat(dir.fd(), "f", times, 0));
  struct stat st = glibc_stat(dir.fd(), "f");
  EXPECT_EQ(st.st_atim.tv_sec, 1000);
  EXPECT_EQ(st.st_mtim.tv_sec, 2000);
  EXPECT_EQ(st.st_mtim.tv_nsec, 500);
  const zcall_timespec only_atime[2] = {{3000, 0}, {0, ZCALL_UTIME_OMIT}};
  T_EXPECT_OK(zcall_utimensat(dir.fd(), "f", only_atime, 0));
  st = glibc_stat(dir.fd(), "f");
  EXPECT_EQ(st.st_atim.tv_sec, 3000);
  EXPECT_EQ(st.st_mtim.tv_sec, 2000);
  T_EXPECT_OK(zcall_utimensat(dir.fd(), "f", nullptr, 0));
  EXPECT_GT(glibc_stat(dir.fd(), "f").st_mtim.tv_sec, 2000) << "null times set both to now";
}

TEST(files_utimensat, fails_with_einval_for_a_bad_nanosecond_and_enoent) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", ""));
  const zcall_timespec bad[2] = {{0, 1'000'000'000}, {0, 0}};
  T_EXPECT_ERR(zcall_utimensat(dir.fd(), "f", bad, 0), EINVAL);
  T_EXPECT_ERR(zcall_utimensat(dir.fd(), "missing", nullptr, 0), ENOENT);
}

TEST(files_truncate, sets_the_size_of_a_path_and_fails_on_a_directory_or_a_negative_length) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", "0123456789"));
  T_EXPECT_OK(zcall_truncate(dir.path("f").c_str(), 4));
  EXPECT_EQ(t_get(dir.fd(), "f"), "0123");
  T_EXPECT_OK(zcall_truncate(dir.path("f").c_str(), 6));
  EXPECT_EQ(t_get(dir.fd(), "f"), std::string("0123\0\0", 6));
  T_EXPECT_ERR(zcall_truncate(dir.path("f").c_str(), -1), EINVAL);
  T_EXPECT_ERR(zcall_truncate(dir.path().c_str(), 0), EISDIR);
  T_EXPECT_ERR(zcall_truncate(dir.path("missing").c_str(), 0), ENOENT);
}

// --- statfs, fstatfs ----------------------------------------------------------------------------

TEST(files_statfs, reports_what_glibc_statfs_reports_by_path_and_by_descriptor) {
  T_TMPDIR(dir);
  struct statfs glibc = {};
  ASSERT_EQ(::statfs(dir.path().c_str(), &glibc), 0);
  struct zcall_statfs by_path = {}, by_fd = {};
  T_EXPECT_OK(zcall_statfs(dir.path().c_str(), &by_path));
  T_EXPECT_OK(zcall_fstatfs(dir.fd(), &by_fd));
  for (const struct zcall_statfs& st : {by_path, by_fd}) {
    EXPECT_EQ(st.f_type, glibc.f_type);
    EXPECT_EQ(st.f_bsize, glibc.f_bsize);
    EXPECT_EQ(st.f_namelen, glibc.f_namelen);
    EXPECT_EQ(st.f_blocks, static_cast<std::int64_t>(glibc.f_blocks));
  }
}

TEST(files_statfs, fails_with_enoent_ebadf_and_efault) {
  struct zcall_statfs st;
  T_EXPECT_ERR(zcall_statfs("/nonexistent-zcall", &st), ENOENT);
  T_EXPECT_ERR(zcall_statfs("/", static_cast<struct zcall_statfs*>(unmapped)), EFAULT);
  T_EXPECT_ERR(zcall_fstatfs(-1, &st), EBADF);
}

// --- fadvise64, readahead, flock -------------------------------------------------------------------

TEST(files_fadvise64, accepts_advice_for_a_file_and_refuses_a_pipe_and_unknown_advice) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", std::string(8192, 'a')));
  t_fd fd(open_in(dir.fd(), "f", O_RDONLY));
  for (int advice :
       {ZCALL_POSIX_FADV_NORMAL, ZCALL_POSIX_FADV_SEQUENTIAL, ZCALL_POSIX_FADV_WILLNEED, ZCALL_POSIX_FADV_DONTNEED})
    T_EXPECT_OK(zcall_fadvise64(fd.get(), 0, 4096, advice));
  T_EXPECT_ERR(zcall_fadvise64(fd.get(), 0, 4096, 99), EINVAL);
  T_EXPECT_ERR(zcall_fadvise64(fd.get(), 0, -1, ZCALL_POSIX_FADV_NORMAL), EINVAL);
  t_pair p;
  ASSERT_EQ(pipe2(p.fd, O_CLOEXEC), 0);
  T_EXPECT_ERR(zcall_fadvise64(p.fd[0], 0, 0, ZCALL_POSIX_FADV_NORMAL), ESPIPE);
  T_EXPECT_ERR(zcall_fadvise64(-1, 0, 0, ZCALL_POSIX_FADV_NORMAL), EBADF);
}

TEST(files_readahead, reads_a_file_ahead_and_refuses_a_pipe_and_a_bad_descriptor) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", std::string(8192, 'a')));
  t_fd fd(open_in(dir.fd(), "f", O_RDONLY));
  T_EXPECT_OK(zcall_readahead(fd.get(), 0, 8192));
  t_pair p;
  ASSERT_EQ(pipe2(p.fd, O_CLOEXEC), 0);
  T_EXPECT_ERR(zcall_readahead(p.fd[0], 0, 4096), EINVAL);
  T_EXPECT_ERR(zcall_readahead(-1, 0, 4096), EBADF);
}

TEST(files_flock, an_exclusive_lock_keeps_out_another_open_file_until_unlocked) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", ""));
  t_fd first(open_in(dir.fd(), "f", O_RDONLY)), second(open_in(dir.fd(), "f", O_RDONLY));
  T_EXPECT_OK(zcall_flock(first.get(), ZCALL_LOCK_EX));
  T_EXPECT_ERR(zcall_flock(second.get(), ZCALL_LOCK_SH | ZCALL_LOCK_NB), EWOULDBLOCK);
  T_EXPECT_OK(zcall_flock(first.get(), ZCALL_LOCK_UN));
  T_EXPECT_OK(zcall_flock(second.get(), ZCALL_LOCK_SH | ZCALL_LOCK_NB));
  T_EXPECT_ERR(zcall_flock(first.get(), 0), EINVAL);
  T_EXPECT_ERR(zcall_flock(-1, ZCALL_LOCK_EX), EBADF);
}

// --- name_to_handle_at, open_by_handle_at ---------------------------------------------------------

TEST(files_name_to_handle_at, gives_a_handle_that_open_by_handle_at_opens) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", "by handle"));
  alignas(8) unsigned char storage[sizeof(zcall_file_handle) + ZCALL_MAX_HANDLE_SZ];
  auto* handle = reinterpret_cast<zcall_file_handle*>(storage);
  handle->handle_bytes = 0;
  int mount_id = -1;
  const zcall_ret sized = zcall_name_to_handle_at(dir.fd(), "f", handle, &mount_id, 0);
  if (sized.err == EOPNOTSUPP) GTEST_SKIP() << "the file system of /tmp gives no file handles";
  T_EXPECT_ERR(sized, EOVERFLOW);
  ASSERT_GT(handle->handle_bytes, 0u) << "EOVERFLOW says the size needed";
  ASSERT_LE(handle->handle_bytes, static_cast<std::uint32_t>(ZCALL_MAX_HANDLE_SZ));
  T_EXPECT_OK(zcall_name_to_handle_at(dir.fd(), "f", handle, &mount_id, 0));
  EXPECT_GE(mount_id, 0);
  const zcall_ret opened = zcall_open_by_handle_at(dir.fd(), handle, O_RDONLY | O_CLOEXEC);
  if (opened.err == EPERM) GTEST_SKIP() << "open_by_handle_at needs CAP_DAC_READ_SEARCH";
  t_fd fd(fd_of(opened));
  EXPECT_EQ(t_read_all(fd.get()), "by handle");
}

TEST(files_name_to_handle_at, fails_with_enoent_einval_and_ebadf) {
  T_TMPDIR(dir);
  alignas(8) unsigned char storage[sizeof(zcall_file_handle) + ZCALL_MAX_HANDLE_SZ] = {};
  auto* handle = reinterpret_cast<zcall_file_handle*>(storage);
  handle->handle_bytes = ZCALL_MAX_HANDLE_SZ;
  int mount_id;
  T_EXPECT_ERR(zcall_name_to_handle_at(dir.fd(), "missing", handle, &mount_id, 0), ENOENT);
  T_EXPECT_ERR(zcall_name_to_handle_at(dir.fd(), ".", handle, &mount_id, 0x40000000), EINVAL);
  handle->handle_bytes = ZCALL_MAX_HANDLE_SZ + 1;
  T_EXPECT_ERR(zcall_open_by_handle_at(dir.fd(), handle, O_RDONLY), getuid() == 0 ? EINVAL : EPERM);
  handle->handle_bytes = 8;
  T_EXPECT_ERR(zcall_open_by_handle_at(-1, handle, O_RDONLY), getuid() == 0 ? EBADF : EPERM);
}

// --- close_range, dup ---------------------------------------------------------------------------

TEST(files_close_range, closes_a_range_or_only_marks_it_close_on_exec) {
  t_fd a(dup(0)), b(dup(0)), c(dup(0));
  ASSERT_GE(a.get(), 0);
  ASSERT_GE(c.get(), 0);
  const unsigned lo = static_cast<unsigned>(std::min({a.get(), b.get(), c.get()}));
  const unsigned hi = static_cast<unsigned>(std::max({a.get(), b.get(), c.get()}));
  const zcall_ret cloexec = zcall_close_range(lo, hi, ZCALL_CLOSE_RANGE_CLOEXEC);
  if (cloexec.err == EINVAL && t_emulator()) GTEST_SKIP() << t_emulator() << " has no CLOSE_RANGE_CLOEXEC";
  T_EXPECT_OK(cloexec);
  EXPECT_EQ(fcntl(b.get(), F_GETFD), FD_CLOEXEC);
  T_EXPECT_OK(zcall_close_range(static_cast<unsigned>(b.get()), static_cast<unsigned>(b.get()), 0));
  EXPECT_FALSE(is_open(b.release()));
  EXPECT_TRUE(is_open(a.get()));
  EXPECT_TRUE(is_open(c.get()));
  T_EXPECT_ERR(zcall_close_range(hi, lo, 0), EINVAL);
  T_EXPECT_ERR(zcall_close_range(lo, hi, 0x100), EINVAL);
}

TEST(files_dup, gives_the_lowest_free_descriptor_for_the_same_file_and_ebadf) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", ""));
  t_fd fd(open_in(dir.fd(), "f", O_RDONLY));
  t_fd probe(dup(fd.get()));
  const int lowest = probe.get();
  close(probe.release());
  t_fd copy(fd_of(zcall_dup(fd.get())));
  EXPECT_EQ(copy.get(), lowest);
  struct stat x, y;
  ASSERT_EQ(fstat(fd.get(), &x), 0);
  ASSERT_EQ(fstat(copy.get(), &y), 0);
  EXPECT_EQ(x.st_ino, y.st_ino);
  EXPECT_EQ(fcntl(copy.get(), F_GETFD), 0) << "dup does not copy close-on-exec";
  T_EXPECT_ERR(zcall_dup(-1), EBADF);
}

// --- sync, syncfs ----------------------------------------------------------------------------------

TEST(files_sync, sync_cannot_fail_and_syncfs_fails_only_for_a_bad_descriptor) {
  T_TMPDIR(dir);
  EXPECT_EQ(T_EXPECT_OK(zcall_sync()), 0u);
  EXPECT_EQ(T_EXPECT_OK(zcall_syncfs(dir.fd())), 0u);
  T_EXPECT_ERR(zcall_syncfs(-1), EBADF);
}

// --- The working directory, root and umask: in a child ----------------------------------------

TEST(files_getcwd, gives_glibc_getcwd_with_its_nul) {
  char glibc[4096], ours[4096];
  ASSERT_NE(::getcwd(glibc, sizeof glibc), nullptr);
  EXPECT_EQ(T_EXPECT_OK(zcall_getcwd(ours, sizeof ours)), std::strlen(glibc) + 1);
  EXPECT_STREQ(ours, glibc);
}

TEST(files_getcwd, fails_with_erange_for_a_short_buffer_and_efault) {
  char buf[4096];
  T_EXPECT_ERR(zcall_getcwd(buf, 1), ERANGE);
  T_EXPECT_ERR(zcall_getcwd(static_cast<char*>(unmapped), sizeof buf), EFAULT);
}

TEST(files_chdir, chdir_and_fchdir_move_the_child_and_fail_for_a_file) {
  T_TMPDIR(dir);
  ASSERT_EQ(mkdirat(dir.fd(), "sub", 0700), 0);
  ASSERT_TRUE(t_put(dir.fd(), "f", ""));
  const std::string path = dir.path(), sub = dir.path("sub"), file = dir.path("f");
  const int dirfd = dir.fd();
  T_IN_CHILD(0, [&](t_child& c) {
    char cwd[4096];
    c.ok(zcall_chdir(sub.c_str()), "chdir");
    c.expect(::getcwd(cwd, sizeof cwd) && cwd == sub, "after chdir, getcwd is " + std::string(cwd));
    c.ok(zcall_fchdir(dirfd), "fchdir");
    c.expect(::getcwd(cwd, sizeof cwd) && cwd == path, "after fchdir, getcwd is " + std::string(cwd));
    c.err(zcall_chdir(file.c_str()), ENOTDIR, "chdir to a file");
    c.err(zcall_chdir("/nonexistent-zcall"), ENOENT, "chdir to nothing");
    c.err(zcall_fchdir(-1), EBADF, "fchdir(-1)");
  });
}

TEST(files_chroot, makes_a_directory_the_root_of_a_child_in_new_namespaces) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "inside", "found"));
  const std::string path = dir.path(), file = dir.path("inside");
  T_IN_CHILD(CLONE_NEWUSER | CLONE_NEWNS, [&](t_child& c) {
    c.err(zcall_chroot(file.c_str()), ENOTDIR, "chroot to a file");
    c.err(zcall_chroot("/nonexistent-zcall"), ENOENT, "chroot to nothing");
    c.ok(zcall_chroot(path.c_str()), "chroot");
    c.ok(zcall_chdir("/"), "chdir to the new root");
    const int fd = open("/inside", O_RDONLY | O_CLOEXEC);
    c.expect(fd >= 0 && t_read_all(fd) == "found", "/inside is the file in the new root");
  });
}

TEST(files_umask, gives_the_previous_mask_and_applies_the_new_one) {
  T_TMPDIR(dir);
  const int dirfd = dir.fd();
  T_IN_CHILD(0, [&](t_child& c) {
    const std::uintptr_t before = c.ok(zcall_umask(027), "umask");
    c.expect(c.ok(zcall_umask(077), "umask") == 027, "umask gives back the mask it set");
    c.ok(zcall_umask(static_cast<unsigned>(before)), "umask");
    c.ok(zcall_umask(022), "umask");
    const int fd = openat(dirfd, "made", O_CREAT | O_WRONLY | O_CLOEXEC, 0666);
    struct stat st = {};
    c.expect(fd >= 0 && fstat(fd, &st) == 0 && (st.st_mode & 0777) == 0644, "a new file has mode 0666 & ~022");
    // Bits beyond 0777 are dropped: umask never fails.
    c.expect(c.ok(zcall_umask(0xffffffffu), "umask") == 022, "the mask set before");
    c.expect(c.ok(zcall_umask(0), "umask") == 0777, "only the permission bits are kept");
  });
}

// --- C++ -----------------------------------------------------------------------------------

TEST(cpp_files, results_errnos_and_spans) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", "abc"));
  zcall::stat st;
  EXPECT_FALSE(zcall::newfstatat(dir.fd(), "f", &st));
  EXPECT_EQ(st.st_size, 3);
  EXPECT_EQ(zcall::newfstatat(dir.fd(), "missing", &st), zcall::Errno::NOENT);
  EXPECT_FALSE(zcall::symlinkat("f", dir.fd(), "link"));
  char target[8];
  auto [n, err] = zcall::readlinkat(dir.fd(), "link", target);
  EXPECT_FALSE(err);
  EXPECT_EQ(std::string(target, n), "f");
  char cwd[4096];
  auto [len, cerr] = zcall::getcwd(cwd);
  EXPECT_FALSE(cerr);
  EXPECT_EQ(len, std::strlen(cwd) + 1);
  alignas(8) std::byte entries[1024];
  t_fd fd(open_in(dir.fd(), ".", O_RDONLY | O_DIRECTORY));
  EXPECT_GT(zcall::getdents64(fd.get(), entries).value, 0u);
  struct zcall::statfs fs;
  EXPECT_FALSE(zcall::fstatfs(dir.fd(), &fs));
  EXPECT_FALSE(zcall::statfs(dir.path().c_str(), &fs));
  EXPECT_EQ(zcall::faccessat2(dir.fd(), "f", zcall::f::OK), zcall::Errno{});
  auto [copy, derr] = zcall::dup(dir.fd());
  EXPECT_FALSE(derr);
  t_fd owned(copy);
  EXPECT_EQ(zcall::close_range(static_cast<unsigned>(copy), static_cast<unsigned>(copy)), zcall::Errno{});
  owned.release();
  EXPECT_EQ(zcall::flock(-1, zcall::lock::EX), zcall::Errno::BADF);
}

// --- file_getattr, file_setattr (Linux 6.17) ------------------------------------------------------

TEST(files_file_attr, setattr_sets_the_nodump_flag_that_getattr_reads_back) {
  T_SKIP_WITHOUT_SYSCALL(file_getattr, -1, nullptr, nullptr, 0, 0);
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", ""));
  zcall_file_attr attr = {};
  const zcall_ret got = zcall_file_getattr(dir.fd(), "f", &attr, sizeof attr, 0);
  if (got.err == EOPNOTSUPP || got.err == ENOTTY) GTEST_SKIP() << "the file system of /tmp keeps no inode flags";
  T_EXPECT_OK(got);
  attr.fa_xflags |= ZCALL_FS_XFLAG_NODUMP;
  T_EXPECT_OK(zcall_file_setattr(dir.fd(), "f", &attr, sizeof attr, 0));
  zcall_file_attr back = {};
  T_EXPECT_OK(zcall_file_getattr(dir.fd(), "f", &back, sizeof back, 0));
  EXPECT_NE(back.fa_xflags & ZCALL_FS_XFLAG_NODUMP, 0u);
}

TEST(files_file_attr, fails_with_einval_for_a_short_size_and_enoent) {
  T_SKIP_WITHOUT_SYSCALL(file_getattr, -1, nullptr, nullptr, 0, 0);
  T_TMPDIR(dir);
  zcall_file_attr attr = {};
  T_EXPECT_ERR(zcall_file_getattr(dir.fd(), "missing", &attr, sizeof attr, 0), ENOENT);
  T_EXPECT_ERR(zcall_file_getattr(dir.fd(), ".", &attr, 8, 0), EINVAL);
  T_EXPECT_ERR(zcall_file_setattr(dir.fd(), ".", &attr, 8, 0), EINVAL);
}

// --- cachestat (Linux 6.5) ----------------------------------------------------------------------

TEST(files_cachestat, counts_the_cached_pages_of_a_file_just_written) {
  T_SKIP_WITHOUT_SYSCALL(cachestat, -1, nullptr, nullptr, 0);
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", std::string(16384, 'c')));
  t_fd fd(open_in(dir.fd(), "f", O_RDONLY));
  const zcall_cachestat_range whole = {0, 0};
  struct zcall_cachestat cs = {};
  T_EXPECT_OK(zcall_cachestat(fd.get(), &whole, &cs, 0));
  EXPECT_GT(cs.nr_cache, 0u) << "what was just written is in the page cache";
  EXPECT_LE(cs.nr_cache, 16384 / 4096u);
}

TEST(files_cachestat, fails_with_einval_for_flags_and_ebadf) {
  T_SKIP_WITHOUT_SYSCALL(cachestat, -1, nullptr, nullptr, 0);
  T_TMPDIR(dir);
  const zcall_cachestat_range whole = {0, 0};
  struct zcall_cachestat cs;
  T_EXPECT_ERR(zcall_cachestat(dir.fd(), &whole, &cs, 1), EINVAL);
  T_EXPECT_ERR(zcall_cachestat(-1, &whole, &cs, 0), EBADF);
}

}  // namespace
