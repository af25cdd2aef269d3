// SPDX-License-Identifier: MIT
//
// Writing an Errno to a std::ostream: its message, as perror writes it.
//
//     std::cerr << "read: " << err << " (" << err.name() << ")\n";
//
// A header of its own, so that <zcall/zcall.hpp> does not bring in <ostream>.
#ifndef ZCALL_OSTREAM_HPP
#define ZCALL_OSTREAM_HPP

#include <ostream>
#include <zcall/zcall.hpp>
#if __cplusplus >= 202002L  // else zcall.hpp said why not

namespace zcall {
inline namespace v0_1 {

inline std::ostream& operator<<(std::ostream& os, const errno_text& text) { return os << text.view(); }
inline std::ostream& operator<<(std::ostream& os, Errno err) { return os << err.message(); }

}  // namespace v0_1
}  // namespace zcall

#endif  // C++20
#endif
