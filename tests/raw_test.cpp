// SPDX-License-Identifier: MIT
// The raw entry points: which registers the kernel reads, how its result comes back.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>

#include "helpers.hpp"

namespace {

// A number no kernel uses, so that only the seccomp trap ever answers it.
constexpr long fake_nr = 0x3fff;
// Distinct, full-width values: a dropped, swapped or truncated argument shows.
constexpr std::uintptr_t A1 = 0x1111111111111101, A2 = 0x2222222222222202, A3 = 0x3333333333333303,
                         A4 = 0x4444444444444404, A5 = 0x5555555555555505, A6 = 0x6666666666666606;
constexpr std::uintptr_t args[6] = {A1, A2, A3, A4, A5, A6};

void expect_args(const t_trapped& t, int count) {
  EXPECT_EQ(t.nr, static_cast<std::uint64_t>(fake_nr));
  for (int i = 0; i < count; i++) EXPECT_EQ(t.args[i], args[i]) << "argument " << i + 1;
}

struct entry {
  const char* name;
  int arity;
  zcall_ret (*call)();
};

const entry entries[] = {
    {"zcall_syscall4", 4, [] { return zcall_syscall4(fake_nr, A1, A2, A3, A4); }},
    {"zcall_syscall6", 6, [] { return zcall_syscall6(fake_nr, A1, A2, A3, A4, A5, A6); }},
    {"zcall_nr_last0", 0, [] { return zcall_nr_last0(fake_nr); }},
    {"zcall_nr_last1", 1, [] { return zcall_nr_last1(A1, fake_nr); }},
    {"zcall_nr_last2", 2, [] { return zcall_nr_last2(A1, A2, fake_nr); }},
    {"zcall_nr_last3", 3, [] { return zcall_nr_last3(A1, A2, A3, fake_nr); }},
    {"zcall_nr_last4", 4, [] { return zcall_nr_last4(A1, A2, A3, A4, fake_nr); }},
    {"zcall_nr_last5", 5, [] { return zcall_nr_last5(A1, A2, A3, A4, A5, fake_nr); }},
    {"zcall_nr_last6", 6, [] { return zcall_nr_last6(A1, A2, A3, A4, A5, A6, fake_nr); }},
    {"zcall::syscall4", 4,
     [] {
       auto [r1, err] = zcall::syscall4(fake_nr, A1, A2, A3, A4);
       return zcall_ret{r1, err.value()};
     }},
    {"zcall::syscall6", 6,
     [] {
       auto [r1, err] = zcall::syscall6(fake_nr, A1, A2, A3, A4, A5, A6);
       return zcall_ret{r1, err.value()};
     }},
};

TEST(raw_entries, pass_the_number_and_every_argument_to_the_registers_the_kernel_reads) {
  for (const entry& e : entries) {
    SCOPED_TRACE(e.name);
    t_trapped t;
    T_TRAP(fake_nr, 7, e.call, &t);
    expect_args(t, e.arity);
    EXPECT_EQ(t.ret.r1, 7u);
    EXPECT_EQ(t.ret.err, 0u);
  }
}

// The kernel signals an error with a value in [-4095, -1]; everything else is a result.
TEST(raw_entries, split_the_kernel_value_into_result_and_errno_at_minus_4095) {
  const struct {
    long reply;
    std::uintptr_t r1, err;
  } cases[] = {
      {0, 0, 0},
      {0x7fffffffffffffff, 0x7fffffffffffffff, 0},
      {-4096, static_cast<std::uintptr_t>(-4096), 0},  // just outside the error range: a result
      {-4095, ~std::uintptr_t{0}, 4095},
      {-EDOM, ~std::uintptr_t{0}, EDOM},
      {-1, ~std::uintptr_t{0}, 1},
  };
  for (const entry& e : entries) {
    for (const auto& c : cases) {
      SCOPED_TRACE(std::string(e.name) + " given " + std::to_string(c.reply));
      t_trapped t;
      T_TRAP(fake_nr, c.reply, e.call, &t);
      EXPECT_EQ(t.ret.r1, c.r1);
      EXPECT_EQ(t.ret.err, c.err);
    }
  }
}

TEST(raw_entries, call_the_real_kernel_with_0_to_6_arguments) {
  // 0: getpid
  EXPECT_EQ(T_EXPECT_OK(zcall_nr_last0(SYS_getpid)), static_cast<std::uintptr_t>(getpid()));
  EXPECT_EQ(T_EXPECT_OK(zcall_syscall4(SYS_getpid, 0, 0, 0, 0)), static_cast<std::uintptr_t>(getpid()));
  // 1: close of a descriptor that is not open
  T_EXPECT_ERR(zcall_nr_last1(static_cast<std::uintptr_t>(-1), SYS_close), EBADF);
  // 2: pipe2 fills memory we own; 3: write then read it back
  t_pair p;
  T_EXPECT_OK(zcall_nr_last2(reinterpret_cast<std::uintptr_t>(p.fd), 0, SYS_pipe2));
  char out[4] = {};
  EXPECT_EQ(T_EXPECT_OK(zcall_nr_last3(static_cast<std::uintptr_t>(p.fd[1]), reinterpret_cast<std::uintptr_t>("abc"), 3,
                                       SYS_write)),
            3u);
  EXPECT_EQ(T_EXPECT_OK(zcall_syscall4(SYS_read, static_cast<std::uintptr_t>(p.fd[0]),
                                       reinterpret_cast<std::uintptr_t>(out), 3, 0)),
            3u);
  EXPECT_STREQ(out, "abc");
  // 4: pwrite64 / pread64 at an offset; 5: statx; 6: mmap of a file at an offset
  t_fd mem(memfd_create("zcall-raw", 0));
  ASSERT_GE(mem.get(), 0);
  const auto fd = static_cast<std::uintptr_t>(mem.get());
  const long page = sysconf(_SC_PAGESIZE);
  EXPECT_EQ(T_EXPECT_OK(zcall_nr_last4(fd, reinterpret_cast<std::uintptr_t>("zcall"), 5,
                                       static_cast<std::uintptr_t>(page), SYS_pwrite64)),
            5u);
  char back[6] = {};
  EXPECT_EQ(T_EXPECT_OK(zcall_syscall6(SYS_pread64, fd, reinterpret_cast<std::uintptr_t>(back), 5,
                                       static_cast<std::uintptr_t>(page), 0, 0)),
            5u);
  EXPECT_STREQ(back, "zcall");
  struct statx stx = {};
  T_EXPECT_OK(zcall_nr_last5(fd, reinterpret_cast<std::uintptr_t>(""), AT_EMPTY_PATH, STATX_SIZE,
                             reinterpret_cast<std::uintptr_t>(&stx), SYS_statx));
  EXPECT_EQ(stx.stx_size, static_cast<std::uint64_t>(page) + 5);
#if defined(__s390x__)
  // s390x's mmap is old_mmap, which takes one pointer: copy_file_range is the call of six words here, from
  // the file to itself, each argument read (flags must be 0, and a length of 0 would copy nothing).
  std::int64_t from = page, to = 3 * page;
  EXPECT_EQ(T_EXPECT_OK(zcall_nr_last6(fd, reinterpret_cast<std::uintptr_t>(&from), fd,
                                       reinterpret_cast<std::uintptr_t>(&to), 5, 0, SYS_copy_file_range)),
            5u);
  EXPECT_EQ(from, page + 5);
  EXPECT_EQ(to, 3 * page + 5);
  char copied[6] = {};
  EXPECT_EQ(pread(mem.get(), copied, 5, 3 * page), 5);
  EXPECT_STREQ(copied, "zcall");
#else
  std::uintptr_t addr = T_EXPECT_OK(zcall_nr_last6(0, static_cast<std::uintptr_t>(page), PROT_READ, MAP_SHARED, fd,
                                                   static_cast<std::uintptr_t>(page), SYS_mmap));
  ASSERT_NE(addr, ~std::uintptr_t{0});
  EXPECT_EQ(std::memcmp(reinterpret_cast<const void*>(addr), "zcall", 5), 0);
  T_EXPECT_OK(zcall_syscall4(SYS_munmap, addr, static_cast<std::uintptr_t>(page), 0, 0));
#endif
  // The number-first entries and the C++ ones, each argument distinct and read by the kernel.
  EXPECT_EQ(T_EXPECT_OK(zcall_syscall4(SYS_pwrite64, fd, reinterpret_cast<std::uintptr_t>("four"), 4,
                                       static_cast<std::uintptr_t>(2 * page))),
            4u);
#if defined(__s390x__)
  from = 2 * page, to = 4 * page;
  EXPECT_EQ(T_EXPECT_OK(zcall_syscall6(SYS_copy_file_range, fd, reinterpret_cast<std::uintptr_t>(&from), fd,
                                       reinterpret_cast<std::uintptr_t>(&to), 4, 0)),
            4u);
  EXPECT_EQ(to, 4 * page + 4);
  from = 4 * page, to = 5 * page;
  auto [copied_count, err] = zcall::syscall6(zcall::sys::copy_file_range, mem.get(), &from, mem.get(), &to, 4, 0);
  ASSERT_FALSE(err) << err.name();
  EXPECT_EQ(copied_count, 4u);
  char four[5] = {};
  EXPECT_EQ(pread(mem.get(), four, 4, 5 * page), 4);
  EXPECT_STREQ(four, "four");
#else
  addr = T_EXPECT_OK(zcall_syscall6(SYS_mmap, 0, static_cast<std::uintptr_t>(page), PROT_READ, MAP_SHARED, fd,
                                    static_cast<std::uintptr_t>(2 * page)));
  ASSERT_NE(addr, ~std::uintptr_t{0});
  EXPECT_EQ(std::memcmp(reinterpret_cast<const void*>(addr), "four", 4), 0);
  munmap(reinterpret_cast<void*>(addr), static_cast<std::size_t>(page));
  auto [cpp_addr, err] = zcall::syscall6(zcall::sys::mmap, nullptr, page, PROT_READ, MAP_SHARED, mem.get(), 2 * page);
  ASSERT_FALSE(err) << err.name();
  EXPECT_EQ(std::memcmp(reinterpret_cast<const void*>(cpp_addr), "four", 4), 0);
  munmap(reinterpret_cast<void*>(cpp_addr), static_cast<std::size_t>(page));
#endif
}

TEST(raw_entries, return_enosys_for_a_number_past_the_table) {
  T_EXPECT_ERR(zcall_nr_last0(ZCALL_SYS_rseq_slice_yield + 1000), ENOSYS);
  T_EXPECT_ERR(zcall_syscall6(ZCALL_SYS_rseq_slice_yield + 1000, 0, 0, 0, 0, 0, 0), ENOSYS);
  auto [r1, err] = zcall::syscall4(ZCALL_SYS_rseq_slice_yield + 1000);
  EXPECT_EQ(err, zcall::Errno::NOSYS);
  EXPECT_EQ(r1, ~std::uintptr_t{0});
}

TEST(cpp_raw, takes_pointers_integers_and_enums_as_words) {
  int fds[2];
  auto [r1, err] = zcall::syscall4(zcall::sys::pipe2, fds, zcall::o::CLOEXEC);
  ASSERT_FALSE(err) << err.name();
  EXPECT_EQ(r1, 0u);
  t_fd r(fds[0]), w(fds[1]);
  enum class small : unsigned char { three = 3 };
  EXPECT_EQ(zcall::syscall6(zcall::sys::write, w.get(), "xyz", small::three).value, 3u);
}

}  // namespace
