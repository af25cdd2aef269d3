// SPDX-License-Identifier: MIT
// The C++ consumer: zcall.hpp as installed, with every header it includes.
#include <zcall/zcall.hpp>

int main() {
  auto [n, err] = zcall::write(1, "c++ consumer ok\n", 16);
  return err || n != 16 || zcall::close(-1) != zcall::Errno::BADF;
}
