// SPDX-License-Identifier: MIT
// Kernel structs: size and every field's offset against the system's headers.
#include "helpers.hpp"
