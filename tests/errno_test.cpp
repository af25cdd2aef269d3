// SPDX-License-Identifier: MIT
// Error numbers: names and messages against the C library, and the C++ Errno type.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sstream>
#include <string>
#include <system_error>

#include "helpers.hpp"

namespace {

// ppc64's kernel has an EDEADLOCK of its own, 58 (arch/powerpc/include/uapi/asm/errno.h), which glibc's
// <errno.h> defines but its tables neither name nor describe: zcall says what the kernel says.
#if defined(__powerpc64__)
constexpr std::uintptr_t kernel_only = 58;
#elif defined(__mips64)
constexpr std::uintptr_t kernel_only = 56;
#else
constexpr std::uintptr_t kernel_only = 0;
#endif

// The other numbers glibc neither names nor describes: mips64's EINIT and EREMDEV, with the texts
// arch/mips/include/uapi/asm/errno.h gives them ({name, message}).
const char* const* kernel_extra(std::uintptr_t e) {
#if defined(__mips64)
  static const char* const einit[] = {"EINIT", "Reserved"};
  static const char* const eremdev[] = {"EREMDEV", "Error 142"};
  if (e == 141) return einit;
  if (e == 142) return eremdev;
#else
  (void)e;
#endif
  return nullptr;
}

// The first number past the last the kernel defines.
#if defined(__mips64)
constexpr std::uintptr_t past_the_last = 1134;  // EDQUOT is 1133
#else
constexpr std::uintptr_t past_the_last = 134;
#endif

// glibc's own table is the independent source: its names (strerrorname_np,
// glibc 2.32) and its messages (strerror) for every number.
TEST(errno_names, match_the_c_library_for_every_number) {
  for (std::uintptr_t e = 1; e <= 4096; e++) {
    const char* ours = zcall_errname(e);
    const char* libc = strerrorname_np(static_cast<int>(e));
    SCOPED_TRACE(e);
    if (e == kernel_only) {
      EXPECT_EQ(e, static_cast<std::uintptr_t>(EDEADLOCK));
      EXPECT_STREQ(ours, "EDEADLOCK");
      continue;
    }
    if (const char* const* extra = kernel_extra(e)) {
      EXPECT_STREQ(ours, extra[0]);
      continue;
    }
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
    if (e == kernel_only) {
      EXPECT_STREQ(zcall_strerror(e), "File locking deadlock error");
      continue;
    }
    if (const char* const* extra = kernel_extra(e)) {
      EXPECT_STREQ(zcall_strerror(e), extra[1]);
      continue;
    }
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

  EXPECT_EQ(zcall::Errno::WOULDBLOCK, zcall::Errno::AGAIN);
#if defined(__powerpc64__)
  EXPECT_EQ(zcall::Errno::DEADLOCK.value(), 58u);  // its own there, see kernel_only
#elif defined(__mips64)
  EXPECT_EQ(zcall::Errno::DEADLOCK.value(), 56u);  // its own there, see kernel_only
  EXPECT_EQ(zcall::Errno::DEADLK.value(), 45u);
#else
  EXPECT_EQ(zcall::Errno::DEADLOCK, zcall::Errno::DEADLK);
#endif
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

// An undefined number keeps its number in its text, as glibc's strerror and the Go original do.
TEST(errno_text, of_an_undefined_number_says_the_number) {
  for (std::uintptr_t e : {std::uintptr_t{0x9999}, std::uintptr_t{4095}, past_the_last}) {
    SCOPED_TRACE(e);
    ASSERT_EQ(zcall_strerror(e), nullptr);
    EXPECT_EQ(zcall::Errno{e}.message(), strerror(static_cast<int>(e)));  // glibc: "Unknown error 39321"
    EXPECT_EQ(zcall::Errno{e}.name(), "errno " + std::to_string(e));
  }
  std::string huge = std::to_string(~std::uintptr_t{0});
  EXPECT_EQ(zcall::Errno{~std::uintptr_t{0}}.message(), "Unknown error " + huge);
  EXPECT_EQ(zcall::Errno{~std::uintptr_t{0}}.name(), "errno " + huge);
}

// zcall_strerror_r and zcall_errname_r behave as snprintf of the same text: the whole length
// back, at most size bytes written, always NUL-terminated when size > 0.
TEST(errno_text, into_a_buffer_is_what_snprintf_would_write) {
  for (std::uintptr_t e : {std::uintptr_t{0}, std::uintptr_t{EAGAIN}, std::uintptr_t{9999}}) {
    std::string message = zcall::Errno{e}.message().c_str(), name = zcall::Errno{e}.name().c_str();
    for (std::size_t size :
         {std::size_t{0}, std::size_t{1}, std::size_t{5}, message.size(), std::size_t{ZCALL_ERRTEXT_MAX}}) {
      SCOPED_TRACE(testing::Message() << e << ", size " << size);
      char ours[ZCALL_ERRTEXT_MAX + 1], libc[ZCALL_ERRTEXT_MAX + 1];
      std::memset(ours, 'x', sizeof ours);
      std::memset(libc, 'x', sizeof libc);
      EXPECT_EQ(zcall_strerror_r(e, ours, size),
                static_cast<std::size_t>(std::snprintf(libc, size, "%s", message.c_str())));
      EXPECT_EQ(std::memcmp(ours, libc, sizeof ours), 0) << ours;
      std::memset(ours, 'x', sizeof ours);
      std::memset(libc, 'x', sizeof libc);
      EXPECT_EQ(zcall_errname_r(e, ours, size),
                static_cast<std::size_t>(std::snprintf(libc, size, "%s", name.c_str())));
      EXPECT_EQ(std::memcmp(ours, libc, sizeof ours), 0) << ours;
    }
  }
}

TEST(errno_text, fits_errtext_max_for_every_number) {
  for (std::uintptr_t e = 0; e <= 4096; e++) {
    EXPECT_LT(zcall_strerror_r(e, nullptr, 0), std::size_t{ZCALL_ERRTEXT_MAX}) << e;
    EXPECT_LT(zcall_errname_r(e, nullptr, 0), std::size_t{ZCALL_ERRTEXT_MAX}) << e;
  }
  EXPECT_LT(zcall_strerror_r(~std::uintptr_t{0}, nullptr, 0), std::size_t{ZCALL_ERRTEXT_MAX});
}

// The text of a temporary would dangle in a string_view: neither conversion compiles on one.
template <class T>
concept viewable_temporary = requires { std::string_view(std::declval<T>().view()); };
static_assert(!viewable_temporary<zcall::errno_text> && !std::is_convertible_v<zcall::errno_text, std::string_view> &&
              std::is_convertible_v<const zcall::errno_text&, std::string_view>);

// <zcall/ostream.hpp>: the message, as perror writes it.
TEST(errno_text, writes_to_an_ostream) {
  std::ostringstream out;
  out << zcall::close(-1) << " (" << zcall::Errno::BADF.name() << "), " << zcall::Errno{9999};
  EXPECT_EQ(out.str(), std::string(strerror(EBADF)) + " (EBADF), Unknown error 9999");
}

int classify(zcall::Errno err) {
  switch (err) {
    case zcall::Errno::AGAIN:  // and WOULDBLOCK, its other name
      return 1;
    case zcall::Errno::BADF:
      return 2;
    case zcall::Errno::INTR:
      return 3;
    default:
      return err ? 4 : 0;
  }
}

TEST(cpp_errno, switches_on_named_values) {
  EXPECT_EQ(classify(zcall::close(-1)), 2);
  EXPECT_EQ(classify(zcall::Errno::WOULDBLOCK), 1);
  EXPECT_EQ(classify(zcall::Errno::INTR), 3);
  EXPECT_EQ(classify(zcall::Errno::NOENT), 4);
  EXPECT_EQ(classify(zcall::Errno{}), 0);
  static_assert(!std::is_convertible_v<zcall::Errno, int> && !std::is_convertible_v<zcall::Errno, bool>,
                "an Errno is no int, and says whether it is an error only where a condition asks");
}

TEST(cpp_result, ok_and_value_or) {
  auto bad = zcall::getsid(-1);
  EXPECT_FALSE(bad.ok());
  EXPECT_EQ(bad.value_or(-7), -7);
  auto pid = zcall::getpid();
  ASSERT_TRUE(pid.ok());
  EXPECT_EQ(pid.value_or(-7), getpid());
  auto [value, err] = pid;  // still an aggregate
  EXPECT_EQ(value, getpid());
  EXPECT_FALSE(err);
}

TEST(cpp_result, is_an_aggregate_with_zcall_ret_layout) {
  static_assert(sizeof(zcall::Result<std::uintptr_t>) == sizeof(zcall_ret));
  static_assert(offsetof(zcall::Result<std::uintptr_t>, err) == offsetof(zcall_ret, err));
  auto [n, err] = zcall::write(-1, "x", 1);
  EXPECT_EQ(n, ~std::size_t{0});
  EXPECT_EQ(err, zcall::Errno::BADF);
}

}  // namespace
