// SPDX-License-Identifier: MIT
//
// File descriptors with an owner. Included by <zcall/zcall.hpp>.
//
//     auto [sock, err] = zcall::own(zcall::socket(zcall::af::INET, zcall::sock::STREAM));
//     if (err) return err;
//     zcall::listen(sock, 128);          // every wrapper takes an owned_fd as it is
//     return {};                         // and sock is closed here
//
// owned_fd is move-only and closes its descriptor when destroyed, as
// std::unique_ptr frees; borrowed_fd is what every wrapper takes: an int, an
// owned_fd, or another borrowed_fd, with no copy of ownership. The anchors are
// rustix's OwnedFd/BorrowedFd and Android's unique_fd.
#ifndef ZCALL_FD_HPP
#define ZCALL_FD_HPP

#ifndef ZCALL_ZCALL_HPP
#error "include <zcall/zcall.hpp>, not <zcall/fd.hpp>"
#endif

namespace zcall {
inline namespace v0_1 {

class owned_fd;

/// A descriptor someone else owns, for the length of a call. Converts from an
/// int (including -1 and at::FDCWD) and from an owned_fd, and to the int the kernel reads.
class borrowed_fd {
 public:
  constexpr borrowed_fd(int fd) noexcept : fd_(fd) {}
  constexpr borrowed_fd(const owned_fd& fd) noexcept;
  // A temporary owner closes its descriptor at the end of the statement: borrowing it would dangle.
  borrowed_fd(const owned_fd&& fd) = delete;

  constexpr int get() const noexcept { return fd_; }
  constexpr operator int() const noexcept { return fd_; }

 private:
  int fd_;
};

/// The one owner of a descriptor: closes it when destroyed or reset. -1 is "none".
///
/// Closing reports nothing from a destructor (the descriptor is gone whatever
/// close says, on every kernel zcall supports), so a program that wants the
/// error closes it itself: zcall::close(std::move(fd)). zcall::close(fd) of an
/// lvalue does not compile, so nothing closes it twice.
class owned_fd {
 public:
  constexpr owned_fd() noexcept = default;
  constexpr explicit owned_fd(int fd) noexcept : fd_(fd) {}
  owned_fd(owned_fd&& other) noexcept : fd_(other.release()) {}
  owned_fd& operator=(owned_fd&& other) noexcept {
    reset(other.release());
    return *this;
  }
  owned_fd(const owned_fd&) = delete;
  owned_fd& operator=(const owned_fd&) = delete;
  ~owned_fd() { reset(); }

  constexpr int get() const noexcept { return fd_; }
  /// True when it holds a descriptor.
  constexpr explicit operator bool() const noexcept { return fd_ >= 0; }

  /// Gives the descriptor up without closing it; this is then -1.
  [[nodiscard]] constexpr int release() noexcept {
    int fd = fd_;
    fd_ = -1;
    return fd;
  }
  /// Closes the descriptor held, if any, and holds fd instead.
  void reset(int fd = -1) noexcept {
    if (fd_ >= 0 && fd_ != fd) zcall_close(fd_);
    fd_ = fd;
  }

 private:
  int fd_ = -1;
};

constexpr borrowed_fd::borrowed_fd(const owned_fd& fd) noexcept : fd_(fd.get()) {}

/// The owning form of any call that makes a descriptor: owns r's descriptor, or holds -1 with r's error.
///     auto [fd, err] = zcall::own(zcall::openat(zcall::at::FDCWD, path, zcall::o::RDONLY | zcall::o::CLOEXEC));
[[nodiscard]] inline Result<owned_fd> own(Result<int> r) noexcept { return {owned_fd{r.err ? -1 : r.value}, r.err}; }

/// close(2) of an owned descriptor, reporting what the kernel says: zcall::close(std::move(fd)).
[[nodiscard]] inline Errno close(owned_fd&& fd) noexcept { return Errno{zcall_close(fd.release()).err}; }
/// An owned_fd closes itself, or is handed over with std::move: closing it here would close it twice.
Errno close(const owned_fd& fd) = delete;

/// Calls f() again while it fails with EINTR; returns its last result. f returns a Result or an Errno.
///     auto [n, err] = zcall::retry_on_intr([&] { return zcall::read(fd, buf); });
template <class F>
[[nodiscard]] auto retry_on_intr(F&& f) noexcept(noexcept(f())) -> decltype(f()) {
  for (;;) {
    auto r = f();
    Errno err;
    if constexpr (std::is_same_v<decltype(r), Errno>)
      err = r;
    else
      err = r.err;
    if (err != Errno::INTR) return r;
  }
}

}  // namespace v0_1
}  // namespace zcall

#endif
