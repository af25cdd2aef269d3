// SPDX-License-Identifier: MIT
//
// Not for users: the one place that maps a call's argument count to its
// number-last entry, zcall_nr_last0 ... zcall_nr_last6: the overload set
// nr_last_entry below, called as nr_last_entry(a1, ..., aN, nr).
// zcall::syscall4/6 in <zcall/zcall.hpp> and the typed wrappers of src/, which
// are compiled freestanding, both call it directly, so it needs nothing but
// <zcall/zcall.h>.
#ifndef ZCALL_DETAIL_NR_LAST_HPP
#define ZCALL_DETAIL_NR_LAST_HPP

#include <zcall/zcall.h>

namespace zcall {
inline namespace v0_1 {
namespace detail {

// The entries of zcall.h again, as one overload set: a call's argument count
// picks the entry. Each is also declared with an int first argument, the
// descriptor of nearly every call, so that it reaches the kernel as the C ABI
// left it in its register instead of being widened first (src/syscall.hpp
// says why that is safe). The symbols are the C entries'; only the declared
// types differ.
#define ZCALL_DETAIL_STRINGIFY(x) #x
#define ZCALL_DETAIL_SYMBOL(prefix, name) ZCALL_DETAIL_STRINGIFY(prefix) name
#define ZCALL_DETAIL_ENTRY(n) __asm__(ZCALL_DETAIL_SYMBOL(__USER_LABEL_PREFIX__, "zcall_nr_last" #n))
zcall_ret nr_last_entry(uintptr_t nr) ZCALL_DETAIL_ENTRY(0);
zcall_ret nr_last_entry(uintptr_t, uintptr_t nr) ZCALL_DETAIL_ENTRY(1);
zcall_ret nr_last_entry(int, uintptr_t nr) ZCALL_DETAIL_ENTRY(1);
zcall_ret nr_last_entry(uintptr_t, uintptr_t, uintptr_t nr) ZCALL_DETAIL_ENTRY(2);
zcall_ret nr_last_entry(int, uintptr_t, uintptr_t nr) ZCALL_DETAIL_ENTRY(2);
zcall_ret nr_last_entry(uintptr_t, uintptr_t, uintptr_t, uintptr_t nr) ZCALL_DETAIL_ENTRY(3);
zcall_ret nr_last_entry(int, uintptr_t, uintptr_t, uintptr_t nr) ZCALL_DETAIL_ENTRY(3);
zcall_ret nr_last_entry(uintptr_t, uintptr_t, uintptr_t, uintptr_t, uintptr_t nr) ZCALL_DETAIL_ENTRY(4);
zcall_ret nr_last_entry(int, uintptr_t, uintptr_t, uintptr_t, uintptr_t nr) ZCALL_DETAIL_ENTRY(4);
zcall_ret nr_last_entry(uintptr_t, uintptr_t, uintptr_t, uintptr_t, uintptr_t, uintptr_t nr) ZCALL_DETAIL_ENTRY(5);
zcall_ret nr_last_entry(int, uintptr_t, uintptr_t, uintptr_t, uintptr_t, uintptr_t nr) ZCALL_DETAIL_ENTRY(5);
zcall_ret nr_last_entry(uintptr_t, uintptr_t, uintptr_t, uintptr_t, uintptr_t, uintptr_t, uintptr_t nr)
    ZCALL_DETAIL_ENTRY(6);
zcall_ret nr_last_entry(int, uintptr_t, uintptr_t, uintptr_t, uintptr_t, uintptr_t, uintptr_t nr) ZCALL_DETAIL_ENTRY(6);
#undef ZCALL_DETAIL_ENTRY
#undef ZCALL_DETAIL_SYMBOL
#undef ZCALL_DETAIL_STRINGIFY

}  // namespace detail
}  // namespace v0_1
}  // namespace zcall

#endif
