// SPDX-License-Identifier: MIT
// Basic and vectored I/O: close, dup3, fcntl, ioctl, lseek, read, write and their vectored and positioned forms.
// FIONREAD and TCGETS. Not <sys/ioctl.h>: its <sys/ttydefaults.h> defines CTIME, which breaks
// zcall::statx_flags::CTIME when included before <zcall/zcall.hpp>.
#include <asm/ioctls.h>
#if defined(__powerpc64__)
#include <asm/termbits.h>  // powerpc's TCGETS is _IOR('t', 19, struct termios): the kernel's struct
#endif
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "helpers.hpp"

namespace {

const void* const unmapped = reinterpret_cast<void*>(8);  // the first page is never mapped

// Past 4 GiB, and with low 32 bits (1 GiB + 123) that a truncated offset would land on.
const std::int64_t above_4g = (5LL << 30) + 123;
const std::int64_t truncated = above_4g & 0xffffffff;

// A sparse file in memory, for a t_fd to close.
int new_memfd() { return memfd_create("zcall-io", MFD_CLOEXEC); }

// What the C library reads at offset: up to n bytes.
std::string glibc_pread(int fd, std::size_t n, std::int64_t offset) {
  std::string s(n, '?');
  ssize_t got = pread(fd, s.data(), n, offset);
  s.resize(got < 0 ? 0 : static_cast<std::size_t>(got));
  return s;
}

std::int64_t glibc_position(int fd) { return lseek(fd, 0, SEEK_CUR); }

std::int64_t glibc_size(int fd) {
  struct stat st;
  return fstat(fd, &st) == 0 ? st.st_size : -1;
}

bool cloexec(int fd) { return (fcntl(fd, F_GETFD) & FD_CLOEXEC) != 0; }

std::uintptr_t word(std::int64_t v) { return static_cast<std::uintptr_t>(v); }

TEST(io_close, closes_an_open_descriptor_once) {
  int fd = dup(0);
  ASSERT_GE(fd, 0);
  EXPECT_EQ(T_EXPECT_OK(zcall_close(fd)), 0u);
  T_EXPECT_ERR(zcall_close(fd), EBADF);
  T_EXPECT_ERR(zcall_close(-1), EBADF);
}

TEST(io_read, reports_end_of_file_as_zero) {
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  close(std::exchange(p.fd[1], -1));
  char c;
  EXPECT_EQ(T_EXPECT_OK(zcall_read(p.fd[0], &c, 1)), 0u);
}

TEST(io_read, fails_with_ebadf_efault_and_on_the_wrong_end) {
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  char c;
  T_EXPECT_ERR(zcall_read(-1, &c, 1), EBADF);
  T_EXPECT_ERR(zcall_read(p.fd[1], &c, 1), EBADF);
  ASSERT_EQ(write(p.fd[1], "x", 1), 1);
  T_EXPECT_ERR(zcall_read(p.fd[0], const_cast<void*>(unmapped), 1), EFAULT);
}

TEST(io_write, fails_with_ebadf_and_efault) {
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  T_EXPECT_ERR(zcall_write(-1, "x", 1), EBADF);
  T_EXPECT_ERR(zcall_write(p.fd[0], "x", 1), EBADF);
  T_EXPECT_ERR(zcall_write(p.fd[1], unmapped, 1), EFAULT);
}

TEST(io_writev, gathers_buffers_in_order_and_readv_scatters_them) {
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  char a[] = "zero-", b[] = "copy";
  zcall_iovec out[] = {{a, 5}, {b, 4}};
  EXPECT_EQ(T_EXPECT_OK(zcall_writev(p.fd[1], out, 2)), 9u);
  char x[3] = {}, y[7] = {};
  zcall_iovec in[] = {{x, 2}, {y, 6}};
  EXPECT_EQ(T_EXPECT_OK(zcall_readv(p.fd[0], in, 2)), 8u);
  EXPECT_EQ(std::string(x, 2), "ze");
  EXPECT_EQ(std::string(y, 6), "ro-cop");
}

TEST(io_writev, fails_with_einval_on_a_negative_count_and_efault_on_a_bad_vector) {
  T_SKIP_IF_EMULATED("qemu-user reads the vector before the kernel checks the descriptor, so EFAULT comes first");
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  zcall_iovec v[] = {{const_cast<char*>("x"), 1}};
  T_EXPECT_ERR(zcall_writev(p.fd[1], v, -1), EINVAL);
  T_EXPECT_ERR(zcall_writev(p.fd[1], static_cast<const zcall_iovec*>(unmapped), 1), EFAULT);
  T_EXPECT_ERR(zcall_readv(p.fd[0], v, -1), EINVAL);
  T_EXPECT_ERR(zcall_readv(-1, v, 1), EBADF);
}

TEST(cpp_io, round_trips_spans_and_reports_errors_as_errno) {
  std::array<int, 2> fds;
  ASSERT_FALSE(zcall::pipe2(fds, zcall::o::CLOEXEC));
  t_fd r(fds[0]), w(fds[1]);
  const std::array<std::byte, 3> msg = {std::byte{1}, std::byte{2}, std::byte{3}};
  auto [n, err] = zcall::write(w.get(), msg);
  EXPECT_FALSE(err);
  EXPECT_EQ(n, 3u);
  std::array<std::byte, 8> buf{};
  auto got = zcall::read(r.get(), buf);
  EXPECT_EQ(got.value, 3u);
  EXPECT_EQ(buf[2], std::byte{3});

  char part1[2], part2[4];
  zcall::iovec out[] = {{const_cast<char*>("abcdef"), 6}};
  EXPECT_EQ(zcall::writev(w.get(), out).value, 6u);
  zcall::iovec in[] = {{part1, 2}, {part2, 4}};
  EXPECT_EQ(zcall::readv(r.get(), in).value, 6u);
  EXPECT_EQ(std::string(part2, 4), "cdef");

  auto bad = zcall::read(-1, buf);
  EXPECT_EQ(bad.err, zcall::Errno::BADF);
  EXPECT_EQ(bad.value, ~std::size_t{0});
  EXPECT_EQ(zcall::close(-1), zcall::Errno::BADF);
  EXPECT_FALSE(zcall::close(r.release()));
}

// Any contiguous range of char, unsigned char or std::byte, as it is: strings, string_views,
// arrays and vectors, with no std::as_bytes.
TEST(cpp_io, buffer_forms_take_char_strings_and_byte_vectors) {
  auto [fd, err] = zcall::own(zcall::memfd_create("zcall_spans", zcall::mfd::CLOEXEC));
  ASSERT_FALSE(err) << err;
  EXPECT_EQ(zcall::write(fd, std::string_view("hello, ")).value, 7u);
  std::string world = "world";
  EXPECT_EQ(zcall::write(fd, world).value, 5u);
  char bang[1] = {'!'};
  EXPECT_EQ(zcall::write(fd, bang).value, 1u);
  EXPECT_EQ(zcall::pwrite64(fd, std::vector<unsigned char>{'H'}, 0).value, 1u);

  std::string back(13, '\0');
  EXPECT_EQ(zcall::pread64(fd, back, 0).value, 13u);
  EXPECT_EQ(back, "Hello, world!");
  std::array<unsigned char, 5> part{};
  EXPECT_EQ(zcall::pread64(fd, part, 7).value, 5u);
  EXPECT_EQ(std::string(part.begin(), part.end()), "world");
  char chars[4];
  ASSERT_EQ(zcall::lseek(fd, 0, zcall::seek::SET).value, 0);
  EXPECT_EQ(zcall::read(fd, chars).value, 4u);
  EXPECT_EQ(std::string_view(chars, 4), "Hell");

  std::array<std::byte, 32> random{};
  auto [n, rerr] = zcall::getrandom(random);
  EXPECT_FALSE(rerr) << rerr;
  EXPECT_EQ(n, random.size());
  std::vector<char> few(3);
  EXPECT_EQ(zcall::getrandom(few, zcall::grnd::NONBLOCK).value, 3u);
  EXPECT_EQ(zcall::read(-1, chars).err, zcall::Errno::BADF);
}

// --- dup3, fcntl, ioctl -------------------------------------------------------------

TEST(io_dup3, makes_newfd_name_the_same_pipe_and_sets_cloexec_only_when_asked) {
  t_pair p;
  ASSERT_EQ(pipe2(p.fd, O_CLOEXEC | O_NONBLOCK), 0);  // the read below must not block if dup3 failed
  t_fd plain(open("/dev/null", O_RDONLY));
  t_fd closing(open("/dev/null", O_RDONLY));
  ASSERT_GE(plain.get(), 0);
  ASSERT_GE(closing.get(), 0);

  EXPECT_EQ(T_EXPECT_OK(zcall_dup3(p.fd[1], plain.get(), 0)), static_cast<std::uintptr_t>(plain.get()));
  EXPECT_FALSE(cloexec(plain.get()));
  EXPECT_EQ(T_EXPECT_OK(zcall_dup3(p.fd[1], closing.get(), ZCALL_O_CLOEXEC)),
            static_cast<std::uintptr_t>(closing.get()));
  EXPECT_TRUE(cloexec(closing.get()));

  // Both new numbers now write into the pipe, not to /dev/null.
  ASSERT_EQ(write(plain.get(), "ab", 2), 2);
  ASSERT_EQ(write(closing.get(), "cd", 2), 2);
  char buf[8] = {};
  ASSERT_EQ(read(p.fd[0], buf, sizeof buf), 4);
  EXPECT_EQ(std::string(buf, 4), "abcd");
}

TEST(io_dup3, fails_with_einval_on_the_same_fd_or_bad_flags_and_ebadf_on_bad_fds) {
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  T_EXPECT_ERR(zcall_dup3(p.fd[0], p.fd[0], 0), EINVAL);
  T_EXPECT_ERR(zcall_dup3(p.fd[0], p.fd[0], ZCALL_O_CLOEXEC), EINVAL);
  T_EXPECT_ERR(zcall_dup3(p.fd[0], p.fd[1], ZCALL_O_NONBLOCK), EINVAL);
  T_EXPECT_ERR(zcall_dup3(-1, p.fd[1], 0), EBADF);
  T_EXPECT_ERR(zcall_dup3(p.fd[0], -1, 0), EBADF);
  // The failed calls left p.fd[1] alone: it is still the write end.
  EXPECT_EQ(write(p.fd[1], "x", 1), 1);
}

TEST(io_fcntl, sets_and_clears_o_nonblock_as_glibc_sees_it) {
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  std::uintptr_t flags = T_EXPECT_OK(zcall_fcntl(p.fd[0], ZCALL_F_GETFL, 0));
  EXPECT_EQ(flags, static_cast<std::uintptr_t>(fcntl(p.fd[0], F_GETFL)));
  EXPECT_EQ(flags & ZCALL_O_NONBLOCK, 0u);

  EXPECT_EQ(T_EXPECT_OK(zcall_fcntl(p.fd[0], ZCALL_F_SETFL, flags | ZCALL_O_NONBLOCK)), 0u);
  ASSERT_NE(fcntl(p.fd[0], F_GETFL) & O_NONBLOCK, 0);  // or the read below would block
  EXPECT_EQ(T_EXPECT_OK(zcall_fcntl(p.fd[0], ZCALL_F_GETFL, 0)), static_cast<std::uintptr_t>(fcntl(p.fd[0], F_GETFL)));
  char c;
  T_EXPECT_ERR(zcall_read(p.fd[0], &c, 1), EAGAIN);  // the empty pipe no longer blocks

  EXPECT_EQ(T_EXPECT_OK(zcall_fcntl(p.fd[0], ZCALL_F_SETFL, flags)), 0u);
  EXPECT_EQ(fcntl(p.fd[0], F_GETFL) & O_NONBLOCK, 0);
}

TEST(io_fcntl, dupfd_cloexec_gives_a_descriptor_at_or_above_the_argument) {
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  t_fd copy(static_cast<int>(T_EXPECT_OK(zcall_fcntl(p.fd[1], ZCALL_F_DUPFD_CLOEXEC, 100))));
  EXPECT_GE(copy.get(), 100);
  EXPECT_TRUE(cloexec(copy.get()));
  ASSERT_EQ(write(copy.get(), "y", 1), 1);
  char c = 0;
  ASSERT_EQ(read(p.fd[0], &c, 1), 1);
  EXPECT_EQ(c, 'y');
}

TEST(io_fcntl, fails_with_einval_on_an_unknown_command_and_ebadf_on_a_bad_fd) {
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  T_EXPECT_ERR(zcall_fcntl(p.fd[0], 9999, 0), EINVAL);
  T_EXPECT_ERR(zcall_fcntl(-1, ZCALL_F_GETFL, 0), EBADF);
  T_EXPECT_ERR(zcall_fcntl(p.fd[0], ZCALL_F_DUPFD, ~std::uintptr_t{0} >> 1), EINVAL);
}

TEST(io_ioctl, fionread_counts_the_bytes_waiting_in_a_pipe) {
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  int n = -1;
  EXPECT_EQ(T_EXPECT_OK(zcall_ioctl(p.fd[0], FIONREAD, reinterpret_cast<std::uintptr_t>(&n))), 0u);
  EXPECT_EQ(n, 0);
  ASSERT_EQ(write(p.fd[1], "1234567", 7), 7);
  EXPECT_EQ(T_EXPECT_OK(zcall_ioctl(p.fd[0], FIONREAD, reinterpret_cast<std::uintptr_t>(&n))), 0u);
  EXPECT_EQ(n, 7);
  char buf[3];
  ASSERT_EQ(read(p.fd[0], buf, 3), 3);
  EXPECT_EQ(T_EXPECT_OK(zcall_ioctl(p.fd[0], FIONREAD, reinterpret_cast<std::uintptr_t>(&n))), 0u);
  EXPECT_EQ(n, 4);
}

TEST(io_ioctl, fails_with_enotty_on_a_tty_request_to_a_pipe_and_efault_ebadf) {
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  char termios_buf[256];
  T_EXPECT_ERR(zcall_ioctl(p.fd[0], TCGETS, reinterpret_cast<std::uintptr_t>(termios_buf)), ENOTTY);
  T_EXPECT_ERR(zcall_ioctl(p.fd[0], FIONREAD, reinterpret_cast<std::uintptr_t>(unmapped)), EFAULT);
  int n;
  T_EXPECT_ERR(zcall_ioctl(-1, FIONREAD, reinterpret_cast<std::uintptr_t>(&n)), EBADF);
}

// --- lseek -------------------------------------------------------------------------

TEST(io_lseek, moves_the_position_from_the_start_the_position_and_the_end) {
  t_fd fd(new_memfd());
  ASSERT_GE(fd.get(), 0);
  ASSERT_EQ(write(fd.get(), "0123456789", 10), 10);
  EXPECT_EQ(T_EXPECT_OK(zcall_lseek(fd.get(), 3, ZCALL_SEEK_SET)), 3u);
  char two[2];
  ASSERT_EQ(read(fd.get(), two, 2), 2);
  EXPECT_EQ(std::string(two, 2), "34");
  EXPECT_EQ(T_EXPECT_OK(zcall_lseek(fd.get(), 2, ZCALL_SEEK_CUR)), 7u);
  EXPECT_EQ(T_EXPECT_OK(zcall_lseek(fd.get(), -1, ZCALL_SEEK_CUR)), 6u);
  EXPECT_EQ(glibc_position(fd.get()), 6);
  EXPECT_EQ(T_EXPECT_OK(zcall_lseek(fd.get(), -1, ZCALL_SEEK_END)), 9u);
  ASSERT_EQ(read(fd.get(), two, 2), 1);
  EXPECT_EQ(two[0], '9');

  // A position past 4 GiB comes back whole.
  EXPECT_EQ(T_EXPECT_OK(zcall_lseek(fd.get(), above_4g, ZCALL_SEEK_SET)), word(above_4g));
  EXPECT_EQ(glibc_position(fd.get()), above_4g);
  ASSERT_EQ(pwrite(fd.get(), "end", 3, above_4g), 3);
  EXPECT_EQ(T_EXPECT_OK(zcall_lseek(fd.get(), 0, ZCALL_SEEK_END)), word(above_4g + 3));
}

TEST(io_lseek, seek_data_and_seek_hole_find_the_data_in_a_sparse_file) {
  t_fd fd(new_memfd());
  ASSERT_GE(fd.get(), 0);
  const std::int64_t data_at = 1 << 30;  // aligned to any page size, huge pages included
  ASSERT_EQ(pwrite(fd.get(), "data", 4, data_at), 4);
  const std::int64_t end = data_at + 4;

  std::int64_t data = static_cast<std::int64_t>(T_EXPECT_OK(zcall_lseek(fd.get(), 0, ZCALL_SEEK_DATA)));
  EXPECT_EQ(data, data_at);
  EXPECT_EQ(data, lseek(fd.get(), 0, SEEK_DATA));
  EXPECT_EQ(T_EXPECT_OK(zcall_lseek(fd.get(), 0, ZCALL_SEEK_HOLE)), 0u);
  EXPECT_EQ(T_EXPECT_OK(zcall_lseek(fd.get(), data_at, ZCALL_SEEK_HOLE)), word(end));  // the end of file is a hole
  EXPECT_EQ(glibc_position(fd.get()), end);  // SEEK_HOLE moved the position, as lseek does
  T_EXPECT_ERR(zcall_lseek(fd.get(), end, ZCALL_SEEK_DATA), ENXIO);
  T_EXPECT_ERR(zcall_lseek(fd.get(), end + 1, ZCALL_SEEK_HOLE), ENXIO);
}

TEST(io_lseek, fails_with_einval_on_a_bad_whence_or_negative_result_and_espipe_on_a_pipe) {
  t_fd fd(new_memfd());
  ASSERT_GE(fd.get(), 0);
  T_EXPECT_ERR(zcall_lseek(fd.get(), 0, 7), EINVAL);
  T_EXPECT_ERR(zcall_lseek(fd.get(), -1, ZCALL_SEEK_SET), EINVAL);
  T_EXPECT_ERR(zcall_lseek(fd.get(), -1, ZCALL_SEEK_CUR), EINVAL);
  EXPECT_EQ(glibc_position(fd.get()), 0);
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  T_EXPECT_ERR(zcall_lseek(p.fd[0], 0, ZCALL_SEEK_SET), ESPIPE);
  T_EXPECT_ERR(zcall_lseek(-1, 0, ZCALL_SEEK_SET), EBADF);
}

// --- pread64 and pwrite64 ---------------------------------------------------------

TEST(io_pwrite64, writes_at_the_offset_and_leaves_the_position_alone) {
  t_fd fd(new_memfd());
  ASSERT_GE(fd.get(), 0);
  ASSERT_EQ(lseek(fd.get(), 2, SEEK_SET), 2);
  EXPECT_EQ(T_EXPECT_OK(zcall_pwrite64(fd.get(), "abcde", 5, 10)), 5u);
  EXPECT_EQ(glibc_position(fd.get()), 2);
  EXPECT_EQ(glibc_pread(fd.get(), 15, 0), std::string(10, '\0') + "abcde");

  EXPECT_EQ(T_EXPECT_OK(zcall_pwrite64(fd.get(), "high", 4, above_4g)), 4u);
  EXPECT_EQ(glibc_pread(fd.get(), 4, above_4g), "high");
  EXPECT_EQ(glibc_pread(fd.get(), 4, truncated), std::string(4, '\0'));
  EXPECT_EQ(glibc_size(fd.get()), above_4g + 4);
  EXPECT_EQ(glibc_position(fd.get()), 2);
}

TEST(io_pread64, reads_at_the_offset_and_leaves_the_position_alone) {
  t_fd fd(new_memfd());
  ASSERT_GE(fd.get(), 0);
  ASSERT_EQ(pwrite(fd.get(), "0123456789", 10, 0), 10);
  ASSERT_EQ(pwrite(fd.get(), "decoy", 5, truncated), 5);
  ASSERT_EQ(pwrite(fd.get(), "far", 3, above_4g), 3);
  ASSERT_EQ(lseek(fd.get(), 4, SEEK_SET), 4);
  char buf[8] = {};
  EXPECT_EQ(T_EXPECT_OK(zcall_pread64(fd.get(), buf, 3, 6)), 3u);
  EXPECT_EQ(std::string(buf, 3), "678");
  EXPECT_EQ(T_EXPECT_OK(zcall_pread64(fd.get(), buf, 8, above_4g)), 3u);
  EXPECT_EQ(std::string(buf, 3), "far");
  EXPECT_EQ(T_EXPECT_OK(zcall_pread64(fd.get(), buf, 8, above_4g + 3)), 0u);  // end of file
  EXPECT_EQ(glibc_position(fd.get()), 4);
}

TEST(io_pread64, fails_with_espipe_on_a_pipe_einval_on_a_negative_offset_and_ebadf) {
  t_fd fd(new_memfd());
  ASSERT_GE(fd.get(), 0);
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  char buf[4];
  T_EXPECT_ERR(zcall_pread64(p.fd[0], buf, 1, 0), ESPIPE);
  T_EXPECT_ERR(zcall_pread64(fd.get(), buf, 1, -1), EINVAL);
  T_EXPECT_ERR(zcall_pread64(-1, buf, 1, 0), EBADF);
  T_EXPECT_ERR(zcall_pwrite64(p.fd[1], "x", 1, 0), ESPIPE);
  T_EXPECT_ERR(zcall_pwrite64(fd.get(), "x", 1, -1), EINVAL);
  T_EXPECT_ERR(zcall_pwrite64(-1, "x", 1, 0), EBADF);
  EXPECT_EQ(glibc_size(fd.get()), 0);
}

// --- preadv, pwritev, preadv2, pwritev2 -------------------------------------------
// The kernel takes their offset as two words, low then high; these check that an
// offset past 4 GiB arrives whole, and that the flags of the v2 calls arrive at all.

TEST(io_pwritev, gathers_at_an_offset_above_4_gib) {
  t_fd fd(new_memfd());
  ASSERT_GE(fd.get(), 0);
  char a[] = "high-", b[] = "water";
  zcall_iovec v[] = {{a, 5}, {b, 5}};
  EXPECT_EQ(T_EXPECT_OK(zcall_pwritev(fd.get(), v, 2, above_4g)), 10u);
  EXPECT_EQ(glibc_pread(fd.get(), 10, above_4g), "high-water");
  EXPECT_EQ(glibc_pread(fd.get(), 10, truncated), std::string(10, '\0'));
  EXPECT_EQ(glibc_size(fd.get()), above_4g + 10);
  EXPECT_EQ(glibc_position(fd.get()), 0);
}

TEST(io_preadv, scatters_from_an_offset_above_4_gib) {
  t_fd fd(new_memfd());
  ASSERT_GE(fd.get(), 0);
  ASSERT_EQ(pwrite(fd.get(), "decoy-data", 10, truncated), 10);
  ASSERT_EQ(pwrite(fd.get(), "scattering", 10, above_4g), 10);
  char x[4] = {}, y[6] = {};
  zcall_iovec v[] = {{x, 4}, {y, 6}};
  EXPECT_EQ(T_EXPECT_OK(zcall_preadv(fd.get(), v, 2, above_4g)), 10u);
  EXPECT_EQ(std::string(x, 4), "scat");
  EXPECT_EQ(std::string(y, 6), "tering");
  EXPECT_EQ(glibc_position(fd.get()), 0);
}

TEST(io_preadv, fails_with_einval_on_a_negative_offset_espipe_on_a_pipe_and_ebadf) {
  t_fd fd(new_memfd());
  ASSERT_GE(fd.get(), 0);
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  char c = 'x';
  zcall_iovec v[] = {{&c, 1}};
  T_EXPECT_ERR(zcall_preadv(fd.get(), v, 1, -1), EINVAL);  // unlike preadv2, -1 is not "the position"
  T_EXPECT_ERR(zcall_pwritev(fd.get(), v, 1, -1), EINVAL);
  T_EXPECT_ERR(zcall_preadv(fd.get(), v, -1, 0), EINVAL);
  T_EXPECT_ERR(zcall_preadv(p.fd[0], v, 1, 0), ESPIPE);
  T_EXPECT_ERR(zcall_pwritev(p.fd[1], v, 1, 0), ESPIPE);
  T_EXPECT_ERR(zcall_preadv(-1, v, 1, 0), EBADF);
  T_EXPECT_ERR(zcall_pwritev(-1, v, 1, 0), EBADF);
  EXPECT_EQ(glibc_size(fd.get()), 0);
}

TEST(io_pwritev2, gathers_at_an_offset_above_4_gib) {
  T_SKIP_IF_EMULATED("qemu-user 7.2 does not emulate preadv2 or pwritev2 (ENOSYS)");
  t_fd fd(new_memfd());
  ASSERT_GE(fd.get(), 0);
  char a[] = "two-", b[] = "words";
  zcall_iovec v[] = {{a, 4}, {b, 5}};
  EXPECT_EQ(T_EXPECT_OK(zcall_pwritev2(fd.get(), v, 2, above_4g, 0)), 9u);
  EXPECT_EQ(glibc_pread(fd.get(), 9, above_4g), "two-words");
  EXPECT_EQ(glibc_pread(fd.get(), 9, truncated), std::string(9, '\0'));
  EXPECT_EQ(glibc_size(fd.get()), above_4g + 9);
  EXPECT_EQ(glibc_position(fd.get()), 0);
}

TEST(io_preadv2, scatters_from_an_offset_above_4_gib) {
  T_SKIP_IF_EMULATED("qemu-user 7.2 does not emulate preadv2 or pwritev2 (ENOSYS)");
  t_fd fd(new_memfd());
  ASSERT_GE(fd.get(), 0);
  ASSERT_EQ(pwrite(fd.get(), "decoy-data", 10, truncated), 10);
  ASSERT_EQ(pwrite(fd.get(), "from-above", 10, above_4g), 10);
  char x[5] = {}, y[5] = {};
  zcall_iovec v[] = {{x, 5}, {y, 5}};
  EXPECT_EQ(T_EXPECT_OK(zcall_preadv2(fd.get(), v, 2, above_4g, 0)), 10u);
  EXPECT_EQ(std::string(x, 5), "from-");
  EXPECT_EQ(std::string(y, 5), "above");
  EXPECT_EQ(glibc_position(fd.get()), 0);
}

TEST(io_preadv2, offset_minus_one_reads_at_the_file_position_and_advances_it) {
  T_SKIP_IF_EMULATED("qemu-user 7.2 does not emulate preadv2 or pwritev2 (ENOSYS)");
  t_fd fd(new_memfd());
  ASSERT_GE(fd.get(), 0);
  ASSERT_EQ(pwrite(fd.get(), "0123456789", 10, 0), 10);
  ASSERT_EQ(lseek(fd.get(), 3, SEEK_SET), 3);
  char buf[4] = {};
  zcall_iovec v[] = {{buf, 4}};
  EXPECT_EQ(T_EXPECT_OK(zcall_preadv2(fd.get(), v, 1, -1, 0)), 4u);
  EXPECT_EQ(std::string(buf, 4), "3456");
  EXPECT_EQ(glibc_position(fd.get()), 7);
  EXPECT_EQ(T_EXPECT_OK(zcall_preadv2(fd.get(), v, 1, -1, 0)), 3u);
  EXPECT_EQ(std::string(buf, 3), "789");
  EXPECT_EQ(glibc_position(fd.get()), 10);
}

TEST(io_pwritev2, offset_minus_one_writes_at_the_file_position_and_advances_it) {
  T_SKIP_IF_EMULATED("qemu-user 7.2 does not emulate preadv2 or pwritev2 (ENOSYS)");
  t_fd fd(new_memfd());
  ASSERT_GE(fd.get(), 0);
  ASSERT_EQ(pwrite(fd.get(), "0123456789", 10, 0), 10);
  ASSERT_EQ(lseek(fd.get(), 7, SEEK_SET), 7);
  char ab[] = "ab";
  zcall_iovec v[] = {{ab, 2}};
  EXPECT_EQ(T_EXPECT_OK(zcall_pwritev2(fd.get(), v, 1, -1, 0)), 2u);
  EXPECT_EQ(glibc_position(fd.get()), 9);
  EXPECT_EQ(T_EXPECT_OK(zcall_pwritev2(fd.get(), v, 1, -1, 0)), 2u);
  EXPECT_EQ(glibc_position(fd.get()), 11);
  EXPECT_EQ(glibc_pread(fd.get(), 16, 0), "0123456abab");
}

TEST(io_pwritev2, rwf_append_writes_at_the_end_whatever_the_offset) {
  T_SKIP_IF_EMULATED("qemu-user 7.2 does not emulate preadv2 or pwritev2 (ENOSYS)");
  t_fd fd(new_memfd());
  ASSERT_GE(fd.get(), 0);
  ASSERT_EQ(pwrite(fd.get(), "0123456789", 10, 0), 10);
  char xy[] = "XY";
  zcall_iovec v[] = {{xy, 2}};
  EXPECT_EQ(T_EXPECT_OK(zcall_pwritev2(fd.get(), v, 1, 0, ZCALL_RWF_APPEND)), 2u);
  EXPECT_EQ(glibc_pread(fd.get(), 16, 0), "0123456789XY");
  EXPECT_EQ(T_EXPECT_OK(zcall_pwritev2(fd.get(), v, 1, 0, 0)), 2u);  // without the flag, at the offset
  EXPECT_EQ(glibc_pread(fd.get(), 16, 0), "XY23456789XY");
}

TEST(io_preadv2, rwf_nowait_on_an_empty_pipe_fails_with_eagain_instead_of_blocking) {
  T_SKIP_IF_EMULATED("qemu-user 7.2 does not emulate preadv2 or pwritev2 (ENOSYS)");
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);  // blocking: had the flag been lost, the read would wait
  char buf[4];
  zcall_iovec v[] = {{buf, 4}};
  alarm(30);  // a watchdog, not a time limit: SIGALRM kills a blocked test instead of letting it hang
  T_EXPECT_ERR(zcall_preadv2(p.fd[0], v, 1, -1, ZCALL_RWF_NOWAIT), EAGAIN);
  alarm(0);
  ASSERT_EQ(write(p.fd[1], "ok", 2), 2);
  EXPECT_EQ(T_EXPECT_OK(zcall_preadv2(p.fd[0], v, 1, -1, ZCALL_RWF_NOWAIT)), 2u);
  EXPECT_EQ(std::string(buf, 2), "ok");
}

TEST(io_preadv2, fails_with_eopnotsupp_on_unknown_flags_and_einval_espipe_ebadf) {
  T_SKIP_IF_EMULATED("qemu-user 7.2 does not emulate preadv2 or pwritev2 (ENOSYS)");
  t_fd fd(new_memfd());
  ASSERT_GE(fd.get(), 0);
  ASSERT_EQ(pwrite(fd.get(), "data", 4, 0), 4);
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  char buf[4] = {};
  zcall_iovec v[] = {{buf, 4}};
  // The kernel answers an RWF flag it does not know with EOPNOTSUPP, not EINVAL.
  T_EXPECT_ERR(zcall_preadv2(fd.get(), v, 1, 0, 0x40000000), EOPNOTSUPP);
  T_EXPECT_ERR(zcall_pwritev2(fd.get(), v, 1, 0, 0x40000000), EOPNOTSUPP);
  T_EXPECT_ERR(zcall_preadv2(fd.get(), v, 1, -2, 0), EINVAL);  // only -1 means the position
  T_EXPECT_ERR(zcall_pwritev2(fd.get(), v, 1, -2, 0), EINVAL);
  T_EXPECT_ERR(zcall_preadv2(p.fd[0], v, 1, 0, 0), ESPIPE);
  T_EXPECT_ERR(zcall_pwritev2(p.fd[1], v, 1, 0, 0), ESPIPE);
  T_EXPECT_ERR(zcall_preadv2(-1, v, 1, 0, 0), EBADF);
  T_EXPECT_ERR(zcall_pwritev2(-1, v, 1, 0, 0), EBADF);
  EXPECT_EQ(glibc_pread(fd.get(), 8, 0), "data");
}

TEST(cpp_io, positioned_calls_take_spans_and_return_value_error_pairs) {
  T_SKIP_IF_EMULATED("qemu-user 7.2 does not emulate preadv2 or pwritev2 (ENOSYS)");
  auto [mfd, merr] = zcall::memfd_create("zcall-io-cpp", zcall::mfd::CLOEXEC);
  ASSERT_FALSE(merr) << merr.name();
  t_fd fd(mfd);
  const std::array<std::byte, 4> out = {std::byte{'z'}, std::byte{'c'}, std::byte{'a'}, std::byte{'l'}};
  auto [written, werr] = zcall::pwrite64(fd.get(), out, above_4g);
  EXPECT_FALSE(werr);
  EXPECT_EQ(written, 4u);
  std::array<std::byte, 8> in{};
  auto [n, err] = zcall::pread64(fd.get(), in, above_4g);
  EXPECT_FALSE(err) << err.name();
  EXPECT_EQ(n, 4u);
  EXPECT_TRUE(std::equal(out.begin(), out.end(), in.begin()));
  EXPECT_EQ(glibc_pread(fd.get(), 4, truncated), std::string(4, '\0'));

  char a[] = "ve", b[] = "ctor";
  const std::array<zcall::iovec, 2> gather = {{{a, 2}, {b, 4}}};
  EXPECT_EQ(zcall::pwritev(fd.get(), gather, above_4g + 4).value, 6u);
  EXPECT_EQ(zcall::pwritev2(fd.get(), gather, above_4g + 10, zcall::rwf::DSYNC).value, 6u);
  EXPECT_EQ(glibc_pread(fd.get(), 16, above_4g), "zcalvectorvector");
  char x[6] = {}, y[6] = {};
  const std::array<zcall::iovec, 2> scatter = {{{x, 6}, {y, 6}}};
  auto [got, gerr] = zcall::preadv(fd.get(), scatter, above_4g + 4);
  EXPECT_FALSE(gerr);
  EXPECT_EQ(got, 12u);
  EXPECT_EQ(std::string(x, 6) + std::string(y, 6), "vectorvector");
  EXPECT_EQ(zcall::preadv2(fd.get(), scatter, above_4g).value, 12u);
  EXPECT_EQ(std::string(x, 6), "zcalve");

  auto [end, eerr] = zcall::lseek(fd.get(), 0, zcall::seek::END);
  EXPECT_FALSE(eerr);
  EXPECT_EQ(end, above_4g + 16);
  EXPECT_EQ(zcall::lseek(fd.get(), 0, zcall::seek::CUR).value, above_4g + 16);
  EXPECT_EQ(zcall::preadv2(fd.get(), scatter, -1).value, 0u);  // at the (end) position

  auto bad = zcall::pread64(-1, in, 0);
  EXPECT_EQ(bad.err, zcall::Errno::BADF);
  EXPECT_EQ(bad.value, ~std::size_t{0});
  EXPECT_EQ(zcall::preadv2(fd.get(), scatter, 0, 0x40000000).err, zcall::Errno::OPNOTSUPP);
  EXPECT_EQ(zcall::pwritev(fd.get(), gather, -1).err, zcall::Errno::INVAL);
  EXPECT_EQ(zcall::lseek(fd.get(), 0, 7).err, zcall::Errno::INVAL);
}

TEST(cpp_io, dup3_fcntl_and_ioctl_report_values_and_errors) {
  std::array<int, 2> fds;
  ASSERT_FALSE(zcall::pipe2(fds));
  t_fd r(fds[0]), w(fds[1]);
  t_fd spare(open("/dev/null", O_RDONLY));
  ASSERT_GE(spare.get(), 0);
  auto [newfd, derr] = zcall::dup3(w.get(), spare.get(), zcall::o::CLOEXEC);
  EXPECT_FALSE(derr);
  EXPECT_EQ(newfd, spare.get());
  EXPECT_TRUE(cloexec(spare.get()));
  EXPECT_EQ(zcall::dup3(w.get(), w.get()).err, zcall::Errno::INVAL);

  auto [flags, ferr] = zcall::fcntl(r.get(), zcall::f::GETFL);
  EXPECT_FALSE(ferr);
  EXPECT_EQ(flags, static_cast<std::uintptr_t>(fcntl(r.get(), F_GETFL)));
  EXPECT_FALSE(zcall::fcntl(r.get(), zcall::f::SETFL, flags | zcall::o::NONBLOCK).err);
  EXPECT_NE(fcntl(r.get(), F_GETFL) & O_NONBLOCK, 0);
  EXPECT_EQ(zcall::fcntl(-1, zcall::f::GETFL).err, zcall::Errno::BADF);

  ASSERT_EQ(write(spare.get(), "abc", 3), 3);
  int n = -1;
  auto [ret, ierr] = zcall::ioctl(r.get(), FIONREAD, &n);
  EXPECT_FALSE(ierr);
  EXPECT_EQ(ret, 0u);
  EXPECT_EQ(n, 3);
  char termios_buf[256];
  EXPECT_EQ(zcall::ioctl(r.get(), TCGETS, termios_buf).err, zcall::Errno::NOTTY);
}

}  // namespace
