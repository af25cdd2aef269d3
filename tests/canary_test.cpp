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
#elif defined(__powerpc64__)
const char* const names[] = {"r14", "r15", "r16", "r17", "r18", "r19", "r20", "r21", "r22",
                             "r23", "r24", "r25", "r26", "r27", "r28", "r29", "r30", "r31"};
// `op` (std or ld) each callee-saved register r14..r31 to or from the frame's array at byte offset `at`;
// ZCALL_FRAME puts the frame's address in r11, PC-relative, so that it needs neither r1 nor the TOC in r2.
// clang-format off
#define ZCALL_EACH(op, at) \
  ".irp r, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31\n" \
  op " \\r, " at "+8*(\\r-14)(11)\n.endr\n"
#define ZCALL_FRAME \
  "bcl 20, 31, 1f\n1: mflr 11\n" \
  "addis 11, 11, (zcall_canary_frame-1b)@ha\n addi 11, 11, (zcall_canary_frame-1b)@l\n"
// clang-format on
void call_with_canaries() {
  __asm__ volatile(
      ZCALL_FRAME "std 1, 96(11)\n" ZCALL_EACH("std", "640")  // the compiler's values
      "addi 12, 1, -512\n clrrdi 12, 12, 4\n"                 // past the 288-byte red zone the compiler may be using
      "std 1, 0(12)\n mr 1, 12\n"                             // a back chain, and the callee's LR and TOC save words
      ZCALL_EACH("ld", "128")                                 // the canaries
      "ld 3, 8(11)\n ld 4, 16(11)\n ld 5, 24(11)\n ld 6, 32(11)\n ld 7, 40(11)\n ld 8, 48(11)\n ld 9, 56(11)\n"
      "ld 12, 0(11)\n mtctr 12\n"  // ELFv2: a call through a pointer has the entry's address in r12
      "std 1, 80(11)\n"
      "bctrl\n" ZCALL_FRAME
      "std 1, 88(11)\n"
      "std 3, 64(11)\n std 4, 72(11)\n" ZCALL_EACH("std", "384")  // what the call left
      ZCALL_EACH("ld", "640")                                     // the compiler's values back
      "ld 1, 96(11)\n"
      : "+m"(the_frame)
      :
      : "r0", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11", "r12", "lr", "ctr", "xer", "cr0", "cr1", "cr5",
        "cr6", "cr7", "fr0", "fr1", "fr2", "fr3", "fr4", "fr5", "fr6", "fr7", "fr8", "fr9", "fr10", "fr11", "fr12",
        "fr13", "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14", "v15",
        "v16", "v17", "v18", "v19", "memory");
}
#undef ZCALL_EACH
#undef ZCALL_FRAME
#elif defined(__mips64) && _MIPS_SIM == _ABI64
// n64: s0..s7, gp and fp are callee-saved, and with hard float f24..f31 too, which follow them.
// Nothing reaches memory PC-relatively before R6, so ZCALL_FRAME takes the pc from `bal` and adds
// the frame's distance from it, a word the linker fills in (R_MIPS_PC32): the gp canary leaves
// no GOT to load an address from.
// clang-format off
#define ZCALL_FRAME "bal 1f\n nop\n1: lw $12, 12($31)\n b 2f\n daddu $12, $12, $31\n.word zcall_canary_frame - 1b\n2:\n"
#define ZCALL_EACH_S(op, at) \
  ".irp r, 0, 1, 2, 3, 4, 5, 6, 7\n" op " $s\\r, " at "+8*\\r($12)\n.endr\n" \
  op " $gp, " at "+64($12)\n" op " $fp, " at "+72($12)\n"
#if defined(__mips_hard_float)
const char* const names[] = {"s0",  "s1",  "s2",  "s3",  "s4",  "s5",  "s6",  "s7",  "gp",
                             "fp",  "f24", "f25", "f26", "f27", "f28", "f29", "f30", "f31"};
#define ZCALL_EACH(op, fop, at) \
  ZCALL_EACH_S(op, at) ".irp r, 24, 25, 26, 27, 28, 29, 30, 31\n" fop " $f\\r, " at "+80+8*(\\r-24)($12)\n.endr\n"
#define ZCALL_FP_CLOBBERS , "$f0", "$f1", "$f2", "$f3", "$f4", "$f5", "$f6", "$f7", "$f8", "$f9", "$f10", "$f11", \
  "$f12", "$f13", "$f14", "$f15", "$f16", "$f17", "$f18", "$f19", "$f20", "$f21", "$f22", "$f23"
#else
const char* const names[] = {"s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "gp", "fp"};
#define ZCALL_EACH(op, fop, at) ZCALL_EACH_S(op, at)
#define ZCALL_FP_CLOBBERS
#endif
// hi and lo are gone in R6.
#if __mips_isa_rev < 6
#define ZCALL_HILO_CLOBBERS , "hi", "lo"
#else
#define ZCALL_HILO_CLOBBERS
#endif
// clang-format on
void call_with_canaries() {
  __asm__ volatile(
      ".set push\n.set noreorder\n.set nomacro\n.set noat\n" ZCALL_FRAME
      "sd $sp, 96($12)\n" ZCALL_EACH("sd", "sdc1", "640") ZCALL_EACH("ld", "ldc1", "128")
      "ld $4, 8($12)\n ld $5, 16($12)\n ld $6, 24($12)\n ld $7, 32($12)\n"
      "ld $8, 40($12)\n ld $9, 48($12)\n ld $10, 56($12)\n"
      "ld $25, 0($12)\n"
      "sd $sp, 80($12)\n"
      "jalr $25\n nop\n" ZCALL_FRAME
      "sd $sp, 88($12)\n"
      "sd $2, 64($12)\n sd $3, 72($12)\n" ZCALL_EACH("sd", "sdc1", "384") ZCALL_EACH("ld", "ldc1", "640")
      "ld $sp, 96($12)\n"
      ".set pop\n"
      : "+m"(the_frame)
      :
      : "$1", "$2", "$3", "$4", "$5", "$6", "$7", "$8", "$9", "$10", "$11", "$12", "$13", "$14", "$15", "$24",
        "$25", "$31" ZCALL_HILO_CLOBBERS ZCALL_FP_CLOBBERS, "memory");
}
#undef ZCALL_EACH
#undef ZCALL_EACH_S
#undef ZCALL_FRAME
#undef ZCALL_FP_CLOBBERS
#undef ZCALL_HILO_CLOBBERS
#elif defined(__s390x__)
// r6..r13 and f8..f15 are callee-saved (r15, the stack pointer, is checked
// through sp_before/sp_after). zcall_ret comes back in memory: r2 carries
// &frame.ret, so the C arguments start in r3: args[0..3] in r3..r6 and
// args[4..6] in the parameter area at 160(%r15). r6 is both: when args[3] is
// an argument (nr_last3's number), r6 goes in with it instead of the canary,
// and canary[0] is set to it, so that the check still asks that r6 come back
// as it went in.
const char* const names[] = {"r6", "r7", "r8",  "r9",  "r10", "r11", "r12", "r13",
                             "f8", "f9", "f10", "f11", "f12", "f13", "f14", "f15"};
// `op` (std or ld) f8..f15 to or from the frame's array at byte offset `at`; r6..r13 go with stmg/lmg.
#define ZCALL_EACH_F(op, at) ".irp r, 8, 9, 10, 11, 12, 13, 14, 15\n" op " %%f\\r, " at "+8*\\r(%%r1)\n.endr\n"
#if defined(__VX__)
// v16..v31 are caller-saved, and so are the right halves of v8..v15, which the f8..f15 canaries do not cover.
#define ZCALL_VX_CLOBBERS \
  , "v16", "v17", "v18", "v19", "v20", "v21", "v22", "v23", "v24", "v25", "v26", "v27", "v28", "v29", "v30", "v31"
#else
#define ZCALL_VX_CLOBBERS
#endif
void call_with_canaries() {
  __asm__ volatile(
      "larl %%r1, zcall_canary_frame\n"
      "stg %%r15, 96(%%r1)\n"
      "stmg %%r6, %%r13, 640(%%r1)\n" ZCALL_EACH_F("std", "640")  // the compiler's values
      "aghi %%r15, -192\n"                                        // a frame: save area, then 3 parameter slots
      "lmg %%r2, %%r4, 40(%%r1)\n"
      "stmg %%r2, %%r4, 160(%%r15)\n"                           // args[4..6]
      "lmg %%r6, %%r13, 128(%%r1)\n" ZCALL_EACH_F("ld", "128")  // the canaries
      "ltg %%r0, 32(%%r1)\n"
      "jz 1f\n"
      "lgr %%r6, %%r0\n"  // args[3] is the entry's r6
      "stg %%r6, 128(%%r1)\n"
      "1:\n"
      "la %%r2, 64(%%r1)\n"        // &ret, the hidden first argument
      "lmg %%r3, %%r5, 8(%%r1)\n"  // args[0..2]
      "stg %%r15, 80(%%r1)\n"
      "lg %%r1, 0(%%r1)\n"
      "basr %%r14, %%r1\n"
      "larl %%r1, zcall_canary_frame\n"
      "stg %%r15, 88(%%r1)\n"
      "stmg %%r6, %%r13, 384(%%r1)\n" ZCALL_EACH_F("std", "384")  // what the call left
      "lmg %%r6, %%r13, 640(%%r1)\n" ZCALL_EACH_F("ld", "640")    // the compiler's values back
      "lg %%r15, 96(%%r1)\n"
      : "+m"(the_frame)
      :
      : "r0", "r1", "r2", "r3", "r4", "r5", "r14", "f0", "f1", "f2", "f3", "f4", "f5", "f6", "f7" ZCALL_VX_CLOBBERS,
        "cc", "memory");
}
#undef ZCALL_EACH_F
#undef ZCALL_VX_CLOBBERS
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
