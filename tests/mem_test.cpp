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

// The offset is a whole word: above 4 GiB, a wrapper that passed only its low 32 bits would map the page
// those bits name, which holds other bytes here.
TEST(mem_mmap, maps_a_file_at_an_offset_above_4_gib) {
  t_fd fd(memfd_create("zcall-mem", 0));
  ASSERT_GE(fd.get(), 0);
  const auto above = (off_t{1} << 32) + static_cast<off_t>(page);
  ASSERT_EQ(pwrite(fd.get(), "low page", 8, static_cast<off_t>(page)), 8);
  ASSERT_EQ(pwrite(fd.get(), "past 4 GiB", 10, above), 10);  // a sparse file: nothing in between is stored
  auto addr = reinterpret_cast<char*>(T_EXPECT_OK(
      zcall_mmap(nullptr, page, ZCALL_PROT_READ, ZCALL_MAP_SHARED, fd.get(), static_cast<std::int64_t>(above))));
  EXPECT_EQ(std::string(addr, 10), "past 4 GiB");
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

// --- More of memory: msync, mincore, mlock2, mlockall, munlockall, mseal, pkeys, userfaultfd,
// memfd_secret, and the NUMA policies ---------------------------------------------------------

TEST(mem_msync, writes_a_shared_file_mapping_back) {
  t_fd fd(static_cast<int>(zcall_memfd_create("msync", ZCALL_MFD_CLOEXEC).r1));
  ASSERT_EQ(ftruncate(fd.get(), static_cast<off_t>(page)), 0);
  char* p = static_cast<char*>(mmap(nullptr, page, PROT_READ | PROT_WRITE, MAP_SHARED, fd.get(), 0));
  ASSERT_NE(p, MAP_FAILED);
  p[0] = 'm';
  T_EXPECT_OK(zcall_msync(p, page, ZCALL_MS_SYNC));
  T_EXPECT_OK(zcall_msync(p, page, ZCALL_MS_ASYNC | ZCALL_MS_INVALIDATE));
  char back = 0;
  EXPECT_EQ(pread(fd.get(), &back, 1, 0), 1);
  EXPECT_EQ(back, 'm');
  munmap(p, page);
}

TEST(mem_msync, fails_with_einval_for_unaligned_or_conflicting_and_enomem_for_unmapped) {
  char* p = map_pages(1);
  ASSERT_NE(p, nullptr);
  T_EXPECT_ERR(zcall_msync(p + 1, page, ZCALL_MS_SYNC), EINVAL);
  T_EXPECT_ERR(zcall_msync(p, page, ZCALL_MS_SYNC | ZCALL_MS_ASYNC), EINVAL);
  munmap(p, page);
  T_EXPECT_ERR(zcall_msync(p, page, ZCALL_MS_SYNC), ENOMEM);
}

TEST(mem_mincore, marks_a_touched_page_resident_and_refuses_unaligned_or_unmapped_ranges) {
  char* p = static_cast<char*>(map_pages(2));
  ASSERT_NE(p, nullptr);
  p[0] = 1;
  unsigned char vec[2] = {0xff, 0xff};
  T_EXPECT_OK(zcall_mincore(p, 2 * page, vec));
  EXPECT_EQ(vec[0] & 1, 1) << "the touched page is resident";
  T_EXPECT_ERR(zcall_mincore(p + 1, page, vec), EINVAL);
  munmap(p, 2 * page);
  T_EXPECT_ERR(zcall_mincore(p, page, vec), ENOMEM);
}

TEST(mem_mlock2, locks_on_fault_and_refuses_unknown_flags) {
  T_SKIP_WITHOUT_SYSCALL(mlock2, nullptr, 0, 0x100);
  char* p = static_cast<char*>(map_pages(1));
  ASSERT_NE(p, nullptr);
  const zcall_ret locked = zcall_mlock2(p, page, ZCALL_MLOCK_ONFAULT);
  if (locked.err == EPERM || locked.err == ENOMEM) GTEST_SKIP() << "RLIMIT_MEMLOCK leaves no room to lock a page";
  T_EXPECT_OK(locked);
  T_EXPECT_OK(zcall_munlock(p, page));
  T_EXPECT_ERR(zcall_mlock2(p, page, 0x100), EINVAL);
  munmap(p, page);
}

TEST(mem_mlockall, locks_and_unlocks_a_child_s_memory_and_refuses_no_flags) {
  T_IN_CHILD(0, [](t_child& c) {
    c.err(zcall_mlockall(0), EINVAL, "mlockall(0)");
    c.err(zcall_mlockall(0x100), EINVAL, "mlockall of an unknown flag");
    const zcall_ret r = zcall_mlockall(ZCALL_MCL_FUTURE | ZCALL_MCL_ONFAULT);
    if (r.err == EPERM || r.err == ENOMEM) c.skip("RLIMIT_MEMLOCK leaves no room to lock memory");
    c.ok(r, "mlockall");
    c.ok(zcall_munlockall(), "munlockall");
  });
}

TEST(mem_mseal, seals_a_child_s_mapping_against_munmap_and_mprotect) {
  T_IN_CHILD(0, [](t_child& c) {
    char* p = static_cast<char*>(map_pages(2));
    const zcall_ret sealed = zcall_mseal(p, page, 0);
    if (sealed.err == ENOSYS) c.skip("mseal: ENOSYS (Linux 6.10) from " + std::string(t_answerer()));
    c.ok(sealed, "mseal");
    c.err(zcall_munmap(p, page), EPERM, "munmap of a sealed page");
    c.err(zcall_mprotect(p, page, ZCALL_PROT_READ), EPERM, "mprotect of a sealed page");
    c.ok(zcall_munmap(p + page, page), "munmap of the unsealed page beside it");
    c.err(zcall_mseal(p + 1, page, 0), EINVAL, "mseal of an unaligned address");
    c.err(zcall_mseal(p, page, 1), EINVAL, "mseal with flags");
  });
}

TEST(mem_pkey, alloc_tags_pages_with_pkey_mprotect_and_free_releases_the_key) {
  T_SKIP_WITHOUT_SYSCALL(pkey_free, -1);
  const zcall_ret key = zcall_pkey_alloc(0, ZCALL_PKEY_DISABLE_WRITE);
  T_EXPECT_ERR(zcall_pkey_alloc(0x1, 0), EINVAL);
  T_EXPECT_ERR(zcall_pkey_free(15), EINVAL);  // never allocated
  if (key.err == ENOSPC || key.err == EINVAL || key.err == ENOSYS)
    GTEST_SKIP() << "no memory protection keys here (pkey_alloc: " << zcall_errname(key.err) << ")";
  const int k = static_cast<int>(T_EXPECT_OK(key));
  char* p = static_cast<char*>(map_pages(1));
  T_EXPECT_OK(zcall_pkey_mprotect(p, page, ZCALL_PROT_READ | ZCALL_PROT_WRITE, k));
  T_EXPECT_ERR(zcall_pkey_mprotect(p, page, ZCALL_PROT_READ, 15), EINVAL);
  T_EXPECT_OK(zcall_pkey_mprotect(p, page, ZCALL_PROT_READ | ZCALL_PROT_WRITE, 0));
  T_EXPECT_OK(zcall_pkey_free(k));
  T_EXPECT_ERR(zcall_pkey_free(k), EINVAL);
  munmap(p, page);
}

TEST(mem_userfaultfd, gives_a_descriptor_and_refuses_unknown_flags) {
  T_SKIP_WITHOUT_SYSCALL(userfaultfd, 0x2);
  T_EXPECT_ERR(zcall_userfaultfd(0x2), EINVAL);
  const zcall_ret r = zcall_userfaultfd(ZCALL_O_CLOEXEC | ZCALL_UFFD_USER_MODE_ONLY);
  if (r.err == EPERM) GTEST_SKIP() << "userfaultfd is for privileged users here (vm.unprivileged_userfaultfd)";
  t_fd fd(static_cast<int>(T_EXPECT_OK(r)));
  EXPECT_GE(fd.get(), 0);
  EXPECT_EQ(fcntl(fd.get(), F_GETFD), FD_CLOEXEC);
}

#if defined(ZCALL_SYS_memfd_secret)
TEST(mem_memfd_secret, gives_a_descriptor_to_map_or_enosys_and_refuses_unknown_flags) {
  const zcall_ret r = zcall_memfd_secret(ZCALL_O_CLOEXEC);
  if (r.err == ENOSYS)
    GTEST_SKIP() << "memfd_secret: ENOSYS from " << t_answerer() << ", which was built without it or lacks it";
  t_fd fd(static_cast<int>(T_EXPECT_OK(r)));
  ASSERT_EQ(ftruncate(fd.get(), static_cast<off_t>(page)), 0);
  char* p = static_cast<char*>(mmap(nullptr, page, PROT_READ | PROT_WRITE, MAP_SHARED, fd.get(), 0));
  ASSERT_NE(p, MAP_FAILED);
  p[0] = 's';
  EXPECT_EQ(p[0], 's');
  munmap(p, page);
  T_EXPECT_ERR(zcall_memfd_secret(0x1234), EINVAL);
}
#endif

TEST(mem_mempolicy, get_gives_the_default_policy_and_mbind_and_set_take_it) {
  int mode = -1;
  const zcall_ret got = zcall_get_mempolicy(&mode, nullptr, 0, nullptr, 0);
  if (got.err == ENOSYS) GTEST_SKIP() << "get_mempolicy: ENOSYS from " << t_answerer() << " (no NUMA)";
  T_EXPECT_OK(got);
  EXPECT_GE(mode, ZCALL_MPOL_DEFAULT);
  T_EXPECT_ERR(zcall_get_mempolicy(&mode, nullptr, 0, nullptr, 0x40), EINVAL);
  char* p = static_cast<char*>(map_pages(1));
  T_EXPECT_OK(zcall_mbind(p, page, ZCALL_MPOL_DEFAULT, nullptr, 0, 0));
  T_EXPECT_ERR(zcall_mbind(p, page, 99, nullptr, 0, 0), EINVAL);
  munmap(p, page);
  T_IN_CHILD(0, [](t_child& c) {
    c.ok(zcall_set_mempolicy(ZCALL_MPOL_DEFAULT, nullptr, 0), "set_mempolicy");
    c.err(zcall_set_mempolicy(99, nullptr, 0), EINVAL, "set_mempolicy of an unknown mode");
  });
}

}  // namespace
