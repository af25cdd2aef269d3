// SPDX-License-Identifier: MIT
// Pipes and zero-copy: pipe2, splice, tee, vmsplice.
#include <fcntl.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/stat.h>

#include <array>
#include <cerrno>
#include <cstddef>
#include <span>
#include <string>

#include "helpers.hpp"

namespace {

const void* const unmapped = reinterpret_cast<void*>(8);  // the first page is never mapped

// A descriptor number that is not open (until the next descriptor is made).
int closed_fd() {
  int fd = ::eventfd(0, EFD_CLOEXEC);
  EXPECT_GE(fd, 0);
  ::close(fd);
  return fd;
}

// Everything a pipe holds now, read without waiting (the read end must be non-blocking).
std::string drain(int fd) {
  std::string all;
  char buf[256];
  for (;;) {
    zcall_ret r = zcall_read(fd, buf, sizeof buf);
    if (r.err != 0 || r.r1 == 0) break;
    all.append(buf, r.r1);
  }
  return all;
}

std::int64_t position(int fd) { return lseek(fd, 0, SEEK_CUR); }

TEST(pipe_pipe2, makes_a_pipe_that_carries_bytes_from_write_to_read) {
  t_pair p;
  T_EXPECT_OK(zcall_pipe2(p.fd, 0));
  EXPECT_EQ(T_EXPECT_OK(zcall_write(p.fd[1], "hello", 5)), 5u);
  char buf[8] = {};
  EXPECT_EQ(T_EXPECT_OK(zcall_read(p.fd[0], buf, sizeof buf)), 5u);
  EXPECT_STREQ(buf, "hello");
}

TEST(pipe_pipe2, sets_nonblock_and_cloexec_as_asked) {
  t_pair p;
  T_EXPECT_OK(zcall_pipe2(p.fd, ZCALL_O_NONBLOCK | ZCALL_O_CLOEXEC));
  for (int fd : p.fd) {
    EXPECT_TRUE(fcntl(fd, F_GETFL) & O_NONBLOCK);
    EXPECT_TRUE(fcntl(fd, F_GETFD) & FD_CLOEXEC);
  }
  char c;
  T_EXPECT_ERR(zcall_read(p.fd[0], &c, 1), EAGAIN);
}

// O_DIRECT makes a packet pipe: each write is read back on its own.
TEST(pipe_pipe2, direct_makes_a_packet_pipe) {
  t_pair p;
  T_EXPECT_OK(zcall_pipe2(p.fd, ZCALL_O_DIRECT));
  T_EXPECT_OK(zcall_write(p.fd[1], "one", 3));
  T_EXPECT_OK(zcall_write(p.fd[1], "three", 5));
  char buf[16];
  EXPECT_EQ(T_EXPECT_OK(zcall_read(p.fd[0], buf, sizeof buf)), 3u);
  EXPECT_EQ(T_EXPECT_OK(zcall_read(p.fd[0], buf, sizeof buf)), 5u);
}

TEST(pipe_pipe2, rejects_unknown_flags_and_bad_pointers) {
  T_SKIP_IF_EMULATED("qemu-user drops flags it does not know instead of passing them on");
  t_pair p;
  T_EXPECT_ERR(zcall_pipe2(p.fd, 0x7), EINVAL);
  T_EXPECT_ERR(zcall_pipe2(nullptr, 0), EFAULT);
}

// --- splice ---------------------------------------------------------------------------------

// splice needs an ordinary file on one side: an anonymous one (memfd), and a non-blocking pipe. The test is skipped
// where memfd_create is refused.
class pipe_splice : public testing::Test {
 protected:
  void SetUp() override {
    zcall_ret r = zcall_memfd_create("zcall-pipe-test", ZCALL_MFD_CLOEXEC);
    if (r.err == ENOSYS || r.err == EPERM || r.err == EACCES)
      GTEST_SKIP() << "memfd_create is refused here (" << zcall_errname(r.err) << ")";
    ASSERT_EQ(r.err, 0u) << zcall_errname(r.err);
    file_ = static_cast<int>(r.r1);
    ASSERT_EQ(T_EXPECT_OK(zcall_pipe2(p_.fd, ZCALL_O_NONBLOCK | ZCALL_O_CLOEXEC)), 0u);
  }
  void TearDown() override {
    if (file_ >= 0) ::close(file_);
  }

  int file_ = -1;
  t_pair p_;
};

TEST_F(pipe_splice, moves_pipe_data_into_a_file_at_an_explicit_offset_and_advances_it) {
  ASSERT_EQ(write(p_.fd[1], "hello", 5), 5);
  std::int64_t off = 10;
  EXPECT_EQ(T_EXPECT_OK(zcall_splice(p_.fd[0], nullptr, file_, &off, 64, 0)), 5u);
  EXPECT_EQ(off, 15);
  EXPECT_EQ(position(file_), 0) << "the file position does not move";
  char buf[8] = {};
  ASSERT_EQ(pread(file_, buf, sizeof buf, 10), 5);
  EXPECT_STREQ(buf, "hello");
  struct stat st = {};
  ASSERT_EQ(fstat(file_, &st), 0);
  EXPECT_EQ(st.st_size, 15);
  EXPECT_EQ(drain(p_.fd[0]), "") << "the bytes left the pipe";
}

TEST_F(pipe_splice, moves_file_data_into_a_pipe_from_an_explicit_offset_and_advances_it) {
  ASSERT_EQ(pwrite(file_, "0123456789", 10, 0), 10);
  std::int64_t off = 3;
  EXPECT_EQ(T_EXPECT_OK(zcall_splice(file_, &off, p_.fd[1], nullptr, 4, 0)), 4u);
  EXPECT_EQ(off, 7);
  EXPECT_EQ(position(file_), 0) << "the file position does not move";
  EXPECT_EQ(T_EXPECT_OK(zcall_splice(file_, &off, p_.fd[1], nullptr, 64, 0)), 3u) << "up to the end of the file";
  EXPECT_EQ(off, 10);
  EXPECT_EQ(drain(p_.fd[0]), "3456789");
  EXPECT_EQ(T_EXPECT_OK(zcall_splice(file_, &off, p_.fd[1], nullptr, 64, 0)), 0u) << "end of file";
}

TEST_F(pipe_splice, without_an_offset_uses_and_advances_the_file_position) {
  ASSERT_EQ(pwrite(file_, "abcdefgh", 8, 0), 8);
  ASSERT_EQ(lseek(file_, 2, SEEK_SET), 2);
  EXPECT_EQ(T_EXPECT_OK(zcall_splice(file_, nullptr, p_.fd[1], nullptr, 3, 0)), 3u);
  EXPECT_EQ(position(file_), 5);
  EXPECT_EQ(drain(p_.fd[0]), "cde");
}

TEST_F(pipe_splice, moves_bytes_from_one_pipe_to_another_and_consumes_them) {
  t_pair q;
  ASSERT_EQ(pipe2(q.fd, O_NONBLOCK), 0);
  ASSERT_EQ(write(p_.fd[1], "abcdef", 6), 6);
  EXPECT_EQ(T_EXPECT_OK(zcall_splice(p_.fd[0], nullptr, q.fd[1], nullptr, 4, 0)), 4u);
  EXPECT_EQ(drain(q.fd[0]), "abcd");
  EXPECT_EQ(drain(p_.fd[0]), "ef");
}

TEST_F(pipe_splice, fails_with_einval_between_two_files_and_espipe_for_an_offset_on_a_pipe) {
  t_fd other(::memfd_create("zcall-pipe-other", MFD_CLOEXEC));
  ASSERT_GE(other.get(), 0);
  ASSERT_EQ(pwrite(file_, "data", 4, 0), 4);
  std::int64_t off = 0;
  T_EXPECT_ERR(zcall_splice(file_, &off, other.get(), nullptr, 4, 0), EINVAL);  // neither is a pipe
  T_EXPECT_ERR(zcall_splice(file_, nullptr, other.get(), nullptr, 4, 0), EINVAL);
  ASSERT_EQ(write(p_.fd[1], "x", 1), 1);
  T_EXPECT_ERR(zcall_splice(p_.fd[0], &off, file_, nullptr, 1, 0), ESPIPE);         // an offset on the pipe side
  T_EXPECT_ERR(zcall_splice(p_.fd[0], nullptr, file_, nullptr, 1, 0x100), EINVAL);  // unknown flag
  T_EXPECT_ERR(zcall_splice(p_.fd[1], nullptr, file_, nullptr, 1, 0), EBADF);       // the write end, for reading
  T_EXPECT_ERR(zcall_splice(closed_fd(), nullptr, p_.fd[1], nullptr, 1, 0), EBADF);
  T_EXPECT_ERR(zcall_splice(file_, static_cast<std::int64_t*>(const_cast<void*>(unmapped)), p_.fd[1], nullptr, 1, 0),
               EFAULT);
}

TEST(pipe_splice_nonblock, fails_with_eagain_on_an_empty_pipe_with_a_writer_and_returns_0_without_one) {
  t_pair in, out;
  ASSERT_EQ(pipe(in.fd), 0);  // blocking: only the flag makes the call return
  ASSERT_EQ(pipe(out.fd), 0);
  T_EXPECT_ERR(zcall_splice(in.fd[0], nullptr, out.fd[1], nullptr, 16, ZCALL_SPLICE_F_NONBLOCK), EAGAIN);
  close(std::exchange(in.fd[1], -1));
  EXPECT_EQ(T_EXPECT_OK(zcall_splice(in.fd[0], nullptr, out.fd[1], nullptr, 16, ZCALL_SPLICE_F_NONBLOCK)), 0u)
      << "no writer left: end of file";
}

// --- tee ---------------------------------------------------------------------------------------

TEST(pipe_tee, duplicates_pipe_data_into_another_pipe_without_consuming_it) {
  t_pair a, b;
  ASSERT_EQ(pipe2(a.fd, O_NONBLOCK), 0);
  ASSERT_EQ(pipe2(b.fd, O_NONBLOCK), 0);
  ASSERT_EQ(write(a.fd[1], "abcdef", 6), 6);
  EXPECT_EQ(T_EXPECT_OK(zcall_tee(a.fd[0], b.fd[1], 64, 0)), 6u);
  EXPECT_EQ(drain(b.fd[0]), "abcdef");
  EXPECT_EQ(T_EXPECT_OK(zcall_tee(a.fd[0], b.fd[1], 3, 0)), 3u) << "no more than len";
  EXPECT_EQ(drain(b.fd[0]), "abc");
  EXPECT_EQ(drain(a.fd[0]), "abcdef") << "the first pipe still holds everything";
}

TEST(pipe_tee, fails_with_einval_when_a_side_is_not_a_pipe_and_eagain_on_an_empty_pipe) {
  t_pair a, b;
  ASSERT_EQ(pipe(a.fd), 0);
  ASSERT_EQ(pipe(b.fd), 0);
  t_fd efd(::eventfd(0, EFD_CLOEXEC));
  ASSERT_GE(efd.get(), 0);
  T_EXPECT_ERR(zcall_tee(a.fd[0], efd.get(), 16, 0), EINVAL);
  T_EXPECT_ERR(zcall_tee(efd.get(), b.fd[1], 16, 0), EINVAL);
  T_EXPECT_ERR(zcall_tee(a.fd[0], a.fd[1], 16, 0), EINVAL);  // the same pipe
  T_EXPECT_ERR(zcall_tee(a.fd[0], b.fd[1], 16, 0x100), EINVAL);
  T_EXPECT_ERR(zcall_tee(a.fd[0], b.fd[1], 16, ZCALL_SPLICE_F_NONBLOCK), EAGAIN);  // empty, with a writer
  T_EXPECT_ERR(zcall_tee(closed_fd(), b.fd[1], 16, 0), EBADF);
}

// --- vmsplice ----------------------------------------------------------------------------------

TEST(pipe_vmsplice, moves_user_memory_into_a_pipe_in_order) {
  t_pair p;
  ASSERT_EQ(pipe2(p.fd, O_NONBLOCK), 0);
  char a[] = "zero-", b[] = "copy";
  const zcall_iovec iov[] = {{a, 5}, {b, 4}};
  EXPECT_EQ(T_EXPECT_OK(zcall_vmsplice(p.fd[1], iov, 2, 0)), 9u);
  EXPECT_EQ(drain(p.fd[0]), "zero-copy");
}

TEST(pipe_vmsplice, on_the_read_end_fills_user_memory_from_the_pipe) {
  t_pair p;
  ASSERT_EQ(pipe2(p.fd, O_NONBLOCK), 0);
  ASSERT_EQ(write(p.fd[1], "abcdefg", 7), 7);
  char x[2] = {}, y[4] = {};
  const zcall_iovec iov[] = {{x, sizeof x}, {y, sizeof y}};
  EXPECT_EQ(T_EXPECT_OK(zcall_vmsplice(p.fd[0], iov, 2, 0)), 6u);
  EXPECT_EQ(std::string(x, 2), "ab");
  EXPECT_EQ(std::string(y, 4), "cdef");
  EXPECT_EQ(drain(p.fd[0]), "g");
}

TEST(pipe_vmsplice, fails_with_ebadf_on_a_bad_or_non_pipe_descriptor_and_einval_on_bad_flags_or_counts) {
  t_pair p;
  ASSERT_EQ(pipe2(p.fd, O_NONBLOCK), 0);
  char a[] = "x";
  const zcall_iovec iov[] = {{a, 1}};
  T_EXPECT_ERR(zcall_vmsplice(-1, iov, 1, 0), EBADF);
  T_EXPECT_ERR(zcall_vmsplice(closed_fd(), iov, 1, 0), EBADF);
  t_fd efd(::eventfd(0, EFD_CLOEXEC));
  ASSERT_GE(efd.get(), 0);
  T_EXPECT_ERR(zcall_vmsplice(efd.get(), iov, 1, 0), EBADF);  // not a pipe
  T_EXPECT_ERR(zcall_vmsplice(p.fd[1], iov, 1, 0x100), EINVAL);
  T_EXPECT_ERR(zcall_vmsplice(p.fd[1], iov, ZCALL_UIO_MAXIOV + 1, 0), EINVAL);
  T_EXPECT_ERR(zcall_vmsplice(p.fd[1], static_cast<const zcall_iovec*>(unmapped), 1, 0), EFAULT);
}

TEST(pipe_vmsplice, fails_with_eagain_on_a_full_pipe_with_splice_f_nonblock) {
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);  // blocking: only the flag makes the call return
  const long page = sysconf(_SC_PAGESIZE);
  ASSERT_EQ(fcntl(p.fd[1], F_SETPIPE_SZ, static_cast<int>(page)), page);
  std::string fill(static_cast<std::size_t>(page), 'f');
  ASSERT_EQ(write(p.fd[1], fill.data(), fill.size()), page);
  char a[] = "x";
  const zcall_iovec iov[] = {{a, 1}};
  T_EXPECT_ERR(zcall_vmsplice(p.fd[1], iov, 1, ZCALL_SPLICE_F_NONBLOCK), EAGAIN);
}

// --- C++ ---------------------------------------------------------------------------------------

TEST(cpp_pipe, vmsplice_tee_and_splice_take_spans_and_give_results) {
  t_pair a, b;
  ASSERT_FALSE(zcall::pipe2(a.fd, zcall::o::NONBLOCK));
  ASSERT_FALSE(zcall::pipe2(b.fd, zcall::o::NONBLOCK));
  char hello[] = "hello";
  const std::array<zcall::iovec, 1> iov = {{{hello, 5}}};
  auto [moved, vmsplice_err] = zcall::vmsplice(a.fd[1], iov);
  ASSERT_FALSE(vmsplice_err) << vmsplice_err.name();
  EXPECT_EQ(moved, 5u);
  auto [copied, tee_err] = zcall::tee(a.fd[0], b.fd[1], 64);
  ASSERT_FALSE(tee_err) << tee_err.name();
  EXPECT_EQ(copied, 5u);
  auto [spliced, splice_err] = zcall::splice(b.fd[0], nullptr, a.fd[1], nullptr, 64, zcall::splice_f::NONBLOCK);
  ASSERT_FALSE(splice_err) << splice_err.name();
  EXPECT_EQ(spliced, 5u);

  std::array<std::byte, 16> buf{};
  auto [got, read_err] = zcall::read(a.fd[0], buf);
  ASSERT_FALSE(read_err) << read_err.name();
  ASSERT_EQ(got, 10u);
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(buf.data()), got), "hellohello");

  EXPECT_EQ(zcall::splice(a.fd[0], nullptr, b.fd[1], nullptr, 64, zcall::splice_f::NONBLOCK).err, zcall::Errno::AGAIN);
  EXPECT_EQ(zcall::tee(a.fd[0], a.fd[1], 64).err, zcall::Errno::INVAL);
  EXPECT_EQ(zcall::vmsplice(-1, iov).err, zcall::Errno::BADF);
}

}  // namespace
