// SPDX-License-Identifier: MIT
// mmap and munmap.
#include <sys/mman.h>

#include "helpers.hpp"

namespace {

const std::size_t page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));

bool mapped(void* addr) { return msync(addr, page, MS_ASYNC) == 0; }

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

TEST(cpp_mem, mmap_returns_a_pointer) {
  auto [addr, err] =
      zcall::mmap(nullptr, page, zcall::prot::READ | zcall::prot::WRITE, zcall::map::PRIVATE | zcall::map::ANONYMOUS);
  ASSERT_FALSE(err) << err.name();
  static_cast<char*>(addr)[0] = 1;
  EXPECT_FALSE(zcall::munmap(addr, page));
  EXPECT_EQ(zcall::mmap(nullptr, 0, zcall::prot::READ, zcall::map::PRIVATE | zcall::map::ANONYMOUS).err,
            zcall::Errno::INVAL);
}

}  // namespace
