// SPDX-License-Identifier: MIT
// Files and directories: openat, openat2, statx, fstat, fsync, fdatasync, fallocate, ftruncate,
// sync_file_range, copy_file_range, sendfile, mkdirat, renameat2, unlinkat.
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <cerrno>
#include <cstdio>
#include <string>

#include "helpers.hpp"

namespace {

const void* const unmapped = reinterpret_cast<void*>(8);  // the first page is never mapped

int open_in(int dirfd, const char* name, int flags) { return openat(dirfd, name, flags | O_CLOEXEC); }

mode_t current_umask() {
  mode_t m = umask(0);
  umask(m);
  return m;
}

std::int64_t glibc_position(int fd) { return lseek(fd, 0, SEEK_CUR); }

struct stat glibc_fstat(int fd) {
  struct stat st = {};
  EXPECT_EQ(fstat(fd, &st), 0);
  return st;
}

int fd_of(zcall_ret r) { return static_cast<int>(r.r1); }  // -1 on error, which t_fd ignores

bool have_openat2() {
  zcall_open_how how = {ZCALL_O_PATH | ZCALL_O_CLOEXEC, 0, 0};
  zcall_ret r = zcall_openat2(ZCALL_AT_FDCWD, "/", &how, sizeof how);
  if (r.err == 0) close(fd_of(r));
  return r.err != ENOSYS;
}

#define T_REQUIRE_OPENAT2() \
  if (!have_openat2()) GTEST_SKIP() << "openat2 answers ENOSYS here (a kernel before 5.6, or a seccomp filter)"

// --- openat ----------------------------------------------------------------------

TEST(fs_openat, o_creat_o_excl_creates_a_file_once_then_fails_with_eexist) {
  T_TMPDIR(dir);
  t_fd fd(fd_of(zcall_openat(dir.fd(), "new", ZCALL_O_CREAT | ZCALL_O_EXCL | ZCALL_O_RDWR | ZCALL_O_CLOEXEC, 0640)));
  ASSERT_GE(fd.get(), 0);
  EXPECT_NE(fcntl(fd.get(), F_GETFD) & FD_CLOEXEC, 0);
  struct stat st;
  ASSERT_EQ(fstatat(dir.fd(), "new", &st, 0), 0);
  EXPECT_TRUE(S_ISREG(st.st_mode));
  EXPECT_EQ(st.st_mode & 07777, 0640 & ~current_umask());
  ASSERT_EQ(write(fd.get(), "made", 4), 4);
  EXPECT_EQ(t_get(dir.fd(), "new"), "made");

  T_EXPECT_ERR(zcall_openat(dir.fd(), "new", ZCALL_O_CREAT | ZCALL_O_EXCL | ZCALL_O_RDWR, 0640), EEXIST);
  EXPECT_EQ(t_get(dir.fd(), "new"), "made");
}

TEST(fs_openat, resolves_relative_paths_against_a_dirfd_or_at_fdcwd) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", "found"));
  t_fd by_dirfd(fd_of(zcall_openat(dir.fd(), "f", ZCALL_O_RDONLY | ZCALL_O_CLOEXEC, 0)));
  ASSERT_GE(by_dirfd.get(), 0);
  EXPECT_EQ(t_read_all(by_dirfd.get()), "found");

  // AT_FDCWD: "f" relative to the working directory, moved into dir for the one call.
  t_fd cwd(open(".", O_PATH | O_DIRECTORY | O_CLOEXEC));
  ASSERT_GE(cwd.get(), 0);
  ASSERT_EQ(fchdir(dir.fd()), 0);
  zcall_ret r = zcall_openat(ZCALL_AT_FDCWD, "f", ZCALL_O_RDONLY | ZCALL_O_CLOEXEC, 0);
  ASSERT_EQ(fchdir(cwd.get()), 0);
  t_fd by_cwd(fd_of(r));
  ASSERT_GE(T_EXPECT_OK(r), 0u);
  EXPECT_EQ(t_read_all(by_cwd.get()), "found");

  // An absolute path ignores dirfd.
  t_fd absolute(fd_of(zcall_openat(ZCALL_AT_FDCWD, dir.path("f").c_str(), ZCALL_O_RDONLY | ZCALL_O_CLOEXEC, 0)));
  ASSERT_GE(absolute.get(), 0);
  EXPECT_EQ(t_read_all(absolute.get()), "found");
}

TEST(fs_openat, fails_with_enoent_enotdir_eisdir_and_ebadf) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", "x"));
  ASSERT_EQ(mkdirat(dir.fd(), "d", 0700), 0);
  T_EXPECT_ERR(zcall_openat(dir.fd(), "missing", ZCALL_O_RDONLY, 0), ENOENT);
  T_EXPECT_ERR(zcall_openat(dir.fd(), "missing/f", ZCALL_O_RDWR | ZCALL_O_CREAT, 0600), ENOENT);
  T_EXPECT_ERR(zcall_openat(dir.fd(), "f", ZCALL_O_RDONLY | ZCALL_O_DIRECTORY, 0), ENOTDIR);
  T_EXPECT_ERR(zcall_openat(dir.fd(), "d", ZCALL_O_WRONLY, 0), EISDIR);
  T_EXPECT_ERR(zcall_openat(-1, "f", ZCALL_O_RDONLY, 0), EBADF);
  EXPECT_FALSE(t_exists(dir.fd(), "missing"));
}

// --- openat2 ---------------------------------------------------------------------

TEST(fs_openat2, opens_and_creates_beneath_the_directory) {
  T_REQUIRE_OPENAT2();
  T_TMPDIR(dir);
  ASSERT_EQ(mkdirat(dir.fd(), "sub", 0700), 0);
  ASSERT_TRUE(t_put(dir.fd(), "sub/f", "inside"));
  zcall_open_how how = {ZCALL_O_RDONLY | ZCALL_O_CLOEXEC, 0, ZCALL_RESOLVE_BENEATH};
  t_fd fd(fd_of(zcall_openat2(dir.fd(), "sub/../sub/f", &how, sizeof how)));  // ".." that stays inside is fine
  ASSERT_GE(fd.get(), 0);
  EXPECT_EQ(t_read_all(fd.get()), "inside");

  zcall_open_how create = {ZCALL_O_WRONLY | ZCALL_O_CREAT | ZCALL_O_EXCL | ZCALL_O_CLOEXEC, 0604,
                           ZCALL_RESOLVE_BENEATH};
  t_fd made(fd_of(zcall_openat2(dir.fd(), "sub/made", &create, sizeof create)));
  ASSERT_GE(made.get(), 0);
  struct stat st;
  ASSERT_EQ(fstatat(dir.fd(), "sub/made", &st, 0), 0);
  EXPECT_EQ(st.st_mode & 07777, 0604 & ~current_umask());
  T_EXPECT_ERR(zcall_openat2(dir.fd(), "sub/made", &create, sizeof create), EEXIST);
}

TEST(fs_openat2, resolve_beneath_refuses_to_escape_with_exdev) {
  T_REQUIRE_OPENAT2();
  T_TMPDIR(dir);
  ASSERT_EQ(mkdirat(dir.fd(), "sub", 0700), 0);
  ASSERT_TRUE(t_put(dir.fd(), "x", "outside sub"));
  ASSERT_EQ(symlinkat(dir.path("x").c_str(), dir.fd(), "sub/link"), 0);
  t_fd sub(open_in(dir.fd(), "sub", O_RDONLY | O_DIRECTORY));
  ASSERT_GE(sub.get(), 0);

  zcall_open_how beneath = {ZCALL_O_RDONLY | ZCALL_O_CLOEXEC, 0, ZCALL_RESOLVE_BENEATH};
  T_EXPECT_ERR(zcall_openat2(sub.get(), "../x", &beneath, sizeof beneath), EXDEV);
  T_EXPECT_ERR(zcall_openat2(sub.get(), dir.path("x").c_str(), &beneath, sizeof beneath), EXDEV);
  T_EXPECT_ERR(zcall_openat2(sub.get(), "link", &beneath, sizeof beneath), EXDEV);

  // Without RESOLVE_BENEATH the same paths open.
  zcall_open_how anywhere = {ZCALL_O_RDONLY | ZCALL_O_CLOEXEC, 0, 0};
  t_fd up(fd_of(zcall_openat2(sub.get(), "../x", &anywhere, sizeof anywhere)));
  ASSERT_GE(up.get(), 0);
  EXPECT_EQ(t_read_all(up.get()), "outside sub");
  t_fd link(fd_of(zcall_openat2(sub.get(), "link", &anywhere, sizeof anywhere)));
  ASSERT_GE(link.get(), 0);
  EXPECT_EQ(t_read_all(link.get()), "outside sub");
}

TEST(fs_openat2, checks_size_and_fields_with_einval_and_e2big) {
  T_REQUIRE_OPENAT2();
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", "x"));
  zcall_open_how how = {ZCALL_O_RDONLY | ZCALL_O_CLOEXEC, 0, 0};
  T_EXPECT_ERR(zcall_openat2(dir.fd(), "f", &how, sizeof how - 8), EINVAL);
  T_EXPECT_ERR(zcall_openat2(dir.fd(), "f", &how, 8), EINVAL);
  T_EXPECT_ERR(zcall_openat2(dir.fd(), "f", &how, 0), EINVAL);

  // A larger struct is accepted only if what the kernel does not know is zero.
  struct {
    zcall_open_how how;
    std::uint64_t newer_field;
  } larger = {how, 1};
  T_EXPECT_ERR(zcall_openat2(dir.fd(), "f", &larger.how, sizeof larger), E2BIG);
  larger.newer_field = 0;
  t_fd fd(fd_of(zcall_openat2(dir.fd(), "f", &larger.how, sizeof larger)));
  EXPECT_GE(fd.get(), 0);

  zcall_open_how unknown_resolve = {ZCALL_O_RDONLY, 0, std::uint64_t{1} << 40};
  T_EXPECT_ERR(zcall_openat2(dir.fd(), "f", &unknown_resolve, sizeof unknown_resolve), EINVAL);
  zcall_open_how mode_without_creat = {ZCALL_O_RDONLY, 0644, 0};
  T_EXPECT_ERR(zcall_openat2(dir.fd(), "f", &mode_without_creat, sizeof mode_without_creat), EINVAL);
  T_EXPECT_ERR(zcall_openat2(dir.fd(), "f", static_cast<const zcall_open_how*>(unmapped), sizeof how), EFAULT);
}

// --- statx and fstat -------------------------------------------------------------

TEST(fs_statx, reports_what_glibc_stat_reports) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", std::string(1234, 'x')));
  ASSERT_EQ(linkat(dir.fd(), "f", dir.fd(), "g", 0), 0);  // nlink 2
  struct zcall_statx sx;
  std::memset(&sx, 0xa5, sizeof sx);
  EXPECT_EQ(T_EXPECT_OK(zcall_statx(dir.fd(), "f", 0, ZCALL_STATX_BASIC_STATS, &sx)), 0u);
  struct stat st;
  ASSERT_EQ(fstatat(dir.fd(), "f", &st, 0), 0);

  const unsigned wanted = ZCALL_STATX_TYPE | ZCALL_STATX_MODE | ZCALL_STATX_NLINK | ZCALL_STATX_INO | ZCALL_STATX_SIZE;
  EXPECT_EQ(sx.stx_mask & wanted, wanted);
  EXPECT_EQ(sx.stx_size, 1234u);
  EXPECT_EQ(sx.stx_size, static_cast<std::uint64_t>(st.st_size));
  EXPECT_EQ(sx.stx_mode, st.st_mode);
  EXPECT_EQ(sx.stx_ino, st.st_ino);
  EXPECT_EQ(sx.stx_nlink, 2u);
  EXPECT_EQ(sx.stx_nlink, st.st_nlink);
  EXPECT_EQ(sx.stx_uid, st.st_uid);
  EXPECT_EQ(sx.stx_gid, st.st_gid);
  EXPECT_EQ(sx.stx_blocks, static_cast<std::uint64_t>(st.st_blocks));
  EXPECT_EQ(sx.stx_mtime.tv_sec, st.st_mtim.tv_sec);
  EXPECT_EQ(sx.stx_mtime.tv_nsec, static_cast<std::uint32_t>(st.st_mtim.tv_nsec));
  EXPECT_EQ(makedev(sx.stx_dev_major, sx.stx_dev_minor), st.st_dev);
}

TEST(fs_statx, empty_path_with_at_empty_path_describes_the_descriptor) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", "seven b"));
  t_fd fd(open_in(dir.fd(), "f", O_RDONLY));
  ASSERT_GE(fd.get(), 0);
  struct zcall_statx sx = {};
  EXPECT_EQ(T_EXPECT_OK(zcall_statx(fd.get(), "", ZCALL_AT_EMPTY_PATH, ZCALL_STATX_SIZE | ZCALL_STATX_INO, &sx)), 0u);
  struct stat st = glibc_fstat(fd.get());
  EXPECT_EQ(sx.stx_ino, st.st_ino);
  EXPECT_EQ(sx.stx_size, 7u);
  EXPECT_TRUE(S_ISREG(sx.stx_mode));

  // Without the flag an empty path names nothing.
  T_EXPECT_ERR(zcall_statx(fd.get(), "", 0, ZCALL_STATX_SIZE, &sx), ENOENT);
}

TEST(fs_statx, at_symlink_nofollow_describes_the_link_itself) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "target", "0123456789"));
  ASSERT_EQ(symlinkat("target", dir.fd(), "link"), 0);
  struct zcall_statx followed = {}, link = {};
  T_EXPECT_OK(zcall_statx(dir.fd(), "link", 0, ZCALL_STATX_BASIC_STATS, &followed));
  T_EXPECT_OK(zcall_statx(dir.fd(), "link", ZCALL_AT_SYMLINK_NOFOLLOW, ZCALL_STATX_BASIC_STATS, &link));
  EXPECT_TRUE(S_ISREG(followed.stx_mode));
  EXPECT_EQ(followed.stx_size, 10u);
  EXPECT_TRUE(S_ISLNK(link.stx_mode));
  EXPECT_EQ(link.stx_size, 6u);  // strlen("target")
  struct stat st;
  ASSERT_EQ(fstatat(dir.fd(), "link", &st, AT_SYMLINK_NOFOLLOW), 0);
  EXPECT_EQ(link.stx_ino, st.st_ino);
}

TEST(fs_statx, fails_with_enoent_enotdir_einval_ebadf_and_efault) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", "x"));
  struct zcall_statx sx;
  T_EXPECT_ERR(zcall_statx(dir.fd(), "missing", 0, ZCALL_STATX_BASIC_STATS, &sx), ENOENT);
  T_EXPECT_ERR(zcall_statx(dir.fd(), "f/below", 0, ZCALL_STATX_BASIC_STATS, &sx), ENOTDIR);
  T_EXPECT_ERR(
      zcall_statx(dir.fd(), "f", ZCALL_AT_STATX_FORCE_SYNC | ZCALL_AT_STATX_DONT_SYNC, ZCALL_STATX_BASIC_STATS, &sx),
      EINVAL);
  T_EXPECT_ERR(zcall_statx(dir.fd(), "f", 0, 0x80000000u, &sx), EINVAL);  // STATX__RESERVED
  T_EXPECT_ERR(zcall_statx(-1, "f", 0, ZCALL_STATX_BASIC_STATS, &sx), EBADF);
  T_EXPECT_ERR(zcall_statx(dir.fd(), "f", 0, ZCALL_STATX_BASIC_STATS,
                           static_cast<struct zcall_statx*>(const_cast<void*>(unmapped))),
               EFAULT);
}

TEST(fs_fstat, fills_the_fields_glibc_fstat_fills) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", std::string(5000, 'y')));
  ASSERT_EQ(linkat(dir.fd(), "f", dir.fd(), "g", 0), 0);
  t_fd fd(open_in(dir.fd(), "f", O_RDWR));
  ASSERT_GE(fd.get(), 0);
  const struct timespec times[2] = {{1000000000, 111}, {1234567890, 123456789}};
  ASSERT_EQ(futimens(fd.get(), times), 0);

  zcall_stat zs;
  std::memset(&zs, 0xa5, sizeof zs);
  EXPECT_EQ(T_EXPECT_OK(zcall_fstat(fd.get(), &zs)), 0u);
  struct stat st = glibc_fstat(fd.get());
  EXPECT_EQ(zs.st_size, 5000);
  EXPECT_EQ(zs.st_size, st.st_size);
  EXPECT_EQ(zs.st_mode, st.st_mode);
  EXPECT_TRUE(S_ISREG(zs.st_mode));
  EXPECT_EQ(zs.st_ino, st.st_ino);
  EXPECT_EQ(zs.st_nlink, 2u);
  EXPECT_EQ(zs.st_nlink, st.st_nlink);
  EXPECT_EQ(zs.st_dev, st.st_dev);
  EXPECT_EQ(zs.st_uid, st.st_uid);
  EXPECT_EQ(zs.st_gid, st.st_gid);
  EXPECT_EQ(zs.st_blksize, st.st_blksize);
  EXPECT_EQ(zs.st_blocks, st.st_blocks);
  EXPECT_EQ(zs.st_mtim.tv_sec, 1234567890);
  EXPECT_EQ(zs.st_mtim.tv_sec, st.st_mtim.tv_sec);
  EXPECT_EQ(zs.st_atim.tv_sec, 1000000000);
  EXPECT_EQ(zs.st_ctim.tv_sec, st.st_ctim.tv_sec);
#if defined(__s390x__)
  // qemu-user's fstat leaves s390x's nanoseconds 0: its syscall_defs.h has no TARGET_STAT_HAVE_NSEC for s390x.
  const bool nanoseconds_dropped = t_emulator() && zs.st_mtim.tv_nsec == 0 && zs.st_atim.tv_nsec == 0;
#else
  const bool nanoseconds_dropped = false;
#endif
  if (!nanoseconds_dropped) {
    EXPECT_EQ(zs.st_mtim.tv_nsec, 123456789);
    EXPECT_EQ(zs.st_mtim.tv_nsec, st.st_mtim.tv_nsec);
    EXPECT_EQ(zs.st_atim.tv_nsec, 111);
    EXPECT_EQ(zs.st_ctim.tv_nsec, st.st_ctim.tv_nsec);
  }

  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  T_EXPECT_OK(zcall_fstat(p.fd[0], &zs));
  EXPECT_TRUE(S_ISFIFO(zs.st_mode));
  EXPECT_EQ(zs.st_ino, glibc_fstat(p.fd[0]).st_ino);
  if (nanoseconds_dropped)
    GTEST_SKIP() << t_emulator() << ": its fstat leaves the nanoseconds of s390x's struct stat 0 (every other field "
                 << "was checked)";
}

TEST(fs_fstat, fails_with_ebadf_and_efault) {
  zcall_stat zs;
  T_EXPECT_ERR(zcall_fstat(-1, &zs), EBADF);
  T_EXPECT_ERR(zcall_fstat(0x7fff, &zs), EBADF);
  T_EXPECT_ERR(zcall_fstat(STDIN_FILENO, static_cast<zcall_stat*>(const_cast<void*>(unmapped))), EFAULT);
}

// --- fsync, fdatasync, sync_file_range -----------------------------------------

TEST(fs_fsync, flushes_files_and_directories) {
  T_TMPDIR(dir);
  t_fd fd(open_in(dir.fd(), "f", O_RDWR | O_CREAT));
  ASSERT_GE(fd.get(), 0);
  ASSERT_EQ(write(fd.get(), "durable", 7), 7);
  EXPECT_EQ(T_EXPECT_OK(zcall_fsync(fd.get())), 0u);
  EXPECT_EQ(T_EXPECT_OK(zcall_fdatasync(fd.get())), 0u);
  EXPECT_EQ(T_EXPECT_OK(zcall_fsync(dir.fd())), 0u);
  EXPECT_EQ(T_EXPECT_OK(zcall_fdatasync(dir.fd())), 0u);
  EXPECT_EQ(t_get(dir.fd(), "f"), "durable");
}

TEST(fs_fsync, fails_with_einval_on_a_pipe_and_ebadf) {
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  T_EXPECT_ERR(zcall_fsync(p.fd[1]), EINVAL);
  T_EXPECT_ERR(zcall_fdatasync(p.fd[1]), EINVAL);
  T_EXPECT_ERR(zcall_fsync(-1), EBADF);
  T_EXPECT_ERR(zcall_fdatasync(-1), EBADF);
}

TEST(fs_sync_file_range, writes_back_a_range_and_the_rest_of_the_file) {
  T_TMPDIR(dir);
  t_fd fd(open_in(dir.fd(), "f", O_RDWR | O_CREAT));
  ASSERT_GE(fd.get(), 0);
  ASSERT_EQ(pwrite(fd.get(), std::string(8192, 'w').data(), 8192, 0), 8192);
  EXPECT_EQ(T_EXPECT_OK(zcall_sync_file_range(fd.get(), 4096, 4096, ZCALL_SYNC_FILE_RANGE_WRITE)), 0u);
  EXPECT_EQ(T_EXPECT_OK(zcall_sync_file_range(
                fd.get(), 0, 0,
                ZCALL_SYNC_FILE_RANGE_WAIT_BEFORE | ZCALL_SYNC_FILE_RANGE_WRITE | ZCALL_SYNC_FILE_RANGE_WAIT_AFTER)),
            0u);
  EXPECT_EQ(t_get(dir.fd(), "f"), std::string(8192, 'w'));
}

TEST(fs_sync_file_range, fails_with_einval_on_bad_flags_or_a_negative_range_espipe_and_ebadf) {
  T_TMPDIR(dir);
  t_fd fd(open_in(dir.fd(), "f", O_RDWR | O_CREAT));
  ASSERT_GE(fd.get(), 0);
  T_EXPECT_ERR(zcall_sync_file_range(fd.get(), 0, 0, 8), EINVAL);
  T_EXPECT_ERR(zcall_sync_file_range(fd.get(), 0, 0, ~0u), EINVAL);
  T_EXPECT_ERR(zcall_sync_file_range(fd.get(), -1, 0, ZCALL_SYNC_FILE_RANGE_WRITE), EINVAL);
  T_EXPECT_ERR(zcall_sync_file_range(fd.get(), 0, -1, ZCALL_SYNC_FILE_RANGE_WRITE), EINVAL);
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  T_EXPECT_ERR(zcall_sync_file_range(p.fd[1], 0, 0, ZCALL_SYNC_FILE_RANGE_WRITE), ESPIPE);
  T_EXPECT_ERR(zcall_sync_file_range(-1, 0, 0, ZCALL_SYNC_FILE_RANGE_WRITE), EBADF);
}

// --- fallocate and ftruncate -----------------------------------------------------

TEST(fs_fallocate, grows_the_file_or_only_its_blocks_with_keep_size) {
  T_TMPDIR(dir);
  t_fd fd(open_in(dir.fd(), "f", O_RDWR | O_CREAT));
  ASSERT_GE(fd.get(), 0);
  EXPECT_EQ(T_EXPECT_OK(zcall_fallocate(fd.get(), 0, 0, 65536)), 0u);
  struct stat st = glibc_fstat(fd.get());
  EXPECT_EQ(st.st_size, 65536);
  EXPECT_GE(st.st_blocks * 512, 65536);
  EXPECT_EQ(t_get(dir.fd(), "f"), std::string(65536, '\0'));

  EXPECT_EQ(T_EXPECT_OK(zcall_fallocate(fd.get(), ZCALL_FALLOC_FL_KEEP_SIZE, 65536, 65536)), 0u);
  st = glibc_fstat(fd.get());
  EXPECT_EQ(st.st_size, 65536);
  EXPECT_GE(st.st_blocks * 512, 2 * 65536);
}

TEST(fs_fallocate, punch_hole_with_keep_size_zeroes_a_range) {
  T_TMPDIR(dir);
  t_fd fd(open_in(dir.fd(), "f", O_RDWR | O_CREAT));
  ASSERT_GE(fd.get(), 0);
  ASSERT_EQ(pwrite(fd.get(), std::string(3 * 4096, 'x').data(), 3 * 4096, 0), 3 * 4096);
  EXPECT_EQ(T_EXPECT_OK(zcall_fallocate(fd.get(), ZCALL_FALLOC_FL_KEEP_SIZE | ZCALL_FALLOC_FL_PUNCH_HOLE, 4096, 4096)),
            0u);
  EXPECT_EQ(glibc_fstat(fd.get()).st_size, 3 * 4096);
  EXPECT_EQ(t_get(dir.fd(), "f"), std::string(4096, 'x') + std::string(4096, '\0') + std::string(4096, 'x'));
}

TEST(fs_fallocate, fails_with_ebadf_einval_eopnotsupp_and_espipe) {
  T_TMPDIR(dir);
  t_fd fd(open_in(dir.fd(), "f", O_RDWR | O_CREAT));
  t_fd read_only(open_in(dir.fd(), "f", O_RDONLY));
  ASSERT_GE(fd.get(), 0);
  ASSERT_GE(read_only.get(), 0);
  T_EXPECT_ERR(zcall_fallocate(-1, 0, 0, 4096), EBADF);
  T_EXPECT_ERR(zcall_fallocate(read_only.get(), 0, 0, 4096), EBADF);
  T_EXPECT_ERR(zcall_fallocate(fd.get(), 0, 0, 0), EINVAL);
  T_EXPECT_ERR(zcall_fallocate(fd.get(), 0, -1, 4096), EINVAL);
  // A mode bit the kernel does not know, and a hole punched without KEEP_SIZE: EOPNOTSUPP, not EINVAL.
  T_EXPECT_ERR(zcall_fallocate(fd.get(), 0x4000, 0, 4096), EOPNOTSUPP);
  T_EXPECT_ERR(zcall_fallocate(fd.get(), ZCALL_FALLOC_FL_PUNCH_HOLE, 0, 4096), EOPNOTSUPP);
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  T_EXPECT_ERR(zcall_fallocate(p.fd[1], 0, 0, 4096), ESPIPE);
  EXPECT_EQ(glibc_fstat(fd.get()).st_size, 0);
}

TEST(fs_ftruncate, sets_the_size_that_fstat_reports) {
  T_TMPDIR(dir);
  t_fd fd(open_in(dir.fd(), "f", O_RDWR | O_CREAT));
  ASSERT_GE(fd.get(), 0);
  ASSERT_EQ(write(fd.get(), "0123456789", 10), 10);
  EXPECT_EQ(T_EXPECT_OK(zcall_ftruncate(fd.get(), 4)), 0u);
  EXPECT_EQ(glibc_fstat(fd.get()).st_size, 4);
  EXPECT_EQ(t_get(dir.fd(), "f"), "0123");
  EXPECT_EQ(T_EXPECT_OK(zcall_ftruncate(fd.get(), 8)), 0u);
  EXPECT_EQ(t_get(dir.fd(), "f"), std::string("0123") + std::string(4, '\0'));
  const std::int64_t above_4g = (5LL << 30) + 123;  // a sparse file; the length must arrive whole
  EXPECT_EQ(T_EXPECT_OK(zcall_ftruncate(fd.get(), above_4g)), 0u);
  EXPECT_EQ(glibc_fstat(fd.get()).st_size, above_4g);
  EXPECT_EQ(T_EXPECT_OK(zcall_ftruncate(fd.get(), 0)), 0u);
  EXPECT_EQ(glibc_fstat(fd.get()).st_size, 0);
}

TEST(fs_ftruncate, fails_with_einval_on_a_negative_length_or_a_read_only_fd_and_ebadf) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", "keep"));
  t_fd fd(open_in(dir.fd(), "f", O_RDWR));
  t_fd read_only(open_in(dir.fd(), "f", O_RDONLY));
  ASSERT_GE(fd.get(), 0);
  ASSERT_GE(read_only.get(), 0);
  T_EXPECT_ERR(zcall_ftruncate(fd.get(), -1), EINVAL);
  T_EXPECT_ERR(zcall_ftruncate(read_only.get(), 0), EINVAL);
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  T_EXPECT_ERR(zcall_ftruncate(p.fd[1], 0), EINVAL);
  T_EXPECT_ERR(zcall_ftruncate(-1, 0), EBADF);
  ASSERT_EQ(glibc_fstat(fd.get()).st_size, 4);
  EXPECT_EQ(t_get(dir.fd(), "f"), "keep");
}

// --- copy_file_range and sendfile ------------------------------------------------

TEST(fs_copy_file_range, copies_between_explicit_offsets_and_advances_them) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "src", "0123456789"));
  ASSERT_TRUE(t_put(dir.fd(), "dst", "abcdefghij"));
  t_fd src(open_in(dir.fd(), "src", O_RDONLY));
  t_fd dst(open_in(dir.fd(), "dst", O_RDWR));
  ASSERT_GE(src.get(), 0);
  ASSERT_GE(dst.get(), 0);
  std::int64_t in = 2, out = 5;
  EXPECT_EQ(T_EXPECT_OK(zcall_copy_file_range(src.get(), &in, dst.get(), &out, 4, 0)), 4u);
  EXPECT_EQ(in, 6);
  EXPECT_EQ(out, 9);
  EXPECT_EQ(t_get(dir.fd(), "dst"), "abcde2345j");
  EXPECT_EQ(glibc_position(src.get()), 0);
  EXPECT_EQ(glibc_position(dst.get()), 0);

  // Short at the end of the source.
  EXPECT_EQ(T_EXPECT_OK(zcall_copy_file_range(src.get(), &in, dst.get(), &out, 100, 0)), 4u);
  EXPECT_EQ(in, 10);
  EXPECT_EQ(out, 13);
  EXPECT_EQ(t_get(dir.fd(), "dst"), "abcde23456789");
}

TEST(fs_copy_file_range, null_offsets_use_and_advance_the_file_positions) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "src", "0123456789"));
  t_fd src(open_in(dir.fd(), "src", O_RDONLY));
  t_fd dst(open_in(dir.fd(), "dst", O_RDWR | O_CREAT));
  ASSERT_GE(src.get(), 0);
  ASSERT_GE(dst.get(), 0);
  ASSERT_EQ(lseek(src.get(), 7, SEEK_SET), 7);
  EXPECT_EQ(T_EXPECT_OK(zcall_copy_file_range(src.get(), nullptr, dst.get(), nullptr, 100, 0)), 3u);
  EXPECT_EQ(glibc_position(src.get()), 10);
  EXPECT_EQ(glibc_position(dst.get()), 3);
  EXPECT_EQ(t_get(dir.fd(), "dst"), "789");
}

TEST(fs_copy_file_range, fails_with_ebadf_einval_and_eisdir) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "src", "0123456789"));
  t_fd src(open_in(dir.fd(), "src", O_RDWR));
  t_fd read_only(open_in(dir.fd(), "src", O_RDONLY));
  t_fd dst(open_in(dir.fd(), "dst", O_RDWR | O_CREAT));
  ASSERT_GE(src.get(), 0);
  ASSERT_GE(read_only.get(), 0);
  ASSERT_GE(dst.get(), 0);
  std::int64_t in = 0, out = 2;
  T_EXPECT_ERR(zcall_copy_file_range(-1, nullptr, dst.get(), nullptr, 4, 0), EBADF);
  T_EXPECT_ERR(zcall_copy_file_range(src.get(), nullptr, -1, nullptr, 4, 0), EBADF);
  T_EXPECT_ERR(zcall_copy_file_range(src.get(), &in, read_only.get(), &out, 4, 0), EBADF);
  T_EXPECT_ERR(zcall_copy_file_range(src.get(), &in, dst.get(), &out, 4, 1), EINVAL);  // flags must be 0
  T_EXPECT_ERR(zcall_copy_file_range(src.get(), &in, src.get(), &out, 4, 0), EINVAL);  // overlapping ranges
  T_EXPECT_ERR(zcall_copy_file_range(dir.fd(), nullptr, src.get(), nullptr, 4, 0), EISDIR);
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  T_EXPECT_ERR(zcall_copy_file_range(src.get(), nullptr, p.fd[1], nullptr, 4, 0), EINVAL);
  EXPECT_EQ(in, 0);
  EXPECT_EQ(out, 2);
  EXPECT_EQ(t_get(dir.fd(), "src"), "0123456789");
  EXPECT_EQ(t_get(dir.fd(), "dst"), "");
}

TEST(fs_sendfile, copies_from_an_offset_into_a_pipe_and_advances_the_offset) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "src", "0123456789"));
  t_fd src(open_in(dir.fd(), "src", O_RDONLY));
  ASSERT_GE(src.get(), 0);
  t_pair p;
  ASSERT_EQ(pipe2(p.fd, O_NONBLOCK), 0);  // the read below must not block if nothing was sent
  std::int64_t off = 3;
  EXPECT_EQ(T_EXPECT_OK(zcall_sendfile(p.fd[1], src.get(), &off, 4)), 4u);
  EXPECT_EQ(off, 7);
  EXPECT_EQ(glibc_position(src.get()), 0);
  char buf[8] = {};
  ASSERT_EQ(read(p.fd[0], buf, sizeof buf), 4);
  EXPECT_EQ(std::string(buf, 4), "3456");
}

TEST(fs_sendfile, null_offset_uses_and_advances_the_file_position_into_a_socket) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "src", "0123456789"));
  t_fd src(open_in(dir.fd(), "src", O_RDONLY));
  ASSERT_GE(src.get(), 0);
  t_pair s;
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s.fd), 0);
  ASSERT_EQ(lseek(src.get(), 6, SEEK_SET), 6);
  EXPECT_EQ(T_EXPECT_OK(zcall_sendfile(s.fd[0], src.get(), nullptr, 100)), 4u);
  EXPECT_EQ(glibc_position(src.get()), 10);
  EXPECT_EQ(T_EXPECT_OK(zcall_sendfile(s.fd[0], src.get(), nullptr, 100)), 0u);  // at the end
  char buf[8] = {};
  ASSERT_EQ(recv(s.fd[1], buf, sizeof buf, MSG_DONTWAIT), 4);
  EXPECT_EQ(std::string(buf, 4), "6789");
}

TEST(fs_sendfile, fails_with_ebadf_and_einval) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "src", "0123456789"));
  t_fd src(open_in(dir.fd(), "src", O_RDONLY));
  t_fd write_only(open_in(dir.fd(), "src", O_WRONLY));
  ASSERT_GE(src.get(), 0);
  ASSERT_GE(write_only.get(), 0);
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  std::int64_t off = 0;
  T_EXPECT_ERR(zcall_sendfile(p.fd[1], -1, &off, 4), EBADF);
  T_EXPECT_ERR(zcall_sendfile(-1, src.get(), &off, 4), EBADF);
  T_EXPECT_ERR(zcall_sendfile(p.fd[1], write_only.get(), &off, 4), EBADF);  // in_fd not readable
  T_EXPECT_ERR(zcall_sendfile(p.fd[0], src.get(), &off, 4), EBADF);         // out_fd not writable
  off = -1;
  T_EXPECT_ERR(zcall_sendfile(p.fd[1], src.get(), &off, 4), EINVAL);
  off = 0;
  T_EXPECT_ERR(zcall_sendfile(p.fd[1], dir.fd(), &off, 4), EINVAL);
  EXPECT_EQ(off, 0);
}

// --- mkdirat, renameat2, unlinkat ----------------------------------------------

TEST(fs_mkdirat, creates_a_directory_with_the_mode_then_fails_with_eexist) {
  T_TMPDIR(dir);
  EXPECT_EQ(T_EXPECT_OK(zcall_mkdirat(dir.fd(), "sub", 0750)), 0u);
  struct stat st;
  ASSERT_EQ(fstatat(dir.fd(), "sub", &st, 0), 0);
  EXPECT_TRUE(S_ISDIR(st.st_mode));
  EXPECT_EQ(st.st_mode & 07777, 0750 & ~current_umask());
  T_EXPECT_ERR(zcall_mkdirat(dir.fd(), "sub", 0750), EEXIST);

  EXPECT_EQ(T_EXPECT_OK(zcall_mkdirat(ZCALL_AT_FDCWD, dir.path("sub/deeper").c_str(), 0700)), 0u);
  ASSERT_EQ(fstatat(dir.fd(), "sub/deeper", &st, 0), 0);
  EXPECT_TRUE(S_ISDIR(st.st_mode));
}

TEST(fs_mkdirat, fails_with_enoent_enotdir_and_ebadf) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", "x"));
  T_EXPECT_ERR(zcall_mkdirat(dir.fd(), "missing/sub", 0700), ENOENT);
  T_EXPECT_ERR(zcall_mkdirat(dir.fd(), "f/sub", 0700), ENOTDIR);
  T_EXPECT_ERR(zcall_mkdirat(dir.fd(), "f", 0700), EEXIST);
  T_EXPECT_ERR(zcall_mkdirat(-1, "sub", 0700), EBADF);
  EXPECT_FALSE(t_exists(dir.fd(), "sub"));
}

TEST(fs_renameat2, plain_rename_moves_a_file_between_directories_and_replaces_a_target) {
  T_TMPDIR(dir);
  ASSERT_EQ(mkdirat(dir.fd(), "a", 0700), 0);
  ASSERT_EQ(mkdirat(dir.fd(), "b", 0700), 0);
  t_fd a(open_in(dir.fd(), "a", O_RDONLY | O_DIRECTORY));
  t_fd b(open_in(dir.fd(), "b", O_RDONLY | O_DIRECTORY));
  ASSERT_GE(a.get(), 0);
  ASSERT_GE(b.get(), 0);
  ASSERT_TRUE(t_put(a.get(), "f", "payload"));
  EXPECT_EQ(T_EXPECT_OK(zcall_renameat2(a.get(), "f", b.get(), "g", 0)), 0u);
  EXPECT_FALSE(t_exists(a.get(), "f"));
  EXPECT_EQ(t_get(b.get(), "g"), "payload");

  ASSERT_TRUE(t_put(b.get(), "h", "replaced"));
  EXPECT_EQ(T_EXPECT_OK(zcall_renameat2(b.get(), "g", b.get(), "h", 0)), 0u);
  EXPECT_FALSE(t_exists(b.get(), "g"));
  EXPECT_EQ(t_get(b.get(), "h"), "payload");
}

TEST(fs_renameat2, noreplace_fails_with_eexist_and_leaves_both_files) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "old", "1"));
  ASSERT_TRUE(t_put(dir.fd(), "new", "2"));
  T_EXPECT_ERR(zcall_renameat2(dir.fd(), "old", dir.fd(), "new", ZCALL_RENAME_NOREPLACE), EEXIST);
  EXPECT_EQ(t_get(dir.fd(), "old"), "1");
  EXPECT_EQ(t_get(dir.fd(), "new"), "2");
  EXPECT_EQ(T_EXPECT_OK(zcall_renameat2(dir.fd(), "old", dir.fd(), "fresh", ZCALL_RENAME_NOREPLACE)), 0u);
  EXPECT_FALSE(t_exists(dir.fd(), "old"));
  EXPECT_EQ(t_get(dir.fd(), "fresh"), "1");
}

TEST(fs_renameat2, exchange_swaps_two_files) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "a", "alpha"));
  ASSERT_TRUE(t_put(dir.fd(), "b", "beta"));
  struct stat a_before, b_before;
  ASSERT_EQ(fstatat(dir.fd(), "a", &a_before, 0), 0);
  ASSERT_EQ(fstatat(dir.fd(), "b", &b_before, 0), 0);
  EXPECT_EQ(T_EXPECT_OK(zcall_renameat2(dir.fd(), "a", dir.fd(), "b", ZCALL_RENAME_EXCHANGE)), 0u);
  EXPECT_EQ(t_get(dir.fd(), "a"), "beta");
  EXPECT_EQ(t_get(dir.fd(), "b"), "alpha");
  struct stat a_after, b_after;
  ASSERT_EQ(fstatat(dir.fd(), "a", &a_after, 0), 0);
  ASSERT_EQ(fstatat(dir.fd(), "b", &b_after, 0), 0);
  EXPECT_EQ(a_after.st_ino, b_before.st_ino);
  EXPECT_EQ(b_after.st_ino, a_before.st_ino);
}

TEST(fs_renameat2, fails_with_enoent_einval_and_ebadf) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "a", "alpha"));
  ASSERT_TRUE(t_put(dir.fd(), "b", "beta"));
  T_EXPECT_ERR(zcall_renameat2(dir.fd(), "missing", dir.fd(), "c", 0), ENOENT);
  T_EXPECT_ERR(zcall_renameat2(dir.fd(), "a", dir.fd(), "missing", ZCALL_RENAME_EXCHANGE), ENOENT);
  T_EXPECT_ERR(zcall_renameat2(dir.fd(), "a", dir.fd(), "b", ZCALL_RENAME_EXCHANGE | ZCALL_RENAME_NOREPLACE), EINVAL);
  T_EXPECT_ERR(zcall_renameat2(dir.fd(), "a", dir.fd(), "b", 1u << 10), EINVAL);
  T_EXPECT_ERR(zcall_renameat2(-1, "a", dir.fd(), "c", 0), EBADF);
  T_EXPECT_ERR(zcall_renameat2(dir.fd(), "a", -1, "c", 0), EBADF);
  EXPECT_EQ(t_get(dir.fd(), "a"), "alpha");
  EXPECT_EQ(t_get(dir.fd(), "b"), "beta");
  EXPECT_FALSE(t_exists(dir.fd(), "missing"));
}

TEST(fs_unlinkat, removes_a_file_that_stays_readable_through_an_open_fd) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", "still here"));
  t_fd fd(open_in(dir.fd(), "f", O_RDONLY));
  ASSERT_GE(fd.get(), 0);
  EXPECT_EQ(T_EXPECT_OK(zcall_unlinkat(dir.fd(), "f", 0)), 0u);
  EXPECT_FALSE(t_exists(dir.fd(), "f"));
  EXPECT_EQ(glibc_fstat(fd.get()).st_nlink, 0u);
  EXPECT_EQ(t_read_all(fd.get()), "still here");
}

TEST(fs_unlinkat, removes_an_empty_directory_with_at_removedir) {
  T_TMPDIR(dir);
  ASSERT_EQ(mkdirat(dir.fd(), "sub", 0700), 0);
  EXPECT_EQ(T_EXPECT_OK(zcall_unlinkat(dir.fd(), "sub", ZCALL_AT_REMOVEDIR)), 0u);
  EXPECT_FALSE(t_exists(dir.fd(), "sub"));
}

TEST(fs_unlinkat, fails_with_enoent_eisdir_enotdir_enotempty_einval_and_ebadf) {
  T_TMPDIR(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", "x"));
  ASSERT_EQ(mkdirat(dir.fd(), "empty", 0700), 0);
  ASSERT_EQ(mkdirat(dir.fd(), "full", 0700), 0);
  ASSERT_TRUE(t_put(dir.fd(), "full/f", "x"));
  T_EXPECT_ERR(zcall_unlinkat(dir.fd(), "missing", 0), ENOENT);
  T_EXPECT_ERR(zcall_unlinkat(dir.fd(), "missing", ZCALL_AT_REMOVEDIR), ENOENT);
  T_EXPECT_ERR(zcall_unlinkat(dir.fd(), "empty", 0), EISDIR);
  T_EXPECT_ERR(zcall_unlinkat(dir.fd(), "f", ZCALL_AT_REMOVEDIR), ENOTDIR);
  T_EXPECT_ERR(zcall_unlinkat(dir.fd(), "full", ZCALL_AT_REMOVEDIR), ENOTEMPTY);
  T_EXPECT_ERR(zcall_unlinkat(dir.fd(), "f", 1), EINVAL);
  T_EXPECT_ERR(zcall_unlinkat(-1, "f", 0), EBADF);
  EXPECT_TRUE(t_exists(dir.fd(), "f"));
  EXPECT_TRUE(t_exists(dir.fd(), "empty"));
  EXPECT_TRUE(t_exists(dir.fd(), "full/f"));
}

// --- C++ ---------------------------------------------------------------------------

TEST(cpp_fs, openat_and_statx_return_results_and_errnos) {
  T_TMPDIR(dir);
  auto [fd, err] =
      zcall::openat(dir.fd(), "cpp", zcall::o::CREAT | zcall::o::EXCL | zcall::o::RDWR | zcall::o::CLOEXEC, 0600);
  ASSERT_FALSE(err) << err.name();
  t_fd file(fd);
  ASSERT_EQ(write(fd, "twelve bytes", 12), 12);

  struct zcall::statx st;
  EXPECT_FALSE(zcall::statx(dir.fd(), "cpp", 0, zcall::statx_flags::SIZE | zcall::statx_flags::INO, &st));
  struct stat glibc;
  ASSERT_EQ(fstatat(dir.fd(), "cpp", &glibc, 0), 0);
  EXPECT_EQ(st.stx_size, 12u);
  EXPECT_EQ(st.stx_ino, glibc.st_ino);
  EXPECT_EQ(zcall::statx(dir.fd(), "missing", 0, zcall::statx_flags::SIZE, &st), zcall::Errno::NOENT);
  EXPECT_FALSE(zcall::statx(fd, "", zcall::at::EMPTY_PATH, zcall::statx_flags::SIZE, &st));
  EXPECT_EQ(st.stx_size, 12u);

  auto again = zcall::openat(dir.fd(), "cpp", zcall::o::CREAT | zcall::o::EXCL | zcall::o::RDWR, 0600);
  EXPECT_EQ(again.err, zcall::Errno::EXIST);
  EXPECT_EQ(again.value, -1);

  zcall::stat zs;
  EXPECT_FALSE(zcall::ftruncate(fd, 5));
  EXPECT_FALSE(zcall::fstat(fd, &zs));
  EXPECT_EQ(zs.st_size, 5);
  EXPECT_EQ(zcall::ftruncate(fd, -1), zcall::Errno::INVAL);
  EXPECT_FALSE(zcall::fallocate(fd, 0, 0, 8192));
  EXPECT_EQ(glibc_fstat(fd).st_size, 8192);
  EXPECT_FALSE(zcall::fsync(fd));
  EXPECT_FALSE(zcall::fdatasync(fd));
  EXPECT_FALSE(zcall::sync_file_range(fd, 0, 0, zcall::sync_file_range_flags::WRITE));
  EXPECT_EQ(zcall::fsync(-1), zcall::Errno::BADF);

  if (have_openat2()) {
    zcall::open_how how = {static_cast<std::uint64_t>(zcall::o::RDONLY), 0,
                           static_cast<std::uint64_t>(zcall::resolve::BENEATH)};
    auto [in, ierr] = zcall::openat2(dir.fd(), "cpp", how);
    EXPECT_FALSE(ierr);
    t_fd inside(in);
    EXPECT_EQ(t_read_all(in), std::string("twelv") + std::string(8187, '\0'));
    EXPECT_EQ(zcall::openat2(dir.fd(), "../cpp", how).err, zcall::Errno::XDEV);
  }

  std::int64_t in_off = 0, out_off = 0;
  t_fd copy(open_in(dir.fd(), "copy", O_RDWR | O_CREAT));
  ASSERT_GE(copy.get(), 0);
  auto [copied, cerr] = zcall::copy_file_range(fd, &in_off, copy.get(), &out_off, 3);
  EXPECT_FALSE(cerr);
  EXPECT_EQ(copied, 3u);
  EXPECT_EQ(t_get(dir.fd(), "copy"), "twe");
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  std::int64_t off = 1;
  auto [sent, serr] = zcall::sendfile(p.fd[1], fd, &off, 2);
  EXPECT_FALSE(serr);
  EXPECT_EQ(sent, 2u);
  EXPECT_EQ(off, 3);
  EXPECT_EQ(zcall::sendfile(p.fd[1], -1, &off, 2).err, zcall::Errno::BADF);

  EXPECT_FALSE(zcall::mkdirat(dir.fd(), "sub", 0700));
  EXPECT_EQ(zcall::mkdirat(dir.fd(), "sub", 0700), zcall::Errno::EXIST);
  EXPECT_EQ(zcall::renameat2(dir.fd(), "copy", dir.fd(), "cpp", zcall::rename::NOREPLACE), zcall::Errno::EXIST);
  EXPECT_FALSE(zcall::renameat2(dir.fd(), "copy", dir.fd(), "cpp", zcall::rename::EXCHANGE));
  EXPECT_EQ(t_get(dir.fd(), "cpp"), "twe");
  EXPECT_FALSE(zcall::renameat2(dir.fd(), "copy", dir.fd(), "moved"));
  EXPECT_EQ(zcall::unlinkat(dir.fd(), "sub"), zcall::Errno::ISDIR);
  EXPECT_FALSE(zcall::unlinkat(dir.fd(), "sub", zcall::at::REMOVEDIR));
  EXPECT_FALSE(zcall::unlinkat(dir.fd(), "moved"));
  EXPECT_FALSE(t_exists(dir.fd(), "moved"));
}

}  // namespace
