// SPDX-License-Identifier: MIT
//
// IPv4 and IPv6 addresses for the socket calls: byte order, sockaddr_in and
// sockaddr_in6 built from an address and a port, and address literals parsed
// as inet_pton(3) parses them. All constexpr, with no allocation and no C
// library. Included by <zcall/zcall.hpp>.
//
//     auto addr = zcall::ipv4_loopback(8080);
//     zcall::bind(sock, addr);
//     auto [a6, err] = zcall::parse_ipv6("2001:db8::1");
//     auto addr6 = zcall::ipv6_sockaddr(a6, 8080);
//
// Ports and the host-order constants (inaddr::LOOPBACK) are given in the
// host's order; the structs hold them in the network's, as the kernel reads them.
#ifndef ZCALL_INET_HPP
#define ZCALL_INET_HPP

#ifndef ZCALL_ZCALL_HPP
#error "include <zcall/zcall.hpp>, not <zcall/inet.hpp>"
#endif

namespace zcall {
inline namespace v0_1 {

// --- Byte order --------------------------------------------------------------------

/// Host to network order (big-endian) and back; the same swap both ways.
constexpr std::uint16_t hton16(std::uint16_t v) noexcept {
  if constexpr (std::endian::native == std::endian::big) return v;
  return static_cast<std::uint16_t>(v << 8 | v >> 8);
}
constexpr std::uint32_t hton32(std::uint32_t v) noexcept {
  if constexpr (std::endian::native == std::endian::big) return v;
  return v << 24 | (v & 0xff00) << 8 | (v >> 8 & 0xff00) | v >> 24;
}
constexpr std::uint16_t ntoh16(std::uint16_t v) noexcept { return hton16(v); }
constexpr std::uint32_t ntoh32(std::uint32_t v) noexcept { return hton32(v); }

// --- Addresses ------------------------------------------------------------------------

namespace detail {

constexpr std::uint8_t* bytes(in6_addr& a) noexcept {
#if defined(__linux__)
  return a.in6_u.u6_addr8;
#else
  return a.u6_addr8;
#endif
}

constexpr int hex_digit(char c) noexcept {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/// Dotted decimal, four parts of 0-255 with no leading zero, into out[0..4).
constexpr bool parse_ipv4(std::string_view s, std::uint8_t* out) noexcept {
  int parts = 0, digits = 0;
  unsigned value = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      if (digits > 0 && value == 0) return false;
      value = value * 10 + static_cast<unsigned>(c - '0');
      if (value > 255) return false;
      digits++;
    } else if (c == '.' && digits > 0 && parts < 3) {
      out[parts++] = static_cast<std::uint8_t>(value);
      value = 0;
      digits = 0;
    } else {
      return false;
    }
  }
  if (digits == 0 || parts != 3) return false;
  out[3] = static_cast<std::uint8_t>(value);
  return true;
}

/// RFC 4291 text: eight groups of up to four hex digits, one "::" standing for
/// at least one zero group, and the last 32 bits optionally dotted decimal.
constexpr bool parse_ipv6(std::string_view s, std::uint8_t* out) noexcept {
  std::uint8_t buf[16] = {};
  std::size_t n = 0, i = 0, token = 0;
  int gap = -1, digits = 0;
  unsigned value = 0;
  if (!s.empty() && s[0] == ':') {
    if (s.size() < 2 || s[1] != ':') return false;
    i = token = 1;
  }
  for (; i < s.size(); i++) {
    char c = s[i];
    if (int h = hex_digit(c); h >= 0) {
      if (++digits > 4) return false;
      value = value << 4 | static_cast<unsigned>(h);
    } else if (c == ':') {
      token = i + 1;
      if (digits == 0) {
        if (gap >= 0) return false;
        gap = static_cast<int>(n);
        continue;
      }
      if (token == s.size() || n + 2 > 16) return false;
      buf[n++] = static_cast<std::uint8_t>(value >> 8);
      buf[n++] = static_cast<std::uint8_t>(value);
      value = 0;
      digits = 0;
    } else if (c == '.' && n + 4 <= 16 && parse_ipv4(s.substr(token), buf + n)) {
      n += 4;
      digits = 0;
      break;
    } else {
      return false;
    }
  }
  if (digits > 0) {
    if (n + 2 > 16) return false;
    buf[n++] = static_cast<std::uint8_t>(value >> 8);
    buf[n++] = static_cast<std::uint8_t>(value);
  }
  if (gap >= 0) {
    if (n == 16) return false;
    std::size_t tail = n - static_cast<std::size_t>(gap);
    for (std::size_t k = 0; k < tail; k++) {
      buf[16 - 1 - k] = buf[n - 1 - k];
      buf[n - 1 - k] = 0;
    }
    n = 16;
  }
  if (n != 16) return false;
  for (std::size_t k = 0; k < 16; k++) out[k] = buf[k];
  return true;
}

}  // namespace detail

/// An IPv4 address from its host-order value (inaddr::LOOPBACK, 0xc0a80001).
constexpr in_addr ipv4_addr(std::uint32_t host_order) noexcept { return in_addr{hton32(host_order)}; }

/// "192.0.2.1" as inet_pton reads it: Errno::INVAL for anything else.
constexpr Result<in_addr> parse_ipv4(std::string_view text) noexcept {
  std::uint8_t b[4] = {};
  if (!detail::parse_ipv4(text, b)) return {in_addr{}, Errno::INVAL};
  return {ipv4_addr(std::uint32_t{b[0]} << 24 | std::uint32_t{b[1]} << 16 | std::uint32_t{b[2]} << 8 | b[3]), Errno{}};
}

/// "2001:db8::1", "::ffff:192.0.2.1" as inet_pton reads them (no zone "%eth0"): Errno::INVAL for anything else.
constexpr Result<in6_addr> parse_ipv6(std::string_view text) noexcept {
  in6_addr a{};
  if (!detail::parse_ipv6(text, detail::bytes(a))) return {in6_addr{}, Errno::INVAL};
  return {a, Errno{}};
}

// --- Socket addresses -------------------------------------------------------------

/// sockaddr_in for an address and a host-order port.
constexpr sockaddr_in ipv4_sockaddr(in_addr addr, std::uint16_t port) noexcept {
  sockaddr_in sa{};
#if !defined(__linux__)
  sa.sin_len = sizeof sa;
#endif
  sa.sin_family = af::INET;
  sa.sin_port = hton16(port);
  sa.sin_addr = addr;
  return sa;
}
constexpr sockaddr_in ipv4_loopback(std::uint16_t port) noexcept {
  return ipv4_sockaddr(ipv4_addr(0x7f000001), port);  // 127.0.0.1, INADDR_LOOPBACK everywhere
}
constexpr sockaddr_in ipv4_any(std::uint16_t port) noexcept { return ipv4_sockaddr(in_addr{}, port); }

/// sockaddr_in6 for an address, a host-order port and, for a link-local address, an interface index.
constexpr sockaddr_in6 ipv6_sockaddr(const in6_addr& addr, std::uint16_t port, std::uint32_t scope_id = 0) noexcept {
  sockaddr_in6 sa{};
#if !defined(__linux__)
  sa.sin6_len = sizeof sa;
#endif
  sa.sin6_family = af::INET6;
  sa.sin6_port = hton16(port);
  sa.sin6_addr = addr;
  sa.sin6_scope_id = scope_id;
  return sa;
}
/// ::1 and ::.
constexpr sockaddr_in6 ipv6_loopback(std::uint16_t port) noexcept {
  in6_addr a{};
  detail::bytes(a)[15] = 1;
  return ipv6_sockaddr(a, port);
}
constexpr sockaddr_in6 ipv6_any(std::uint16_t port) noexcept { return ipv6_sockaddr(in6_addr{}, port); }

/// The host-order port of either.
constexpr std::uint16_t port(const sockaddr_in& sa) noexcept { return ntoh16(sa.sin_port); }
constexpr std::uint16_t port(const sockaddr_in6& sa) noexcept { return ntoh16(sa.sin6_port); }

/// bind(2), connect(2) and accept(2) with a typed address: its size goes with it.
template <class A>
concept socket_address =
    std::is_same_v<A, sockaddr_in> || std::is_same_v<A, sockaddr_in6> || std::is_same_v<A, sockaddr_un>;

template <socket_address A>
[[nodiscard]] inline Errno bind(borrowed_fd fd, const A& addr) noexcept {
  return bind(fd, &addr, sizeof addr);
}
template <socket_address A>
[[nodiscard]] inline Errno connect(borrowed_fd fd, const A& addr) noexcept {
  return connect(fd, &addr, sizeof addr);
}

}  // namespace v0_1
}  // namespace zcall

#endif
