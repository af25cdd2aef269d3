// SPDX-License-Identifier: MIT
// Futexes: futex, its wait/wake helpers, futex_waitv.
#include "helpers.hpp"
