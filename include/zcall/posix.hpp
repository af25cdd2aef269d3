// SPDX-License-Identifier: MIT
//
// The C++ wrappers of <zcall/posix.h>: the calls that more than one kernel
// zcall supports has, with one signature, under the same #if as there.
// Included by <zcall/zcall.hpp> after the OS's own header, which names the
// structs (iovec, msghdr, the sockaddrs, kevent).
//
// Returns: Result<std::size_t> for byte counts, Result<int> for a new
// descriptor, Errno where the kernel only says whether it worked.
#ifndef ZCALL_POSIX_HPP
#define ZCALL_POSIX_HPP

#ifndef ZCALL_ZCALL_HPP
#error "include <zcall/zcall.hpp>, not <zcall/posix.hpp>"
#endif

namespace zcall {
inline namespace v0_1 {

// --- Basic and vectored I/O --------------------------------------------------------

/// close(2).
[[nodiscard]] inline Errno close(int fd) noexcept { return detail::status(zcall_close(fd)); }

/// read(2): bytes read, 0 at end of file.
[[nodiscard]] inline Result<std::size_t> read(borrowed_fd fd, void* buf, std::size_t count) noexcept {
  return detail::result<std::size_t>(zcall_read(fd, buf, count));
}
template <bytes_out R>
[[nodiscard]] inline Result<std::size_t> read(borrowed_fd fd, R&& buf) noexcept {
  return read(fd, std::span(buf).data(), std::span(buf).size());
}

/// readv(2): bytes read, filling the buffers in order.
[[nodiscard]] inline Result<std::size_t> readv(borrowed_fd fd, std::span<const iovec> iov) noexcept {
  return detail::result<std::size_t>(zcall_readv(fd, iov.data(), static_cast<int>(iov.size())));
}

/// write(2): bytes written, which may be fewer than asked.
[[nodiscard]] inline Result<std::size_t> write(borrowed_fd fd, const void* buf, std::size_t count) noexcept {
  return detail::result<std::size_t>(zcall_write(fd, buf, count));
}
template <bytes_in R>
[[nodiscard]] inline Result<std::size_t> write(borrowed_fd fd, R&& buf) noexcept {
  return write(fd, std::span(buf).data(), std::span(buf).size());
}

/// writev(2): bytes written from the buffers in order.
[[nodiscard]] inline Result<std::size_t> writev(borrowed_fd fd, std::span<const iovec> iov) noexcept {
  return detail::result<std::size_t>(zcall_writev(fd, iov.data(), static_cast<int>(iov.size())));
}

/// fcntl(2): what cmd returns.
[[nodiscard]] inline Result<std::uintptr_t> fcntl(borrowed_fd fd, int cmd, detail::Word arg = {}) noexcept {
  return detail::result<std::uintptr_t>(zcall_fcntl(fd, cmd, arg.get()));
}
/// preadv(2): bytes read at offset.
[[nodiscard]] inline Result<std::size_t> preadv(borrowed_fd fd, std::span<const iovec> iov,
                                                std::int64_t offset) noexcept {
  return detail::result<std::size_t>(zcall_preadv(fd, iov.data(), static_cast<int>(iov.size()), offset));
}
/// pwritev(2): bytes written at offset.
[[nodiscard]] inline Result<std::size_t> pwritev(borrowed_fd fd, std::span<const iovec> iov,
                                                 std::int64_t offset) noexcept {
  return detail::result<std::size_t>(zcall_pwritev(fd, iov.data(), static_cast<int>(iov.size()), offset));
}

// --- Pipes ---------------------------------------------------------------------------

#if defined(__linux__) || defined(__FreeBSD__)
/// pipe2(2): fds[0] is the read end, fds[1] the write end. flags: o::NONBLOCK, o::CLOEXEC (Linux: o::DIRECT).
[[nodiscard]] inline Errno pipe2(std::span<int, 2> fds, int flags = 0) noexcept {
  return detail::status(zcall_pipe2(fds.data(), flags));
}
#endif

// --- Sockets -------------------------------------------------------------------------

/// socket(2): the new descriptor. type may carry sock::NONBLOCK | sock::CLOEXEC.
[[nodiscard]] inline Result<int> socket(int domain, int type, int protocol = 0) noexcept {
  return detail::result<int>(zcall_socket(domain, type, protocol));
}

/// socketpair(2): two connected sockets in sv.
[[nodiscard]] inline Errno socketpair(int domain, int type, int protocol, std::span<int, 2> sv) noexcept {
  return detail::status(zcall_socketpair(domain, type, protocol, sv.data()));
}

/// accept(2): the connected descriptor. addr and addrlen may be null.
[[nodiscard]] inline Result<int> accept(borrowed_fd fd, void* addr = nullptr,
                                        std::uint32_t* addrlen = nullptr) noexcept {
  return detail::result<int>(zcall_accept(fd, addr, addrlen));
}
#if defined(__linux__) || defined(__FreeBSD__)
/// accept4(2): accept, with flags: sock::NONBLOCK, sock::CLOEXEC.
[[nodiscard]] inline Result<int> accept4(borrowed_fd fd, void* addr = nullptr, std::uint32_t* addrlen = nullptr,
                                         int flags = 0) noexcept {
  return detail::result<int>(zcall_accept4(fd, addr, addrlen, flags));
}
#endif
/// bind(2).
[[nodiscard]] inline Errno bind(borrowed_fd fd, const void* addr, std::uint32_t addrlen) noexcept {
  return detail::status(zcall_bind(fd, addr, addrlen));
}
/// connect(2). A non-blocking socket answers Errno::INPROGRESS first.
[[nodiscard]] inline Errno connect(borrowed_fd fd, const void* addr, std::uint32_t addrlen) noexcept {
  return detail::status(zcall_connect(fd, addr, addrlen));
}
/// getpeername(2) and getsockname(2). *addrlen is in-out.
[[nodiscard]] inline Errno getpeername(borrowed_fd fd, void* addr, std::uint32_t* addrlen) noexcept {
  return detail::status(zcall_getpeername(fd, addr, addrlen));
}
[[nodiscard]] inline Errno getsockname(borrowed_fd fd, void* addr, std::uint32_t* addrlen) noexcept {
  return detail::status(zcall_getsockname(fd, addr, addrlen));
}
/// getsockopt(2). *optlen is in-out.
[[nodiscard]] inline Errno getsockopt(borrowed_fd fd, int level, int optname, void* optval,
                                      std::uint32_t* optlen) noexcept {
  return detail::status(zcall_getsockopt(fd, level, optname, optval, optlen));
}
/// listen(2).
[[nodiscard]] inline Errno listen(borrowed_fd fd, int backlog) noexcept {
  return detail::status(zcall_listen(fd, backlog));
}
/// recvfrom(2): bytes received. addr and addrlen may be null.
[[nodiscard]] inline Result<std::size_t> recvfrom(borrowed_fd fd, void* buf, std::size_t len, int flags = 0,
                                                  void* addr = nullptr, std::uint32_t* addrlen = nullptr) noexcept {
  return detail::result<std::size_t>(zcall_recvfrom(fd, buf, len, flags, addr, addrlen));
}
template <detail::range_out R, detail::flags_word F = int>
[[nodiscard]] inline Result<std::size_t> recvfrom(borrowed_fd fd, R&& buf, F flags = 0, void* addr = nullptr,
                                                  std::uint32_t* addrlen = nullptr) noexcept {
  return recvfrom(fd, std::span(buf).data(), std::span(buf).size(), static_cast<int>(flags), addr, addrlen);
}
/// recv(2), which is recvfrom with no address: bytes received, 0 when the peer has shut down.
[[nodiscard]] inline Result<std::size_t> recv(borrowed_fd fd, void* buf, std::size_t len, int flags = 0) noexcept {
  return recvfrom(fd, buf, len, flags);
}
template <bytes_out R>
[[nodiscard]] inline Result<std::size_t> recv(borrowed_fd fd, R&& buf) noexcept {
  return recvfrom(fd, std::span(buf).data(), std::span(buf).size());
}
template <detail::range_out R, detail::flags_word F>
[[nodiscard]] inline Result<std::size_t> recv(borrowed_fd fd, R&& buf, F flags) noexcept {
  return recvfrom(fd, std::span(buf).data(), std::span(buf).size(), static_cast<int>(flags));
}
/// recvmsg(2): bytes received.
[[nodiscard]] inline Result<std::size_t> recvmsg(borrowed_fd fd, msghdr* msg, int flags = 0) noexcept {
  return detail::result<std::size_t>(zcall_recvmsg(fd, msg, flags));
}
/// sendmsg(2): bytes sent.
[[nodiscard]] inline Result<std::size_t> sendmsg(borrowed_fd fd, const msghdr* msg, int flags = 0) noexcept {
  return detail::result<std::size_t>(zcall_sendmsg(fd, msg, flags));
}
/// sendto(2): bytes sent. addr may be null on a connected socket.
[[nodiscard]] inline Result<std::size_t> sendto(borrowed_fd fd, const void* buf, std::size_t len, int flags = 0,
                                                const void* addr = nullptr, std::uint32_t addrlen = 0) noexcept {
  return detail::result<std::size_t>(zcall_sendto(fd, buf, len, flags, addr, addrlen));
}
template <detail::range_in R, detail::flags_word F = int>
[[nodiscard]] inline Result<std::size_t> sendto(borrowed_fd fd, R&& buf, F flags = 0, const void* addr = nullptr,
                                                std::uint32_t addrlen = 0) noexcept {
  return sendto(fd, std::span(buf).data(), std::span(buf).size(), static_cast<int>(flags), addr, addrlen);
}
/// send(2), which is sendto with no address: bytes sent.
[[nodiscard]] inline Result<std::size_t> send(borrowed_fd fd, const void* buf, std::size_t len,
                                              int flags = 0) noexcept {
  return sendto(fd, buf, len, flags);
}
template <bytes_in R>
[[nodiscard]] inline Result<std::size_t> send(borrowed_fd fd, R&& buf) noexcept {
  return sendto(fd, std::span(buf).data(), std::span(buf).size());
}
template <detail::range_in R, detail::flags_word F>
[[nodiscard]] inline Result<std::size_t> send(borrowed_fd fd, R&& buf, F flags) noexcept {
  return sendto(fd, std::span(buf).data(), std::span(buf).size(), static_cast<int>(flags));
}
/// setsockopt(2), and a form for the common int-valued options.
[[nodiscard]] inline Errno setsockopt(borrowed_fd fd, int level, int optname, const void* optval,
                                      std::uint32_t optlen) noexcept {
  return detail::status(zcall_setsockopt(fd, level, optname, optval, optlen));
}
[[nodiscard]] inline Errno setsockopt(borrowed_fd fd, int level, int optname, int value) noexcept {
  return setsockopt(fd, level, optname, &value, sizeof value);
}
/// shutdown(2). how: shut::RD, shut::WR, shut::RDWR.
[[nodiscard]] inline Errno shutdown(borrowed_fd fd, int how) noexcept {
  return detail::status(zcall_shutdown(fd, how));
}

// --- Events: kqueue ----------------------------------------------------------------

#if defined(__APPLE__) || defined(__FreeBSD__)
/// kqueue(2): the new kqueue descriptor.
[[nodiscard]] inline Result<int> kqueue() noexcept { return detail::result<int>(zcall_kqueue()); }

/// kevent(2): applies changes, then waits for events (timeout null: forever); the number of events returned.
[[nodiscard]] inline Result<int> kevent(borrowed_fd kq, std::span<const struct kevent> changes,
                                        std::span<struct kevent> events, const timespec* timeout = nullptr) noexcept {
  return detail::result<int>(zcall_kevent(kq, changes.data(), static_cast<int>(changes.size()), events.data(),
                                          static_cast<int>(events.size()), timeout));
}
#endif

// --- Memory and processes ----------------------------------------------------------

/// mmap(2): the mapping's address.
[[nodiscard]] inline Result<void*> mmap(void* addr, std::size_t length, int prot, int flags, borrowed_fd fd = -1,
                                        std::int64_t offset = 0) noexcept {
  return detail::result<void*>(zcall_mmap(addr, length, prot, flags, fd, offset));
}

/// munmap(2).
[[nodiscard]] inline Errno munmap(void* addr, std::size_t length) noexcept {
  return detail::status(zcall_munmap(addr, length));
}

/// getpid(2).
[[nodiscard]] inline Result<int> getpid() noexcept { return detail::result<int>(zcall_getpid()); }

// --- File types ------------------------------------------------------------------------

// The file type of a mode (st_mode, stx_mode): zcall::s::ISREG(st.st_mode), as S_ISREG tests it.
namespace s {
constexpr bool is_type(std::uint32_t mode, int type) noexcept {
  return (mode & static_cast<std::uint32_t>(IFMT)) == static_cast<std::uint32_t>(type);
}
constexpr bool ISBLK(std::uint32_t mode) noexcept { return is_type(mode, IFBLK); }
constexpr bool ISCHR(std::uint32_t mode) noexcept { return is_type(mode, IFCHR); }
constexpr bool ISDIR(std::uint32_t mode) noexcept { return is_type(mode, IFDIR); }
constexpr bool ISFIFO(std::uint32_t mode) noexcept { return is_type(mode, IFIFO); }
constexpr bool ISLNK(std::uint32_t mode) noexcept { return is_type(mode, IFLNK); }
constexpr bool ISREG(std::uint32_t mode) noexcept { return is_type(mode, IFREG); }
constexpr bool ISSOCK(std::uint32_t mode) noexcept { return is_type(mode, IFSOCK); }
}  // namespace s

}  // namespace v0_1
}  // namespace zcall

#endif
