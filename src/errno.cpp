// SPDX-License-Identifier: MIT
// Error numbers by name and message, from the generated table of the OS, or of
// the architecture where its kernel numbers errors its own way (mips64, ppc64).
#include "gen/errno.h"

#include <zcall/zcall.h>

namespace {

const char* lookup(uintptr_t err, const unsigned short* at, const char* blob) {
  using namespace zcall::detail;
  if (err >= errno_count || at[err] == errno_none) return nullptr;
  return blob + at[err];
}

// Copies what fits of text, then the decimal digits of number if it is not null, into buf
// (NUL-terminated when size > 0), and returns the whole length, as snprintf does.
size_t put(char* buf, size_t size, const char* text, const uintptr_t* number) {
  char digits[20];
  size_t ndigits = 0;
  if (number) {
    uintptr_t n = *number;
    do digits[ndigits++] = static_cast<char>('0' + n % 10);
    while ((n /= 10) != 0);
  }
  size_t len = 0;
  auto append = [&](char c) {
    if (len + 1 < size) buf[len] = c;
    len++;
  };
  for (; *text; text++) append(*text);
  while (ndigits) append(digits[--ndigits]);
  if (size) buf[len < size ? len : size - 1] = '\0';
  return len;
}

}  // namespace

const char* zcall_errname(uintptr_t err) {
  return lookup(err, zcall::detail::errno_name_at, zcall::detail::errno_names);
}

const char* zcall_strerror(uintptr_t err) {
  return lookup(err, zcall::detail::errno_message_at, zcall::detail::errno_messages);
}

size_t zcall_errname_r(uintptr_t err, char* buf, size_t size) {
  const char* name = zcall_errname(err);
  return name ? put(buf, size, name, nullptr) : put(buf, size, "errno ", &err);
}

size_t zcall_strerror_r(uintptr_t err, char* buf, size_t size) {
  const char* message = zcall_strerror(err);
  return message ? put(buf, size, message, nullptr) : put(buf, size, "Unknown error ", &err);
}
