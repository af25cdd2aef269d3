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

#if __cplusplus < 202002L
// One error, and nothing else compiled after it.
#error "zcall.hpp needs C++20 (-std=c++20 or later); C and older C++ can use <zcall/zcall.h>"
#else

#include <zcall/zcall.h>

#include <bit>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <version>
#ifdef __cpp_lib_expected
#include <expected>
#endif
#include <zcall/detail/nr_last.hpp>

namespace zcall {
inline namespace v0_1 {

class Errno;

/// The text of Errno::name() or message(), NUL-terminated. It is a value: the
/// text of a number the platform does not define is made on the spot
/// ("Unknown error 9999"), with no allocation. Keep it (auto m = e.message())
/// or use it within the expression; a string_view of a temporary one would dangle,
/// so that conversion is for lvalues only.
class errno_text {
 public:
  const char* c_str() const noexcept { return known_ ? known_ : made_; }
  const char* data() const noexcept { return c_str(); }
  std::size_t size() const noexcept { return view().size(); }
  std::string_view view() const& noexcept { return c_str(); }
  std::string_view view() const&& = delete;
  operator std::string_view() const& noexcept { return c_str(); }
  operator std::string_view() const&& = delete;

  friend bool operator==(const errno_text& a, std::string_view b) noexcept { return a.view() == b; }

 private:
  friend class Errno;
  const char* known_ = nullptr;
  char made_[ZCALL_ERRTEXT_MAX] = {};
};

/// A kernel error number; zero means success. Named values: Errno::AGAIN,
/// Errno::BADF, ... (the kernel's name without the E; E2BIG is TOOBIG).
///
///     if (err) ...                         // an error
///     switch (err) { case zcall::Errno::AGAIN: ...; case zcall::Errno::BADF: ... }
///
/// Where two names share a number (AGAIN and WOULDBLOCK on Linux), one case label takes both.
class Errno {
 public:
  /// What a switch on an Errno compares; it has no values of its own.
  enum class code : std::uintptr_t {};

  constexpr Errno() noexcept = default;
  constexpr explicit Errno(std::uintptr_t value) noexcept : value_(value) {}
  constexpr Errno(code c) noexcept : value_(static_cast<std::uintptr_t>(c)) {}

  /// True when this is an error.
  constexpr explicit operator bool() const noexcept { return value_ != 0; }
  /// For switch and case, which take no class type.
  constexpr operator code() const noexcept { return code{value_}; }
  constexpr std::uintptr_t value() const noexcept { return value_; }

  /// "EAGAIN"; "errno 9999" for a number this platform does not define.
  errno_text name() const noexcept {
    errno_text t;
    t.known_ = zcall_errname(value_);
    if (!t.known_) zcall_errname_r(value_, t.made_, sizeof t.made_);
    return t;
  }
  /// "Resource temporarily unavailable"; "Unknown error 9999" for an undefined number.
  errno_text message() const noexcept {
    errno_text t;
    t.known_ = zcall_strerror(value_);
    if (!t.known_) zcall_strerror_r(value_, t.made_, sizeof t.made_);
    return t;
  }

  /// Worth retrying as it is: the call would block, was interrupted, or is under way.
  constexpr bool temporary() const noexcept {
    return value_ == ZCALL_EAGAIN || value_ == ZCALL_EWOULDBLOCK || value_ == ZCALL_EINTR ||
           value_ == ZCALL_EINPROGRESS;
  }
  /// A time limit or a non-blocking descriptor's "not now".
  constexpr bool timeout() const noexcept {
    return value_ == ZCALL_EAGAIN || value_ == ZCALL_EWOULDBLOCK || value_ == ZCALL_ETIMEDOUT;
  }

  friend constexpr bool operator==(Errno a, Errno b) noexcept { return a.value_ == b.value_; }

  // Named values: static const Errno PERM, NOENT, ... for every error number of the platform.
#include <zcall/gen/platform_errno.inc>

 private:
  std::uintptr_t value_ = 0;
};

/// What a call returns: the kernel's result as T and the error. Aggregate, so
/// `auto [fd, err] = zcall::socket(...)` works; where T is a word it has
/// zcall_ret's layout. value is meaningful only when ok().
template <class T>
struct Result {
  T value;
  Errno err;

  constexpr bool ok() const noexcept { return !err; }
  /// value, or fallback on error.
  template <class U>
    requires std::is_convertible_v<U&&, T>
  constexpr T value_or(U&& fallback) const& {
    if (err) return static_cast<U&&>(fallback);
    return value;
  }
  template <class U>
    requires std::is_convertible_v<U&&, T>
  constexpr T value_or(U&& fallback) && {
    if (err) return static_cast<U&&>(fallback);
    return static_cast<T&&>(value);
  }
#ifdef __cpp_lib_expected
  /// std::expected<T, Errno> e = zcall::socket(...): the value, or the error as unexpected.
  constexpr operator std::expected<T, Errno>() const& {
    if (err) return std::unexpected(err);
    return value;
  }
  constexpr operator std::expected<T, Errno>() && {
    if (err) return std::unexpected(err);
    return static_cast<T&&>(value);
  }
#endif
};

static_assert(sizeof(Result<std::uintptr_t>) == sizeof(zcall_ret) &&
              std::is_standard_layout_v<Result<std::uintptr_t> >);

/// struct iovec, with the kernel's layout.
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

/// Whether a std::span<T> can view R: R is a contiguous, sized range of T (or of T less const).
template <class R, class T>
concept viewed_as = std::is_constructible_v<std::span<T>, R>;

}  // namespace detail

/// A buffer the kernel reads: a contiguous range of char, unsigned char or std::byte
/// (std::string_view, std::string, std::span, std::vector, std::array, ...), but not an
/// array of const char, which is how a string literal comes, with its NUL.
/// The buffer forms of write, send, sendto and pwrite64 take any of these.
template <class R>
concept bytes_in = (detail::viewed_as<R, const char> || detail::viewed_as<R, const unsigned char> ||
                    detail::viewed_as<R, const std::byte>) &&
                   !(std::is_array_v<std::remove_reference_t<R> > &&
                     std::is_const_v<std::remove_extent_t<std::remove_reference_t<R> > >);

/// A buffer the kernel fills: the same, not const. read, recv, recvfrom, pread64 and getrandom take these.
template <class R>
concept bytes_out =
    detail::viewed_as<R, char> || detail::viewed_as<R, unsigned char> || detail::viewed_as<R, std::byte>;

namespace detail {

/// A buffer with flags or an offset after it takes no C array: there, an array is the
/// pointer of the pointer-and-length form (recv(fd, buf, sizeof buf)), so it goes to
/// that one. std::span(buf) gives an array whole.
template <class R>
concept range_in = bytes_in<R> && !std::is_array_v<std::remove_reference_t<R> >;
template <class R>
concept range_out = bytes_out<R> && !std::is_array_v<std::remove_reference_t<R> >;

/// Flags after a buffer: an int or an unsigned, never a length (a size_t) passed by mistake.
template <class F>
concept flags_word = std::is_same_v<F, int> || std::is_same_v<F, unsigned>;

/// An argument of the raw calls: any integer, enum or pointer, as the word the kernel reads.
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

}  // namespace v0_1
}  // namespace zcall

// Syscall numbers (zcall::sys), constants (zcall::af, zcall::o, ...) and Errno's values.
#include <zcall/gen/platform.hpp>

namespace zcall {
inline namespace v0_1 {

// --- Raw calls -----------------------------------------------------------------

/// Any system call by number, with up to four (six) arguments, each an integer,
/// enum or pointer: zcall::syscall4(zcall::sys::getpid). The name says what C's
/// zcall_syscall4/6 say, "up to four (six)", but only the arguments given are
/// loaded: the call goes to zcall_nr_lastN, N being their count. r1 is the
/// kernel's result as a word.
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

/// Errno values are the platform's errno values, which std::system_category() describes.
inline std::error_code make_error_code(Errno e) noexcept {
  return {static_cast<int>(e.value()), std::system_category()};
}

}  // namespace v0_1
}  // namespace zcall

template <>
struct std::is_error_code_enum<zcall::Errno> : std::true_type {};

// Owned and borrowed descriptors, which the wrappers take.
#include <zcall/fd.hpp>

// The operating system's structs and typed wrappers, then the wrappers every kernel has.
#if defined(__linux__)
#include <zcall/linux.hpp>
#else
#include <zcall/bsd.hpp>
#endif
#include <zcall/posix.hpp>

// Byte order, IPv4 and IPv6 addresses and socket addresses.
#include <zcall/inet.hpp>

#endif  // C++20
#endif
