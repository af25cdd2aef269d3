// SPDX-License-Identifier: MIT
// Memory: mmap, munmap, madvise, memfd_create, mlock, munlock, mprotect, mremap.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <csignal>
#include <fstream>
#include <sstream>
#include <string>

#include "helpers.hpp"

namespace {

const std::size_t page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));

bool mapped(void* addr) { return msync(addr, page, MS_ASYNC) == 0; }

// Private anonymous read-write pages, mapped with the C library (the setup is not what is under test).
char* map_pages(std::size_t n) {
  void* p = mmap(nullptr, n * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  return p == MAP_FAILED ? nullptr : static_cast<char*>(p);
}

// An address at which nothing is mapped: a page that was mapped and then unmapped.
char* unmapped_page() {
  char* p = map_pages(1);
  if (p) munmap(p, page);
  return p;
}

bool all_bytes_are(const char* p, std::size_t n, char c) {
  return std::all_of(p, p + n, [c](char x) { return x == c; });
}

// Where /proc/self/fd/<fd> points.
std::string fd_link(int fd) {
  char buf[512];
  ssize_t n = readlink(("/proc/self/fd/" + std::to_string(fd)).c_str(), buf, sizeof buf);
  return n < 0 ? std::string() : std::string(buf, static_cast<std::size_t>(n));
}

// The two-letter VmFlags of the mapping that holds addr, from /proc/self/smaps ("rd wr mr mw me ac lo ...").
std::string vm_flags(const void* addr) {
  const auto a = reinterpret_cast<std::uintptr_t>(addr);
  std::ifstream smaps("/proc/self/smaps");
  std::string line;
  bool inside = false;
  while (std::getline(smaps, line)) {
    const std::size_t dash = line.find('-'), space = line.find(' ');
    if (dash != std::string::npos && space != std::string::npos && dash < space &&
        line.find_first_not_of("0123456789abcdef-") == space) {  // "start-end perms offset dev inode path"
      const auto lo = std::stoull(line.substr(0, dash), nullptr, 16);
      const auto hi = std::stoull(line.substr(dash + 1, space - dash - 1), nullptr, 16);
      inside = lo <= a && a < hi;
    } else if (inside && line.rfind("VmFlags:", 0) == 0) {
      return line.substr(8);
    }
  }
  return {};
}

bool has_vm_flag(const void* addr, const std::string& flag) {
  std::istringstream words(vm_flags(addr));
  std::string w;
  while (words >> w)
    if (w == flag) return true;
  return false;
}

// Forks a child that writes one byte at p and exits 0; returns its wait status (the child is always reaped).
int wait_status_of_a_child_writing(char* p) {
  pid_t pid = fork();
  if (pid == 0) {
    rlimit no_core = {0, 0};
    setrlimit(RLIMIT_CORE, &no_core);  // a SIGSEGV is expected: leave no core file
    *static_cast<volatile char*>(p) = 1;
    _exit(0);
  }
  int status = 0;
  EXPECT_EQ(waitpid(pid, &status, 0), pid);
  return status;
}

TEST(mem_mmap, maps_anonymous_memory_that_munmap_removes) {
  auto addr = reinterpret_cast<void*>(T_EXPECT_OK(zcall_mmap(nullptr, 2 * page, ZCALL_PROT_READ | ZCALL_PROT_WRITE,
                                                             ZCALL_MAP_PRIVATE | ZCALL_MAP_ANONYMOUS, -1, 0)));
  ASSERT_TRUE(mapped(addr));
  static_cast<char*>(addr)[page] = 42;
  EXPECT_EQ(static_cast<char*>(addr)[page], 42);
  EXPECT_EQ(T_EXPECT_OK(zcall_munmap(addr, 2 * page)), 0u);
  EXPECT_FALSE(mapped(addr));
}

TEST(mem_mmap, maps_a_file_at_a_page_offset) {
  t_fd fd(memfd_create("zcall-mem", 0));
  ASSERT_GE(fd.get(), 0);
  ASSERT_EQ(pwrite(fd.get(), "second page", 11, static_cast<off_t>(page)), 11);
  auto addr = reinterpret_cast<char*>(T_EXPECT_OK(
      zcall_mmap(nullptr, page, ZCALL_PROT_READ, ZCALL_MAP_SHARED, fd.get(), static_cast<std::int64_t>(page))));
  EXPECT_EQ(std::string(addr, 11), "second page");
  T_EXPECT_OK(zcall_munmap(addr, page));
}

TEST(mem_mmap, fails_with_einval_ebadf_and_eexist) {
  T_EXPECT_ERR(zcall_mmap(nullptr, 0, ZCALL_PROT_READ, ZCALL_MAP_PRIVATE | ZCALL_MAP_ANONYMOUS, -1, 0), EINVAL);
  T_EXPECT_ERR(zcall_mmap(nullptr, page, ZCALL_PROT_READ, ZCALL_MAP_PRIVATE, -1, 0), EBADF);
  T_EXPECT_ERR(zcall_mmap(nullptr, page, ZCALL_PROT_READ, ZCALL_MAP_SHARED, 0x7fff, 0), EBADF);
  T_SKIP_IF_EMULATED("qemu-user maps elsewhere instead of answering EEXIST for MAP_FIXED_NOREPLACE");
  T_SKIP_IF_VALGRIND("it maps elsewhere instead of answering EEXIST for MAP_FIXED_NOREPLACE");
  void* taken = mmap(nullptr, page, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  ASSERT_NE(taken, MAP_FAILED);
  T_EXPECT_ERR(zcall_mmap(taken, page, ZCALL_PROT_READ,
                          ZCALL_MAP_PRIVATE | ZCALL_MAP_ANONYMOUS | ZCALL_MAP_FIXED_NOREPLACE, -1, 0),
               EEXIST);
  munmap(taken, page);
}

TEST(mem_munmap, fails_with_einval_on_an_unaligned_address) {
  T_EXPECT_ERR(zcall_munmap(reinterpret_cast<void*>(page + 1), page), EINVAL);
}

// --- madvise ---------------------------------------------------------------------

TEST(mem_madvise, dontneed_zeroes_a_written_private_anonymous_page_and_only_that_page) {
  char* p = map_pages(3);
  ASSERT_NE(p, nullptr);
  std::memset(p, 0x5a, 3 * page);
  EXPECT_EQ(T_EXPECT_OK(zcall_madvise(p + page, page, ZCALL_MADV_DONTNEED)), 0u);
  EXPECT_TRUE(all_bytes_are(p, page, 0x5a)) << "the page before the range lost its contents";
  EXPECT_TRUE(all_bytes_are(p + page, page, 0)) << "MADV_DONTNEED left the page's old contents";
  EXPECT_TRUE(all_bytes_are(p + 2 * page, page, 0x5a)) << "the page after the range lost its contents";
  munmap(p, 3 * page);
}

TEST(mem_madvise, fails_with_einval_for_an_unaligned_address) {
  char* p = map_pages(1);
  ASSERT_NE(p, nullptr);
  T_EXPECT_ERR(zcall_madvise(p + 1, page, ZCALL_MADV_DONTNEED), EINVAL);
  munmap(p, page);
}

TEST(mem_madvise, fails_with_einval_for_unknown_advice_and_enomem_when_unmapped) {
  T_SKIP_IF_EMULATED("qemu-user answers 0 for advice it does not know and for unmapped ranges");
  char* p = map_pages(1);
  ASSERT_NE(p, nullptr);
  T_EXPECT_ERR(zcall_madvise(p, page, 12345), EINVAL);
  munmap(p, page);
  char* hole = unmapped_page();
  ASSERT_NE(hole, nullptr);
  T_EXPECT_ERR(zcall_madvise(hole, page, ZCALL_MADV_DONTNEED), ENOMEM);
}

// --- memfd_create -------------------------------------------------------------------

TEST(mem_memfd_create, makes_a_file_that_proc_names_memfd_colon_name_deleted) {
  t_fd fd(static_cast<int>(T_EXPECT_OK(zcall_memfd_create("zcall-memfd", 0))));
  ASSERT_GE(fd.get(), 0);
  EXPECT_EQ(fd_link(fd.get()), "/memfd:zcall-memfd (deleted)");
  ASSERT_EQ(pwrite(fd.get(), "data", 4, 0), 4);
  char buf[4] = {};
  ASSERT_EQ(pread(fd.get(), buf, 4, 0), 4);
  EXPECT_EQ(std::string(buf, 4), "data");
}

TEST(mem_memfd_create, cloexec_flag_sets_fd_cloexec) {
  t_fd with(static_cast<int>(T_EXPECT_OK(zcall_memfd_create("zcall-cloexec", ZCALL_MFD_CLOEXEC))));
  t_fd without(static_cast<int>(T_EXPECT_OK(zcall_memfd_create("zcall-inherit", 0))));
  ASSERT_GE(with.get(), 0);
  ASSERT_GE(without.get(), 0);
  EXPECT_EQ(fcntl(with.get(), F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
  EXPECT_EQ(fcntl(without.get(), F_GETFD) & FD_CLOEXEC, 0);
}

TEST(mem_memfd_create, allow_sealing_lets_a_write_seal_make_writes_fail_with_eperm) {
  t_fd fd(static_cast<int>(T_EXPECT_OK(zcall_memfd_create("zcall-sealed", ZCALL_MFD_ALLOW_SEALING))));
  ASSERT_GE(fd.get(), 0);
  EXPECT_EQ(T_EXPECT_OK(zcall_write(fd.get(), "before", 6)), 6u);
  EXPECT_EQ(T_EXPECT_OK(zcall_fcntl(fd.get(), ZCALL_F_ADD_SEALS, ZCALL_F_SEAL_WRITE)), 0u);
  EXPECT_EQ(T_EXPECT_OK(zcall_fcntl(fd.get(), ZCALL_F_GET_SEALS, 0)) & ZCALL_F_SEAL_WRITE,
            std::uintptr_t{ZCALL_F_SEAL_WRITE});
  T_EXPECT_ERR(zcall_write(fd.get(), "after", 5), EPERM);
  char buf[6] = {};
  ASSERT_EQ(pread(fd.get(), buf, 6, 0), 6);
  EXPECT_EQ(std::string(buf, 6), "before");
}

TEST(mem_memfd_create, without_allow_sealing_refuses_seals_with_eperm) {
  t_fd fd(static_cast<int>(T_EXPECT_OK(zcall_memfd_create("zcall-unsealable", 0))));
  ASSERT_GE(fd.get(), 0);
  T_EXPECT_ERR(zcall_fcntl(fd.get(), ZCALL_F_ADD_SEALS, ZCALL_F_SEAL_WRITE), EPERM);
}

TEST(mem_memfd_create, accepts_a_249_byte_name_and_fails_with_einval_for_250) {
  const std::string longest(249, 'n');
  t_fd fd(static_cast<int>(T_EXPECT_OK(zcall_memfd_create(longest.c_str(), ZCALL_MFD_CLOEXEC))));
  ASSERT_GE(fd.get(), 0);
  EXPECT_EQ(fd_link(fd.get()), "/memfd:" + longest + " (deleted)");
  T_EXPECT_ERR(zcall_memfd_create(std::string(250, 'n').c_str(), ZCALL_MFD_CLOEXEC), EINVAL);
}

TEST(mem_memfd_create, fails_with_einval_for_unknown_flags_and_efault_for_a_bad_name) {
  T_EXPECT_ERR(zcall_memfd_create("zcall-bad-flags", 0x100), EINVAL);
  T_EXPECT_ERR(zcall_memfd_create(nullptr, 0), EFAULT);
}

// --- mlock and munlock ----------------------------------------------------------------

TEST(mem_mlock, locks_a_page_that_munlock_unlocks) {
  char* p = map_pages(1);
  ASSERT_NE(p, nullptr);
  zcall_ret r = zcall_mlock(p, page);
  if (r.err == ENOMEM || r.err == EPERM) {
    rlimit lim = {};
    getrlimit(RLIMIT_MEMLOCK, &lim);
    munmap(p, page);
    GTEST_SKIP() << "mlock of one page refused with " << zcall_errname(r.err) << ": RLIMIT_MEMLOCK is " << lim.rlim_cur
                 << " bytes and this process may not lock more";
  }
  EXPECT_EQ(T_EXPECT_OK(r), 0u);
  EXPECT_TRUE(has_vm_flag(p, "lo")) << "VmFlags after mlock:" << vm_flags(p);
  EXPECT_EQ(T_EXPECT_OK(zcall_munlock(p, page)), 0u);
  EXPECT_FALSE(has_vm_flag(p, "lo")) << "VmFlags after munlock:" << vm_flags(p);
  munmap(p, page);
}

TEST(mem_mlock, fails_with_enomem_for_an_unmapped_range) {
  char* hole = unmapped_page();
  ASSERT_NE(hole, nullptr);
  T_EXPECT_ERR(zcall_mlock(hole, page), ENOMEM);
}

TEST(mem_munlock, fails_with_enomem_for_an_unmapped_range) {
  char* hole = unmapped_page();
  ASSERT_NE(hole, nullptr);
  T_EXPECT_ERR(zcall_munlock(hole, page), ENOMEM);
}

// --- mprotect -------------------------------------------------------------------------

TEST(mem_mprotect, read_only_page_kills_a_writer_with_sigsegv) {
  T_SKIP_IF_TSAN("its SIGSEGV handler reports the fault instead of letting it kill");
  char* p = map_pages(1);
  ASSERT_NE(p, nullptr);
  p[0] = 7;
  int before = wait_status_of_a_child_writing(p);
  EXPECT_TRUE(WIFEXITED(before) && WEXITSTATUS(before) == 0) << "a write before mprotect failed: status " << before;

  EXPECT_EQ(T_EXPECT_OK(zcall_mprotect(p, page, ZCALL_PROT_READ)), 0u);
  EXPECT_EQ(*static_cast<volatile char*>(p), 7);
  int status = wait_status_of_a_child_writing(p);
  EXPECT_TRUE(WIFSIGNALED(status)) << "status " << status;
  EXPECT_EQ(WTERMSIG(status), SIGSEGV);

  EXPECT_EQ(T_EXPECT_OK(zcall_mprotect(p, page, ZCALL_PROT_READ | ZCALL_PROT_WRITE)), 0u);
  int after = wait_status_of_a_child_writing(p);
  EXPECT_TRUE(WIFEXITED(after) && WEXITSTATUS(after) == 0) << "a write after restoring PROT_WRITE failed: " << after;
  munmap(p, page);
}

TEST(mem_mprotect, fails_with_einval_for_an_unaligned_address_and_enomem_when_unmapped) {
  char* p = map_pages(1);
  ASSERT_NE(p, nullptr);
  T_EXPECT_ERR(zcall_mprotect(p + 1, page, ZCALL_PROT_READ), EINVAL);
  munmap(p, page);
  char* hole = unmapped_page();
  ASSERT_NE(hole, nullptr);
  T_EXPECT_ERR(zcall_mprotect(hole, page, ZCALL_PROT_READ), ENOMEM);
}

// --- mremap ---------------------------------------------------------------------------

// One read-write page followed by a page that belongs to another mapping (PROT_NONE splits it off),
// so the first cannot grow in place.
struct page_before_a_taken_page {
  char* p = map_pages(2);
  char* taken = p ? p + page : nullptr;
  page_before_a_taken_page() {
    if (p && mprotect(taken, page, PROT_NONE) != 0) p = nullptr;
  }
  ~page_before_a_taken_page() {
    if (taken) munmap(taken, page);
  }
};

TEST(mem_mremap, maymove_grows_a_mapping_elsewhere_and_keeps_its_contents) {
  page_before_a_taken_page m;
  ASSERT_NE(m.p, nullptr);
  for (std::size_t i = 0; i < page; i++) m.p[i] = static_cast<char>(i * 7);
  auto q = reinterpret_cast<char*>(T_EXPECT_OK(zcall_mremap(m.p, page, 3 * page, ZCALL_MREMAP_MAYMOVE, nullptr)));
  ASSERT_NE(reinterpret_cast<std::uintptr_t>(q), ~std::uintptr_t{0});
  EXPECT_NE(q, m.p) << "the mapping cannot have grown in place";
  bool same = true;
  for (std::size_t i = 0; i < page; i++) same = same && q[i] == static_cast<char>(i * 7);
  EXPECT_TRUE(same) << "the first page changed in the move";
  EXPECT_TRUE(all_bytes_are(q + page, 2 * page, 0));
  q[3 * page - 1] = 1;  // the new pages are writable
  EXPECT_FALSE(mapped(m.p)) << "the old address is still mapped";
  EXPECT_TRUE(mapped(m.taken));
  munmap(q, 3 * page);
}

TEST(mem_mremap, without_maymove_fails_with_enomem_when_the_next_page_is_taken) {
  page_before_a_taken_page m;
  ASSERT_NE(m.p, nullptr);
  m.p[0] = 9;
  T_EXPECT_ERR(zcall_mremap(m.p, page, 2 * page, 0, nullptr), ENOMEM);
  EXPECT_TRUE(mapped(m.p));
  EXPECT_EQ(m.p[0], 9);
  munmap(m.p, page);
}

TEST(mem_mremap, shrinks_in_place_and_unmaps_the_tail) {
  char* p = map_pages(2);
  ASSERT_NE(p, nullptr);
  p[0] = 3;
  EXPECT_EQ(reinterpret_cast<char*>(T_EXPECT_OK(zcall_mremap(p, 2 * page, page, 0, nullptr))), p);
  EXPECT_EQ(p[0], 3);
  EXPECT_FALSE(mapped(p + page));
  munmap(p, page);
}

TEST(mem_mremap, fails_with_einval_for_unknown_flags_fixed_without_maymove_and_unaligned_addresses) {
  char* p = map_pages(2);
  ASSERT_NE(p, nullptr);
  T_EXPECT_ERR(zcall_mremap(p, page, 2 * page, 0x40000000, nullptr), EINVAL);
  T_EXPECT_ERR(zcall_mremap(p, page, page, ZCALL_MREMAP_FIXED, p + page), EINVAL);
  T_EXPECT_ERR(zcall_mremap(p + 1, page, 2 * page, ZCALL_MREMAP_MAYMOVE, nullptr), EINVAL);
  EXPECT_TRUE(mapped(p));
  munmap(p, 2 * page);
}

// --- C++ ------------------------------------------------------------------------------

TEST(cpp_mem, mmap_returns_a_pointer) {
  auto [addr, err] =
      zcall::mmap(nullptr, page, zcall::prot::READ | zcall::prot::WRITE, zcall::map::PRIVATE | zcall::map::ANONYMOUS);
  ASSERT_FALSE(err) << err.name();
  static_cast<char*>(addr)[0] = 1;
  EXPECT_FALSE(zcall::munmap(addr, page));
  EXPECT_EQ(zcall::mmap(nullptr, 0, zcall::prot::READ, zcall::map::PRIVATE | zcall::map::ANONYMOUS).err,
            zcall::Errno::INVAL);
}

TEST(cpp_mem, memfd_create_mremap_madvise_mprotect_and_mlock_return_results) {
  auto [fd, err] = zcall::memfd_create("zcall-cpp", zcall::mfd::CLOEXEC | zcall::mfd::ALLOW_SEALING);
  ASSERT_FALSE(err) << err.name();
  t_fd owner(fd);
  EXPECT_EQ(fd_link(fd), "/memfd:zcall-cpp (deleted)");
  auto [seals, serr] = zcall::fcntl(fd, zcall::f::ADD_SEALS, zcall::f::SEAL_WRITE);
  EXPECT_FALSE(serr) << serr.name();
  EXPECT_EQ(seals, 0u);
  EXPECT_EQ(zcall::write(fd, "x", 1).err, zcall::Errno::PERM);
  EXPECT_EQ(zcall::memfd_create("zcall-cpp", 0x100).err, zcall::Errno::INVAL);

  auto [addr, merr] =
      zcall::mmap(nullptr, page, zcall::prot::READ | zcall::prot::WRITE, zcall::map::PRIVATE | zcall::map::ANONYMOUS);
  ASSERT_FALSE(merr) << merr.name();
  static_cast<char*>(addr)[0] = 1;
  auto [grown, rerr] = zcall::mremap(addr, page, 2 * page, zcall::mremap_flags::MAYMOVE);
  ASSERT_FALSE(rerr) << rerr.name();
  char* p = static_cast<char*>(grown);
  EXPECT_EQ(p[0], 1);
  EXPECT_EQ(zcall::mremap(p, 2 * page, page, 0x40000000).err, zcall::Errno::INVAL);

  EXPECT_FALSE(zcall::madvise(p, page, zcall::madv::DONTNEED));
  EXPECT_EQ(p[0], 0);
  EXPECT_EQ(zcall::madvise(p + 1, page, zcall::madv::DONTNEED), zcall::Errno::INVAL);

  EXPECT_FALSE(zcall::mprotect(p, 2 * page, zcall::prot::READ));
  EXPECT_EQ(zcall::mprotect(p + 1, page, zcall::prot::READ), zcall::Errno::INVAL);

  if (zcall::Errno lerr = zcall::mlock(p, page); !lerr) {
    EXPECT_TRUE(has_vm_flag(p, "lo"));
    EXPECT_FALSE(zcall::munlock(p, page));
  } else {
    ADD_FAILURE() << "zcall::mlock: " << lerr.name() << " (see mem_mlock.locks_a_page_that_munlock_unlocks)";
  }
  EXPECT_FALSE(zcall::munmap(p, 2 * page));
  EXPECT_EQ(zcall::mlock(p, page), zcall::Errno::NOMEM);
}

}  // namespace
