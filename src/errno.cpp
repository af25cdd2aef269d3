// SPDX-License-Identifier: MIT
// Error numbers by name and message, from the generated per-OS table.
#include <zcall/zcall.h>

#if defined(__linux__)
#include "gen/errno_linux.h"
#elif defined(__APPLE__)
#include "gen/errno_darwin.h"
#elif defined(__FreeBSD__)
#include "gen/errno_freebsd.h"
#endif

namespace {

const char* lookup(uintptr_t err, const unsigned short* at, const char* blob) {
  using namespace zcall::detail;
  if (err >= errno_count || at[err] == errno_none) return nullptr;
  return blob + at[err];
}

}  // namespace

const char* zcall_errname(uintptr_t err) {
  return lookup(err, zcall::detail::errno_name_at, zcall::detail::errno_names);
}

const char* zcall_strerror(uintptr_t err) {
  return lookup(err, zcall::detail::errno_message_at, zcall::detail::errno_messages);
}
