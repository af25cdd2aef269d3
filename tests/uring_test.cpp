// SPDX-License-Identifier: MIT
// io_uring: setup, the mmapped rings, enter and register.
#include "helpers.hpp"
