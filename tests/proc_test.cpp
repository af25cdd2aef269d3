// SPDX-License-Identifier: MIT
// Processes, signals, time and randomness.
#include "helpers.hpp"
