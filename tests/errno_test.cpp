// SPDX-License-Identifier: MIT
// Error numbers: names and messages against the C library, and the C++ Errno type.
#include <cerrno>
#include <cstring>
#include <system_error>

#include "helpers.hpp"

namespace {

// glibc's own table is the independent source: its names (strerrorname_np,
// glibc 2.32) and its messages (strerror) for every number.
TEST(errno_names, match_the_c_library_for_every_number) {
  for (std::uintptr_t e = 1; e <= 4096; e++) {
    const char* ours = zcall_errname(e);
    const char* libc = strerrorname_np(static_cast<int>(e));
    SCOPED_TRACE(e);
    if (libc == nullptr)
      EXPECT_EQ(ours, nullptr) << ours;
    else
      EXPECT_STREQ(ours, libc);
  }
  EXPECT_EQ(zcall_errname(0), nullptr);
  EXPECT_EQ(zcall_errname(~std::uintptr_t{0}), nullptr);
}

TEST(errno_messages, match_the_c_library_for_every_defined_number) {
  int defined = 0;
  for (std::uintptr_t e = 1; e <= 4096; e++) {
    SCOPED_TRACE(e);
    if (strerrorname_np(static_cast<int>(e)) == nullptr) {
      EXPECT_EQ(zcall_strerror(e), nullptr);
      continue;
    }
    defined++;
    EXPECT_STREQ(zcall_strerror(e), strerror(static_cast<int>(e)));
  }
  EXPECT_EQ(defined, 131);  // 1..133 less the two numbers Linux leaves unused (41, 58)
  EXPECT_STREQ(zcall_strerror(0), "Success");
}

TEST(cpp_errno, names_messages_and_predicates) {
  zcall::Errno again = zcall::Errno::AGAIN;
  EXPECT_TRUE(again);
  EXPECT_FALSE(zcall::Errno{});
  EXPECT_EQ(again.value(), static_cast<std::uintptr_t>(EAGAIN));
  EXPECT_EQ(again.name(), "EAGAIN");
  EXPECT_EQ(again.message(), strerror(EAGAIN));
  EXPECT_EQ(zcall::Errno{9999}.name(), "");
  EXPECT_EQ(zcall::Errno{9999}.message(), "Unknown error");

  EXPECT_EQ(zcall::Errno::WOULDBLOCK, zcall::Errno::AGAIN);
  EXPECT_EQ(zcall::Errno::DEADLOCK, zcall::Errno::DEADLK);
  EXPECT_EQ(zcall::Errno::NOTSUP, zcall::Errno::OPNOTSUPP);
  EXPECT_EQ(zcall::Errno::TOOBIG.value(), static_cast<std::uintptr_t>(E2BIG));

  for (auto e : {zcall::Errno::AGAIN, zcall::Errno::INTR, zcall::Errno::INPROGRESS})
    EXPECT_TRUE(e.temporary()) << e.name();
  for (auto e : {zcall::Errno::TIMEDOUT, zcall::Errno::BADF, zcall::Errno{}}) EXPECT_FALSE(e.temporary()) << e.name();
  for (auto e : {zcall::Errno::AGAIN, zcall::Errno::TIMEDOUT}) EXPECT_TRUE(e.timeout()) << e.name();
  for (auto e : {zcall::Errno::INTR, zcall::Errno::INPROGRESS, zcall::Errno{}}) EXPECT_FALSE(e.timeout()) << e.name();
}

TEST(cpp_errno, converts_to_std_error_code) {
  std::error_code ec = zcall::Errno::AGAIN;
  EXPECT_EQ(ec, std::errc::resource_unavailable_try_again);
  EXPECT_EQ(ec.message(), std::generic_category().message(EAGAIN));
  EXPECT_EQ(std::error_code(zcall::close(-1)), std::errc::bad_file_descriptor);
}

TEST(cpp_result, is_an_aggregate_with_zcall_ret_layout) {
  static_assert(sizeof(zcall::Result<std::uintptr_t>) == sizeof(zcall_ret));
  static_assert(offsetof(zcall::Result<std::uintptr_t>, err) == offsetof(zcall_ret, err));
  auto [n, err] = zcall::write(-1, "x", 1);
  EXPECT_EQ(n, ~std::size_t{0});
  EXPECT_EQ(err, zcall::Errno::BADF);
}

}  // namespace
