// SPDX-License-Identifier: MIT
// The asm entry points keep every callee-saved register and the stack pointer:
// each is called from inline asm that fills those registers with canaries
// first and records them right after the call, so no compiler-generated
// reload can hide a clobbered register. The asm saves and restores the
// compiler's own values itself (the frame pointer among them, which a clobber
// list may not name), and reaches its frame through a PC-relative symbol, so
// even a corrupted stack pointer is reported rather than crashing the test.
#include <unistd.h>

#include <cerrno>
#include <cstddef>
#include <cstdint>

#include "helpers.hpp"

namespace {

// What the asm reads and writes; offsets are spelled out in the asm below.
struct frame {
  std::uintptr_t fn;         // 0: the entry point
  std::uintptr_t args[7];    // 8: its arguments in C order (x86_64 passes the 7th on the stack)
  std::uintptr_t ret[2];     // 64: r1, err as the entry returned them
  std::uintptr_t sp_before;  // 80: the stack pointer at the call
  std::uintptr_t sp_after;   // 88: and right after it
  std::uintptr_t sp_saved;   // 96: the compiler's, restored at the end
  std::uintptr_t unused[3];
  std::uintptr_t canary[32];  // 128: loaded into the callee-saved registers before the call
  std::uintptr_t after[32];   // 384: what those registers held after it
  std::uintptr_t saved[32];   // 640: the compiler's values, restored at the end
};
static_assert(offsetof(frame, ret) == 64 && offsetof(frame, sp_saved) == 96 && offsetof(frame, canary) == 128 &&
              offsetof(frame, after) == 384 && offsetof(frame, saved) == 640);

// One frame, named for the asm; the test runs on one thread.
[[gnu::used]] frame the_frame __asm__("zcall_canary_frame");

#if defined(__x86_64__)
const char* const names[] = {"rbx", "rbp", "r12", "r13", "r14", "r15"};
// `move` each callee-saved register in turn to or from (%rax), which moves on 8 bytes each time.
#define ZCALL_EACH(move) ".irp r, rbx, rbp, r12, r13, r14, r15\n" move "\nadd $8, %%rax\n.endr\n"
void call_with_canaries() {
  __asm__ volatile(
      "lea zcall_canary_frame(%%rip), %%r11\n"
      "mov %%rsp, 96(%%r11)\n"
      "lea 640(%%r11), %%rax\n" ZCALL_EACH("mov %%\\r, (%%rax)")  // the compiler's values
      "lea -128(%%rsp), %%rsp\n"                                  // past the red zone the compiler may be using
      "and $-16, %%rsp\n"
      "sub $16, %%rsp\n"
      "mov 56(%%r11), %%rax\n"
      "mov %%rax, (%%rsp)\n"                                      // the 7th argument
      "lea 128(%%r11), %%rax\n" ZCALL_EACH("mov (%%rax), %%\\r")  // the canaries
      "mov 8(%%r11), %%rdi\n mov 16(%%r11), %%rsi\n mov 24(%%r11), %%rdx\n"
      "mov 32(%%r11), %%rcx\n mov 40(%%r11), %%r8\n mov 48(%%r11), %%r9\n"
      "mov %%rsp, 80(%%r11)\n"
      "call *(%%r11)\n"
      "lea zcall_canary_frame(%%rip), %%r11\n"
      "mov %%rsp, 88(%%r11)\n"
      "mov %%rax, 64(%%r11)\n mov %%rdx, 72(%%r11)\n"
      "lea 384(%%r11), %%rax\n" ZCALL_EACH("mov %%\\r, (%%rax)")  // what the call left
      "lea 640(%%r11), %%rax\n" ZCALL_EACH("mov (%%rax), %%\\r")  // the compiler's values back
      "mov 96(%%r11), %%rsp\n"
      : "+m"(the_frame)
      :
      : "rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11", "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5",
        "xmm6", "xmm7", "xmm8", "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15", "cc", "memory");
}
#undef ZCALL_EACH
#elif defined(__aarch64__)
const char* const names[] = {"x19", "x20", "x21", "x22", "x23", "x24", "x25", "x26", "x27", "x28",
                             "x29", "d8",  "d9",  "d10", "d11", "d12", "d13", "d14", "d15"};
// `op` (str or ldr) each callee-saved register in turn at x10, which moves on 8 bytes each time.
// clang-format off
#define ZCALL_EACH(op) \
  ".irp r, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29\n" op " x\\r, [x10], #8\n.endr\n" \
  ".irp r, 8, 9, 10, 11, 12, 13, 14, 15\n" op " d\\r, [x10], #8\n.endr\n"
// clang-format on
void call_with_canaries() {
  __asm__ volatile(
      "adrp x9, zcall_canary_frame\n add x9, x9, :lo12:zcall_canary_frame\n"
      "mov x10, sp\n str x10, [x9, #96]\n"
      "add x10, x9, #640\n" ZCALL_EACH("str")
      "add x10, x9, #128\n" ZCALL_EACH("ldr")
      "ldp x0, x1, [x9, #8]\n ldp x2, x3, [x9, #24]\n ldp x4, x5, [x9, #40]\n ldr x6, [x9, #56]\n"
      "ldr x16, [x9]\n"
      "mov x10, sp\n str x10, [x9, #80]\n"
      "blr x16\n"
      "adrp x9, zcall_canary_frame\n add x9, x9, :lo12:zcall_canary_frame\n"
      "mov x10, sp\n str x10, [x9, #88]\n"
      "stp x0, x1, [x9, #64]\n"
      "add x10, x9, #384\n" ZCALL_EACH("str")
      "add x10, x9, #640\n" ZCALL_EACH("ldr")
      "ldr x10, [x9, #96]\n mov sp, x10\n"
      : "+m"(the_frame)
      :
      : "x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10", "x11", "x12", "x13", "x14", "x15", "x16",
        "x17", "x18", "x30", "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v16", "v17", "v18", "v19", "v20",
        "v21", "v22", "v23", "v24", "v25", "v26", "v27", "v28", "v29", "v30", "v31", "cc", "memory");
}
#undef ZCALL_EACH
#elif defined(__riscv) && __riscv_xlen == 64
// `op` each callee-saved register to or from the frame's array at byte offset `at`;
// with the D extension fs0..fs11 are callee-saved too, and follow s0..s11 there.
// clang-format off
#define ZCALL_EACH_S(op, at) ".irp r, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11\n" op " s\\r, " at "+8*\\r(t0)\n.endr\n"
#if defined(__riscv_flen) && __riscv_flen >= 64
const char* const names[] = {"s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11",
                             "fs0", "fs1", "fs2", "fs3", "fs4", "fs5", "fs6", "fs7", "fs8", "fs9", "fs10", "fs11"};
#define ZCALL_EACH(op, fop, at) \
  ZCALL_EACH_S(op, at) ".irp r, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11\n" fop " fs\\r, " at "+96+8*\\r(t0)\n.endr\n"
#define ZCALL_FP_CLOBBERS , "ft0", "ft1", "ft2", "ft3", "ft4", "ft5", "ft6", "ft7", "ft8", "ft9", "ft10", "ft11", \
  "fa0", "fa1", "fa2", "fa3", "fa4", "fa5", "fa6", "fa7"
#else
const char* const names[] = {"s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11"};
#define ZCALL_EACH(op, fop, at) ZCALL_EACH_S(op, at)
#define ZCALL_FP_CLOBBERS
#endif
// clang-format on
void call_with_canaries() {
  __asm__ volatile(
      "lla t0, zcall_canary_frame\n"
      "sd sp, 96(t0)\n" ZCALL_EACH("sd", "fsd", "640") ZCALL_EACH("ld", "fld", "128")
      "ld a0, 8(t0)\n ld a1, 16(t0)\n ld a2, 24(t0)\n ld a3, 32(t0)\n ld a4, 40(t0)\n ld a5, 48(t0)\n ld a6, 56(t0)\n"
      "ld t1, 0(t0)\n"
      "sd sp, 80(t0)\n"
      "jalr t1\n"
      "lla t0, zcall_canary_frame\n"
      "sd sp, 88(t0)\n"
      "sd a0, 64(t0)\n sd a1, 72(t0)\n" ZCALL_EACH("sd", "fsd", "384") ZCALL_EACH("ld", "fld", "640")
      "ld sp, 96(t0)\n"
      : "+m"(the_frame)
      :
      : "ra", "t0", "t1", "t2", "t3", "t4", "t5", "t6", "a0", "a1", "a2", "a3", "a4", "a5", "a6",
        "a7" ZCALL_FP_CLOBBERS, "memory");
}
#undef ZCALL_EACH
#undef ZCALL_EACH_S
#undef ZCALL_FP_CLOBBERS
#else
#error "tests/canary_test.cpp: add this architecture's callee-saved registers"
#endif

constexpr std::size_t registers = sizeof names / sizeof names[0];

// Every entry point, and where its arguments go: the syscallN entries take the
// number first and the arguments after it, the nr_lastN entries the arguments first
// and the number after them.
struct entry {
  const char* name;
  std::uintptr_t fn;
  int arity;
  bool number_first;
};

template <typename F>
std::uintptr_t address(F* f) {
  return reinterpret_cast<std::uintptr_t>(f);
}

const entry entries[] = {
    {"zcall_syscall4", address(zcall_syscall4), 4, true},  {"zcall_syscall6", address(zcall_syscall6), 6, true},
    {"zcall_nr_last0", address(zcall_nr_last0), 0, false}, {"zcall_nr_last1", address(zcall_nr_last1), 1, false},
    {"zcall_nr_last2", address(zcall_nr_last2), 2, false}, {"zcall_nr_last3", address(zcall_nr_last3), 3, false},
    {"zcall_nr_last4", address(zcall_nr_last4), 4, false}, {"zcall_nr_last5", address(zcall_nr_last5), 5, false},
    {"zcall_nr_last6", address(zcall_nr_last6), 6, false},
};

// Calls e as nr(a1, 0, ...) with canaries in every callee-saved register, and
// checks each register and the stack pointer came back as they went in.
zcall_ret call(const entry& e, std::uintptr_t nr, std::uintptr_t a1, std::uintptr_t seq) {
  frame& f = the_frame;
  f = frame{};
  f.fn = e.fn;
  f.args[e.number_first ? 0 : e.arity] = nr;
  if (e.arity > 0) f.args[e.number_first ? 1 : 0] = a1;
  // Full-width values, distinct per register and per call, so a swap or a stale value shows too.
  for (std::size_t i = 0; i < registers; i++) f.canary[i] = 0xca11ab1e00000000u | (seq << 16) | ((i + 1) * 0x0101u);
  call_with_canaries();
  for (std::size_t i = 0; i < registers; i++) EXPECT_EQ(f.after[i], f.canary[i]) << names[i] << " after the call";
  EXPECT_EQ(f.sp_after, f.sp_before) << "stack pointer after the call";
  return zcall_ret{f.ret[0], f.ret[1]};
}

TEST(canary, every_entry_keeps_the_callee_saved_registers_and_the_stack_pointer) {
  std::uintptr_t seq = 0;
  for (const entry& e : entries) {
    SCOPED_TRACE(e.name);
    EXPECT_EQ(T_EXPECT_OK(call(e, ZCALL_SYS_getpid, 0, ++seq)), static_cast<std::uintptr_t>(getpid()));
    // An error: close(-1), or for nr_last0, which passes no argument, a number the kernel does not have.
    if (e.arity > 0)
      T_EXPECT_ERR(call(e, ZCALL_SYS_close, ~std::uintptr_t{0}, ++seq), EBADF);
    else
      T_EXPECT_ERR(call(e, ~std::uintptr_t{0}, 0, ++seq), ENOSYS);
  }
}

}  // namespace
