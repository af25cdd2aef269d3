// SPDX-License-Identifier: MIT
//
// std::format for Errno and its texts: "{}" is the message, as perror writes it,
// and takes a string's format spec.
//
//     std::format("read: {} ({})", err, err.name())   // "read: Bad file descriptor (EBADF)"
//
// A header of its own, so that <zcall/zcall.hpp> does not bring in <format>,
// which libstdc++ has from GCC 13 and libc++ from LLVM 17.
#ifndef ZCALL_FORMAT_HPP
#define ZCALL_FORMAT_HPP

#include <zcall/zcall.hpp>
#if __cplusplus >= 202002L  // else zcall.hpp said why not

#if __has_include(<format>)
#include <format>
#endif
#ifndef __cpp_lib_format
#error "<zcall/format.hpp> needs std::format, which this standard library lacks; <zcall/ostream.hpp> has operator<<"
#endif

template <>
struct std::formatter<zcall::errno_text, char> : std::formatter<std::string_view, char> {
  template <class Context>
  auto format(const zcall::errno_text& text, Context& ctx) const {
    return std::formatter<std::string_view, char>::format(text.view(), ctx);
  }
};

template <>
struct std::formatter<zcall::Errno, char> : std::formatter<zcall::errno_text, char> {
  template <class Context>
  auto format(zcall::Errno err, Context& ctx) const {
    return std::formatter<zcall::errno_text, char>::format(err.message(), ctx);
  }
};

#endif  // C++20
#endif
