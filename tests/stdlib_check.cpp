// SPDX-License-Identifier: MIT
// What zcall.hpp offers where the standard library has more than C++20's:
// Result<T> to std::expected<T, Errno> (libstdc++ 12 under -std=c++23) and
// std::format of an Errno (<zcall/format.hpp>; libc++ 19). tests/stdlib_test.py
// compiles it with each and requires the line each feature prints.
#include <cstdio>
#include <cstring>
#include <string>
#include <version>
#include <zcall/zcall.hpp>
#if defined(__cpp_lib_format)
#include <zcall/format.hpp>
#endif

static int failures = 0;

static void check(bool ok, const char* what) {
  std::printf("%s %s\n", ok ? "ok  " : "FAIL", what);
  failures += !ok;
}

#if defined(__cpp_lib_expected)
static std::expected<int, zcall::Errno> open_null() {
  return zcall::openat(zcall::at::FDCWD, "/dev/null", zcall::o::RDONLY);
}
#endif

int main() {
#if defined(__cpp_lib_expected)
  std::expected<int, zcall::Errno> bad =
      zcall::close(-1) ? zcall::Result<int>{-1, zcall::Errno::BADF} : zcall::Result<int>{};
  check(!bad && bad.error() == zcall::Errno::BADF, "expected: an error becomes unexpected(err)");
  auto fd = open_null();
  check(fd.has_value() && *fd >= 0, "expected: a value becomes the expected value");
  if (fd) (void)zcall::close(*fd);
  std::expected<zcall::owned_fd, zcall::Errno> owned =
      zcall::own(zcall::openat(zcall::at::FDCWD, "/", zcall::o::RDONLY));
  check(owned.has_value() && owned->get() >= 0, "expected: a move-only value moves in");
  std::expected<std::size_t, zcall::Errno> n = zcall::write(-1, "x", 1);
  check(!n && n.error() == zcall::Errno::BADF, "expected: of a failed write");
  std::puts("expected: checked");
#endif
#if defined(__cpp_lib_format)
  std::string s = std::format("{} ({})", zcall::Errno::BADF, zcall::Errno::BADF.name());
  check(s == std::string(std::strerror(9)) + " (EBADF)", s.c_str());
  check(std::format("[{:>20}]", zcall::Errno{9999}) == "[  Unknown error 9999]", "format: a string's spec applies");
  std::puts("format: checked");
#endif
  return failures != 0;
}
