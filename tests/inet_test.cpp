// SPDX-License-Identifier: MIT
// <zcall/inet.hpp>: byte order against the C library's htons/htonl, address
// literals against inet_pton, socket addresses through bind and getsockname;
// and the buffer forms of send, recv, sendto and recvfrom.
#include <arpa/inet.h>
#include <fcntl.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cstring>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "helpers.hpp"

namespace {

TEST(inet_byte_order, swaps_as_the_c_library_does) {
  for (std::uint32_t v : {0u, 1u, 0x1234u, 0x7f000001u, 0xdeadbeefu, 0xffffffffu}) {
    EXPECT_EQ(zcall::hton32(v), htonl(v));
    EXPECT_EQ(zcall::ntoh32(v), ntohl(v));
    auto v16 = static_cast<std::uint16_t>(v);
    EXPECT_EQ(zcall::hton16(v16), htons(v16));
    EXPECT_EQ(zcall::ntoh16(v16), ntohs(v16));
  }
  static_assert(zcall::ntoh16(zcall::hton16(8080)) == 8080, "constexpr");
}

// Literals inet_pton takes and refuses; each is parsed by both and the answers compared.
constexpr std::string_view ipv4_literals[] = {
    "0.0.0.0",   "127.0.0.1", "192.0.2.255", "255.255.255.255", "1.2.3.4",  "256.0.0.1",  "1.2.3",    "1.2.3.4.5",
    "01.2.3.4",  "1.2.3.04",  "1..3.4",      ".1.2.3",          "1.2.3.",   "",           "1.2.3.4 ", " 1.2.3.4",
    "0x1.2.3.4", "1.2.3.-4",  "1.2.3.4/8",   "300.1.1.1",       "00.1.1.1", "1.2.3.255a",
};
constexpr std::string_view ipv6_literals[] = {
    "::",
    "::1",
    "1::",
    "2001:db8::1",
    "fe80::1:2:3:4",
    "1:2:3:4:5:6:7:8",
    "1:2:3:4:5:6:7::",
    "::2:3:4:5:6:7:8",
    "::ffff:192.0.2.1",
    "64:ff9b::1.2.3.4",
    "1:2:3:4:5:6:1.2.3.4",
    "ABCD:ef01::FfFf",
    "0:0:0:0:0:0:0:0",
    "1:2:3:4:5:6:7:8:9",
    "1::2::3",
    ":::",
    ":1",
    "1:",
    "1:2:3:4:5:6:7",
    "12345::",
    "::g",
    "1::2:3:4:5:6:7:8",
    "1:2:3:4:5:6:7:1.2.3.4",
    "::1.2.3",
    "::1.2.3.4.5",
    "::256.1.1.1",
    "1.2.3.4",
    "",
    ":",
    "fe80::1%1",
    "::ffff:1.2.3.4:1",
    "1:2:3:4:5:6:7:8::",
    "::ffff:01.2.3.4",
    "a:b:c:d:e:f:1.2.3.4",
    "1:::2",
};

TEST(inet_parse, ipv4_agrees_with_inet_pton) {
  for (std::string_view text : ipv4_literals) {
    SCOPED_TRACE(text);
    in_addr libc{};
    int ok = inet_pton(AF_INET, std::string(text).c_str(), &libc);
    auto [ours, err] = zcall::parse_ipv4(text);
    EXPECT_EQ(!err, ok == 1);
    if (ok == 1) {
      EXPECT_EQ(ours.s_addr, libc.s_addr);
    }
    if (err) {
      EXPECT_EQ(err, zcall::Errno::INVAL);
    }
  }
}

TEST(inet_parse, ipv6_agrees_with_inet_pton) {
  for (std::string_view text : ipv6_literals) {
    SCOPED_TRACE(text);
    in6_addr libc{};
    int ok = inet_pton(AF_INET6, std::string(text).c_str(), &libc);
    auto [ours, err] = zcall::parse_ipv6(text);
    EXPECT_EQ(!err, ok == 1);
    if (ok == 1) {
      EXPECT_EQ(std::memcmp(&ours, &libc, sizeof libc), 0);
    }
  }
  static_assert(zcall::parse_ipv6("::1").ok() && !zcall::parse_ipv6("::1::").ok(), "constexpr");
}

// Random strings over the characters addresses are made of, mostly near the shape of one:
// both parsers must accept and refuse the same ones, with the same bytes.
TEST(inet_parse, agrees_with_inet_pton_on_random_text) {
  std::mt19937 rng(20261130);
  const std::string_view alphabet = "0123456789abcdefABCDEF:::...g% ";
  int accepted4 = 0, accepted6 = 0;
  for (int i = 0; i < 50000; i++) {
    std::string text;
    std::size_t len = rng() % 44;
    for (std::size_t k = 0; k < len; k++) text += alphabet[rng() % alphabet.size()];
    if (i % 2) {  // a dotted quad with small changes
      text = std::to_string(rng() % 300) + "." + std::to_string(rng() % 300) + "." + std::to_string(rng() % 3) + "." +
             std::to_string(rng() % 260);
      if (rng() % 3 == 0) text = "::ffff:" + text;
      if (rng() % 4 == 0) text.insert(rng() % (text.size() + 1), 1, alphabet[rng() % alphabet.size()]);
    }
    in_addr libc4{};
    in6_addr libc6{};
    bool ok4 = inet_pton(AF_INET, text.c_str(), &libc4) == 1, ok6 = inet_pton(AF_INET6, text.c_str(), &libc6) == 1;
    auto ours4 = zcall::parse_ipv4(text);
    auto ours6 = zcall::parse_ipv6(text);
    ASSERT_EQ(ours4.ok(), ok4) << text;
    ASSERT_EQ(ours6.ok(), ok6) << text;
    if (ok4) {
      ASSERT_EQ(ours4.value.s_addr, libc4.s_addr) << text;
    }
    if (ok6) {
      ASSERT_EQ(std::memcmp(&ours6.value, &libc6, sizeof libc6), 0) << text;
    }
    accepted4 += ok4;
    accepted6 += ok6;
  }
  EXPECT_GT(accepted4, 1000) << "the random text must reach the accepting paths";
  EXPECT_GT(accepted6, 1000);
}

// The builders give the bytes glibc's own structs hold for the same address and port.
TEST(inet_sockaddr, has_the_c_librarys_bytes) {
  sockaddr_in libc4{};
  libc4.sin_family = AF_INET;
  libc4.sin_port = htons(8080);
  libc4.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  auto ours4 = zcall::ipv4_loopback(8080);
  static_assert(sizeof ours4 == sizeof libc4);
  EXPECT_EQ(std::memcmp(&ours4, &libc4, sizeof libc4), 0);
  EXPECT_EQ(zcall::port(ours4), 8080);
  libc4.sin_addr.s_addr = htonl(INADDR_ANY);
  auto any4 = zcall::ipv4_any(8080);
  EXPECT_EQ(std::memcmp(&any4, &libc4, sizeof libc4), 0);

  sockaddr_in6 libc6{};
  libc6.sin6_family = AF_INET6;
  libc6.sin6_port = htons(443);
  libc6.sin6_addr = in6addr_loopback;
  libc6.sin6_scope_id = 0;
  auto ours6 = zcall::ipv6_loopback(443);
  static_assert(sizeof ours6 == sizeof libc6);
  EXPECT_EQ(std::memcmp(&ours6, &libc6, sizeof libc6), 0);
  libc6.sin6_addr = in6addr_any;
  auto any6 = zcall::ipv6_any(443);
  EXPECT_EQ(std::memcmp(&any6, &libc6, sizeof libc6), 0);
  ASSERT_EQ(inet_pton(AF_INET6, "fe80::1", &libc6.sin6_addr), 1);
  libc6.sin6_scope_id = 3;
  auto link6 = zcall::ipv6_sockaddr(zcall::parse_ipv6("fe80::1").value, 443, 3);
  EXPECT_EQ(std::memcmp(&link6, &libc6, sizeof libc6), 0);
}

// Bound with the builder, the kernel reports the same address and the port it chose back.
TEST(inet_sockaddr, round_trips_through_bind_and_getsockname) {
  auto [sock, err] = zcall::own(zcall::socket(zcall::af::INET, zcall::sock::DGRAM | zcall::sock::CLOEXEC));
  ASSERT_FALSE(err) << err;
  auto [addr, perr] = zcall::parse_ipv4("127.0.0.1");
  ASSERT_FALSE(perr);
  ASSERT_FALSE(zcall::bind(sock, zcall::ipv4_sockaddr(addr, 0)));
  zcall::sockaddr_in got{};
  std::uint32_t len = sizeof got;
  ASSERT_FALSE(zcall::getsockname(sock, &got, &len));
  EXPECT_EQ(len, sizeof got);
  EXPECT_EQ(got.sin_addr.s_addr, zcall::ipv4_addr(zcall::inaddr::LOOPBACK).s_addr);
  EXPECT_NE(zcall::port(got), 0);
  auto again = zcall::ipv4_loopback(zcall::port(got));
  EXPECT_EQ(std::memcmp(&again, &got, sizeof got), 0);

  auto [sock6, err6] = zcall::own(zcall::socket(zcall::af::INET6, zcall::sock::DGRAM | zcall::sock::CLOEXEC));
  if (err6 == zcall::Errno::AFNOSUPPORT) GTEST_SKIP() << "this kernel has no IPv6";
  ASSERT_FALSE(err6) << err6;
  if (auto berr = zcall::bind(sock6, zcall::ipv6_loopback(0))) {
    if (berr == zcall::Errno::ADDRNOTAVAIL) GTEST_SKIP() << "no ::1 here (IPv6 disabled on lo)";
    FAIL() << berr;
  }
  zcall::sockaddr_in6 got6{};
  len = sizeof got6;
  ASSERT_FALSE(zcall::getsockname(sock6, &got6, &len));
  auto again6 = zcall::ipv6_loopback(zcall::port(got6));
  EXPECT_EQ(std::memcmp(&again6, &got6, sizeof got6), 0);
}

// send/recv/sendto/recvfrom take any contiguous range of char, unsigned char or std::byte.
TEST(inet_buffers, send_and_recv_take_strings_arrays_and_vectors) {
  int sv[2];
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0, sv), 0);
  zcall::owned_fd a{sv[0]}, b{sv[1]};

  auto [n, err] = zcall::send(a, std::string_view("hello"));
  EXPECT_FALSE(err) << err;
  EXPECT_EQ(n, 5u);
  std::array<char, 16> chars{};
  auto [m, rerr] = zcall::recv(b, chars);
  EXPECT_FALSE(rerr);
  EXPECT_EQ(std::string_view(chars.data(), m), "hello");

  const std::vector<unsigned char> bytes{1, 2, 3};
  EXPECT_EQ(zcall::sendto(a, bytes, 0, nullptr, 0).value, 3u);
  std::vector<std::byte> out(8);
  zcall::sockaddr_un from{};
  std::uint32_t from_len = sizeof from;
  auto [k, ferr] = zcall::recvfrom(b, out, 0, &from, &from_len);
  EXPECT_FALSE(ferr);
  ASSERT_EQ(k, 3u);
  EXPECT_EQ(out[2], std::byte{3});
  EXPECT_EQ(from_len, 0u) << "an unbound sender has no address";

  std::string text = "peeked";
  EXPECT_EQ(zcall::send(a, text, zcall::msg::DONTWAIT).value, text.size());
  char raw[4];
  auto [p, perr] = zcall::recv(b, raw, zcall::msg::PEEK | zcall::msg::TRUNC);
  EXPECT_FALSE(perr);
  EXPECT_EQ(p, text.size()) << "MSG_TRUNC: the datagram's whole length";
  EXPECT_EQ(std::string_view(raw, 4), "peek");
  // A C array with a number after it is a pointer and a length, not a buffer and flags: 2 is
  // the length here (the datagram is cut to 2 bytes), not MSG_PEEK (which would give all 3).
  char arr[64];
  EXPECT_EQ(zcall::send(a, std::string_view("abc")).value, 3u);
  EXPECT_EQ(zcall::recv(b, arr, 2).value, 2u);
  EXPECT_EQ(zcall::send(a, arr, 1).value, 1u) << "one byte of the array, not 64 with flags 1";
  EXPECT_EQ(zcall::recv(b, std::span(arr)).value, 1u);
  EXPECT_EQ(zcall::recv(-1, raw).err, zcall::Errno::BADF);
  EXPECT_EQ(zcall::send(-1, text).err, zcall::Errno::BADF);
}

// A string literal is an array of const char with its NUL: the buffer forms refuse it.
static_assert(zcall::bytes_in<std::string_view> && zcall::bytes_in<std::string&> &&
              zcall::bytes_in<const std::vector<unsigned char>&> && zcall::bytes_in<std::span<const std::byte>>);
static_assert(!zcall::bytes_in<const char (&)[6]> && zcall::bytes_in<char (&)[6]>);
static_assert(zcall::bytes_out<std::array<char, 4>&> && !zcall::bytes_out<std::string_view> &&
              !zcall::bytes_out<const std::string&> && !zcall::bytes_in<std::vector<int>&>);
template <class B>
concept sendable = requires(B&& b) { zcall::send(0, b); };
static_assert(!sendable<const char (&)[6]> && sendable<std::string_view>);
// A length where the flags go is refused: send(fd, v, v.size()) does not compile.
template <class B, class N>
concept sendable_with = requires(B&& b, N n) { zcall::send(0, b, n); };
static_assert(!sendable_with<std::vector<char>&, std::size_t> && sendable_with<std::vector<char>&, int> &&
              sendable_with<char (&)[6], std::size_t>);

// The ioctl requests, asked of the kernel: their numbers are checked against <sys/ioctl.h>
// with every other constant (tests/gen/linux_check.hpp); here each does what it is named for.
TEST(inet_ioctl, requests_do_what_they_are_named_for) {
  int p[2];
  ASSERT_EQ(pipe2(p, O_CLOEXEC), 0);
  zcall::owned_fd rd{p[0]}, wr{p[1]};
  ASSERT_EQ(write(wr.get(), "abc", 3), 3);
  int queued = -1;
  ASSERT_FALSE(zcall::ioctl(rd, zcall::fio::NREAD, &queued).err);
  EXPECT_EQ(queued, 3);

  int on = 1;
  ASSERT_FALSE(zcall::ioctl(rd, zcall::fio::NBIO, &on).err);
  EXPECT_TRUE(fcntl(rd.get(), F_GETFL) & O_NONBLOCK);
  ASSERT_FALSE(zcall::ioctl(wr, zcall::fio::NCLEX).err);
  EXPECT_FALSE(fcntl(wr.get(), F_GETFD) & FD_CLOEXEC);
  ASSERT_FALSE(zcall::ioctl(wr, zcall::fio::CLEX).err);
  EXPECT_TRUE(fcntl(wr.get(), F_GETFD) & FD_CLOEXEC);

  zcall::winsize ws{};
  EXPECT_EQ(zcall::ioctl(rd, zcall::tioc::GWINSZ, &ws).err, zcall::Errno::NOTTY) << "a pipe is no terminal";

  auto [sock, err] = zcall::own(zcall::socket(zcall::af::INET, zcall::sock::DGRAM | zcall::sock::CLOEXEC));
  ASSERT_FALSE(err);
  ifreq ifr{};
  std::strcpy(ifr.ifr_name, "lo");
  ASSERT_FALSE(zcall::ioctl(sock, zcall::sioc::GIFINDEX, &ifr).err);
  EXPECT_EQ(static_cast<unsigned>(ifr.ifr_ifindex), if_nametoindex("lo"));

  auto [listener, lerr] = zcall::own(zcall::socket(zcall::af::INET, zcall::sock::STREAM | zcall::sock::CLOEXEC));
  ASSERT_FALSE(lerr);
  ASSERT_FALSE(zcall::listen(listener, zcall::so::MAXCONN));
}

// The file types, tested as <sys/stat.h>'s macros test them, on real files.
TEST(inet_file_types, match_the_c_librarys_tests) {
  zcall::stat st{};
  struct probe {
    const char* what;
    int fd;
  };
  int p[2];
  ASSERT_EQ(pipe2(p, O_CLOEXEC), 0);
  zcall::owned_fd rd{p[0]}, wr{p[1]};
  zcall::owned_fd dir{open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC)}, null{open("/dev/null", O_RDONLY | O_CLOEXEC)};
  zcall::owned_fd sock{socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0)};
  T_TMPDIR(tmp);
  zcall::owned_fd file{open(tmp.path("f").c_str(), O_CREAT | O_RDWR | O_CLOEXEC, 0600)};
  for (probe p : {probe{"pipe", rd.get()}, probe{"dir", dir.get()}, probe{"chr", null.get()}, probe{"sock", sock.get()},
                  probe{"reg", file.get()}}) {
    SCOPED_TRACE(p.what);
    ASSERT_FALSE(zcall::fstat(p.fd, &st));
    std::uint32_t m = st.st_mode;
    EXPECT_EQ(zcall::s::ISREG(m), S_ISREG(m));
    EXPECT_EQ(zcall::s::ISDIR(m), S_ISDIR(m));
    EXPECT_EQ(zcall::s::ISCHR(m), S_ISCHR(m));
    EXPECT_EQ(zcall::s::ISBLK(m), S_ISBLK(m));
    EXPECT_EQ(zcall::s::ISFIFO(m), S_ISFIFO(m));
    EXPECT_EQ(zcall::s::ISSOCK(m), S_ISSOCK(m));
    EXPECT_EQ(zcall::s::ISLNK(m), S_ISLNK(m));
    EXPECT_EQ(ZCALL_S_ISREG(m), S_ISREG(m));
    EXPECT_EQ(ZCALL_S_ISFIFO(m), S_ISFIFO(m));
    EXPECT_EQ(ZCALL_S_ISDIR(m), S_ISDIR(m));
  }
}

}  // namespace
