// SPDX-License-Identifier: MIT
//
// zcall for C++20: the C API of <zcall/zcall.h> inside namespace zcall, with
// C++ types and nothing added at run time. Every function here is an inline
// forward to the C entry of the same name; every conversion compiles to
// nothing.
//
//     auto [n, err] = zcall::write(1, msg.data(), msg.size());
//     if (err) std::fprintf(stderr, "write: %s (%s)\n", err.message().data(), err.name().data());
//
// Names: syscall numbers are zcall::sys::<kernel name>; constants live in a
// namespace named after the kernel prefix (zcall::sock::NONBLOCK for
// SOCK_NONBLOCK), never under the system headers' macro spellings, so this
// header can be included before or after <sys/socket.h>, <errno.h> and the rest.
#ifndef ZCALL_ZCALL_HPP
#define ZCALL_ZCALL_HPP

#include <zcall/zcall.h>

#include <bit>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <zcall/detail/nr_last.hpp>

namespace zcall {
inline namespace v1 {

// A kernel error number; zero means success. Named values: Errno::AGAIN,
// Errno::BADF, ... (the kernel's name without the E; E2BIG is TOOBIG).
class Errno {
 public:
  constexpr Errno() noexcept = default;
  constexpr explicit Errno(std::uintptr_t value) noexcept : value_(value) {}

  // True when this is an error.
  constexpr explicit operator bool() const noexcept { return value_ != 0; }
  constexpr std::uintptr_t value() const noexcept { return value_; }

  // "EAGAIN"; empty for a number this platform does not define.
  std::string_view name() const noexcept {
    const char* s = zcall_errname(value_);
    return s ? s : "";
  }
  // "Resource temporarily unavailable"; "Unknown error" for an undefined number.
  std::string_view message() const noexcept {
    const char* s = zcall_strerror(value_);
    return s ? s : "Unknown error";
  }

  // Worth retrying as it is: the call would block, was interrupted, or is under way.
  constexpr bool temporary() const noexcept {
    return value_ == ZCALL_EAGAIN || value_ == ZCALL_EWOULDBLOCK || value_ == ZCALL_EINTR ||
           value_ == ZCALL_EINPROGRESS;
  }
  // A time limit or a non-blocking descriptor's "not now".
  constexpr bool timeout() const noexcept {
    return value_ == ZCALL_EAGAIN || value_ == ZCALL_EWOULDBLOCK || value_ == ZCALL_ETIMEDOUT;
  }

  friend constexpr bool operator==(Errno a, Errno b) noexcept { return a.value_ == b.value_; }

  // Named values: static const Errno PERM, NOENT, ... for every error number of the platform.
#include <zcall/gen/platform_errno.inc>

 private:
  std::uintptr_t value_ = 0;
};

// What a call returns: the kernel's result as T and the error. Aggregate, so
// `auto [fd, err] = zcall::socket(...)` works; where T is a word it has
// zcall_ret's layout.
template <class T>
struct Result {
  T value;
  Errno err;
};

static_assert(sizeof(Result<std::uintptr_t>) == sizeof(zcall_ret) && std::is_standard_layout_v<Result<std::uintptr_t>>);

// struct iovec, with the kernel's layout.
using iovec = ::zcall_iovec;

namespace detail {

template <class T>
constexpr Result<T> result(zcall_ret r) noexcept {
  if constexpr (std::is_pointer_v<T>)
    return {reinterpret_cast<T>(r.r1), Errno{r.err}};
  else
    return {static_cast<T>(r.r1), Errno{r.err}};
}

constexpr Errno status(zcall_ret r) noexcept { return Errno{r.err}; }

// An argument of the raw calls: any integer, enum or pointer, as the word the kernel reads.
class Word {
 public:
  constexpr Word() noexcept = default;
  template <class T>
    requires std::is_integral_v<T> || std::is_enum_v<T>
  constexpr Word(T v) noexcept : value_(static_cast<std::uintptr_t>(v)) {}
  Word(const volatile void* p) noexcept : value_(reinterpret_cast<std::uintptr_t>(p)) {}
  constexpr Word(std::nullptr_t) noexcept {}
  constexpr std::uintptr_t get() const noexcept { return value_; }

 private:
  std::uintptr_t value_ = 0;
};

}  // namespace detail

}  // namespace v1
}  // namespace zcall

// Syscall numbers (zcall::sys), constants (zcall::af, zcall::o, ...) and Errno's values.
#include <zcall/gen/platform.hpp>

namespace zcall {
inline namespace v1 {

// --- Raw calls -----------------------------------------------------------------

// Any system call by number, with up to four (six) arguments, each an integer,
// enum or pointer: zcall::syscall4(zcall::sys::getpid). The name says what C's
// zcall_syscall4/6 say, "up to four (six)", but only the arguments given are
// loaded: the call goes to zcall_nr_lastN, N being their count. r1 is the
// kernel's result as a word.
template <class... A>
  requires(sizeof...(A) <= 4)
[[nodiscard]] inline Result<std::uintptr_t> syscall4(std::uintptr_t nr, A... args) noexcept {
  return detail::result<std::uintptr_t>(detail::nr_last_entry(detail::Word(args).get()..., nr));
}

template <class... A>
  requires(sizeof...(A) <= 6)
[[nodiscard]] inline Result<std::uintptr_t> syscall6(std::uintptr_t nr, A... args) noexcept {
  return detail::result<std::uintptr_t>(detail::nr_last_entry(detail::Word(args).get()..., nr));
}

// --- std::error_code -----------------------------------------------------------

// Errno values are the platform's errno values, which std::system_category() describes.
inline std::error_code make_error_code(Errno e) noexcept {
  return {static_cast<int>(e.value()), std::system_category()};
}

}  // namespace v1
}  // namespace zcall

template <>
struct std::is_error_code_enum<zcall::Errno> : std::true_type {};

// The operating system's structs and typed wrappers, then the wrappers every kernel has.
#if defined(__linux__)
#include <zcall/linux.hpp>
#else
#include <zcall/bsd.hpp>
#endif
#include <zcall/posix.hpp>

#endif
