// SPDX-License-Identifier: MIT
// The Darwin and FreeBSD entry points, run here: the machine code clang
// assembled from asm/darwin_aarch64.S and asm/freebsd_x86_64.S executes under
// the unicorn emulator, called as a C caller of that target calls it, and the
// trap instruction is hooked to play the kernel. Per entry point: the
// registers the kernel reads, the carry flag turned into zcall_ret, the return
// to the caller with its registers and stack intact, and no reliance on
// registers the kernel may change.
//
// tests/meson.build assembles the asm and embeds it (tools/embed_object.py);
// without clang-19 or unicorn it defines ZCALL_EMULATED_MISSING and every test
// skips, naming what is missing.
#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <cstdio>
#include <ostream>
#include <string>
#include <vector>

namespace {

using u64 = std::uint64_t;
using args6 = std::array<u64, 6>;
constexpr u64 all_ones = ~u64{0};

// The entry points, as zcall.h and bsd.h declare them.
struct entry {
  const char* name;
  int arity;
  bool number_first;  // zcall_syscallN(nr, a1, ...); otherwise zcall_nr_lastN(a1, ..., nr)
  bool ret2;          // returns zcall_ret2 {r1, r2, err}, which is three words and so goes through memory
};

const entry entries[] = {
    {"zcall_syscall4", 4, true, false},  {"zcall_syscall6", 6, true, false},  {"zcall_syscall4_r2", 4, true, true},
    {"zcall_nr_last0", 0, false, false}, {"zcall_nr_last1", 1, false, false}, {"zcall_nr_last2", 2, false, false},
    {"zcall_nr_last3", 3, false, false}, {"zcall_nr_last4", 4, false, false}, {"zcall_nr_last5", 5, false, false},
    {"zcall_nr_last6", 6, false, false},
};

// The targets; how each calls and traps is described beside the emulator below.
struct target {
  const char* name;
  u64 nr_class;                 // what the entry point ors into the number
  bool returns_result_pointer;  // the ABI wants the zcall_ret2 pointer back in the first result register
};

const target targets[] = {
    {"darwin_aarch64", 0x2000000, false},  // BSD class; XNU reads the low 16 bits
    {"freebsd_x86_64", 0, true},
};

// What the hooked trap answers, as the kernel would.
struct reply {
  bool error;            // set the carry flag, else clear it
  u64 value;             // x0 / rax: the result, or the errno
  u64 second;            // x1 / rdx: the second result word (junk on error)
  bool clobber = false;  // also overwrite every register the kernel may change
};

// What one call did.
struct outcome {
  // Empty if it returned to its caller with sp where the ABI wants it.
  std::string failure;
  // As the kernel saw them.
  int traps = 0;
  u64 nr = 0, args[6] = {};
  // As the caller got them; for zcall_ret2 also where it was stored, and rax / x0.
  u64 r1 = 0, r2 = 0, err = 0;
  u64 result_address = 0, first_result_register = 0;
  // Callee-saved registers and words of the caller's stack that changed.
  std::vector<std::string> changed;
};

outcome call(const target& t, const entry& e, u64 nr, const args6& args, const reply& r);

// Numbers with low bits only, the largest XNU reads, and a full-width one.
constexpr u64 numbers[] = {4, 0x21c, 0xffff, 0x8877665544332211};
// Distinct per argument, small and full-width: a swap, a drop or a truncation shows.
constexpr args6 small_args = {1, 2, 3, 4, 5, 6};
constexpr args6 wide_args = {0x8111111111111101, 0x8222222222222202, 0x8333333333333303,
                             0x8444444444444404, 0x8555555555555505, 0x8666666666666606};
constexpr u64 nr = 0x21c;
constexpr u64 second = 0x5ec0000000000002;

// Values compare as hex strings, so that a failure shows junk and truncation for what they are.
std::string hex(u64 v) {
  char s[19];
  std::snprintf(s, sizeof s, "0x%llx", static_cast<unsigned long long>(v));
  return s;
}

struct param {
  const target* t;
  const entry* e;
};
void PrintTo(const param& p, std::ostream* os) { *os << p.t->name << " " << p.e->name; }

class bsd_entry : public testing::TestWithParam<param> {
 protected:
  void SetUp() override {
#ifdef ZCALL_EMULATED_MISSING
    GTEST_SKIP() << "missing " ZCALL_EMULATED_MISSING ": the BSD asm is assembled by clang-19, run by unicorn";
#endif
  }
  const target& t() const { return *GetParam().t; }
  const entry& e() const { return *GetParam().e; }

  // Every property needs a call that trapped once and came back.
  void run(u64 number, const args6& args, const reply& r, outcome* o) const {
    *o = call(t(), e(), number, args, r);
    ASSERT_EQ(o->failure, "");
    ASSERT_EQ(o->traps, 1);
  }

  // What the caller must get for reply r.
  void expect_result(const outcome& o, const reply& r) const {
    EXPECT_EQ(hex(o.r1), hex(r.error ? all_ones : r.value)) << "r1";
    EXPECT_EQ(hex(o.err), hex(r.error ? r.value : 0)) << "err";
    if (!e().ret2) return;
    EXPECT_EQ(hex(o.r2), hex(r.error ? all_ones : r.second)) << "r2";
    if (t().returns_result_pointer) {
      EXPECT_EQ(hex(o.first_result_register), hex(o.result_address)) << "the zcall_ret2 pointer is not returned";
    }
  }
};

TEST_P(bsd_entry, kernel_sees_the_number_with_its_class_and_every_argument) {
  for (u64 number : numbers) {
    for (const auto& args : {small_args, wide_args}) {
      SCOPED_TRACE("number " + hex(number) + ", arguments from " + hex(args[0]));
      outcome o;
      ASSERT_NO_FATAL_FAILURE(run(number, args, {false, 0, 0}, &o));
      EXPECT_EQ(hex(o.nr), hex(number | t().nr_class)) << "the number register";
      for (int i = 0; i < e().arity; i++) EXPECT_EQ(hex(o.args[i]), hex(args[i])) << "argument " << i + 1;
    }
  }
}

// Carry clear: whatever the kernel answered is the result, even all ones.
TEST_P(bsd_entry, success_returns_the_result_and_no_error) {
  for (u64 value : {u64{0}, u64{1}, u64{0x7fffffffffffffff}, all_ones}) {
    SCOPED_TRACE("result " + hex(value));
    const reply r{false, value, second};
    outcome o;
    ASSERT_NO_FATAL_FAILURE(run(nr, wide_args, r, &o));
    expect_result(o, r);
  }
}

// Carry set: x0 / rax is the errno, and r1 (and r2) are all ones. The kernel's
// errno is an int; a full-width one shows that none of it is cut off.
TEST_P(bsd_entry, error_returns_all_ones_and_the_errno) {
  for (u64 value : {u64{1}, u64{35}, u64{106}, u64{0x0123456789abcdef}}) {
    SCOPED_TRACE("errno " + hex(value));
    const reply r{true, value, second};
    outcome o;
    ASSERT_NO_FATAL_FAILURE(run(nr, wide_args, r, &o));
    expect_result(o, r);
  }
}

// run() checks the return address and the stack pointer; this, what the caller keeps.
TEST_P(bsd_entry, returns_to_its_caller_with_callee_saved_registers_and_stack_intact) {
  for (bool error : {false, true}) {
    SCOPED_TRACE(error ? "error path" : "success path");
    outcome o;
    ASSERT_NO_FATAL_FAILURE(run(nr, wide_args, {error, 9, second}, &o));
    std::string changed;
    for (const std::string& c : o.changed) changed += " " + c;
    EXPECT_TRUE(o.changed.empty()) << "changed:" << changed;
  }
}

// The hook overwrites what the kernel may change (FreeBSD: rcx, r11 and the argument
// registers; see kernel_may_change below): nothing the entry point needs after the
// trap, zcall_syscall4_r2's result pointer included, may be kept there.
TEST_P(bsd_entry, ignores_registers_the_kernel_may_change) {
  for (bool error : {false, true}) {
    SCOPED_TRACE(error ? "error path" : "success path");
    const reply r{error, error ? u64{35} : u64{0x7000000000000007}, second, true};
    outcome o;
    ASSERT_NO_FATAL_FAILURE(run(nr, wide_args, r, &o));
    expect_result(o, r);
  }
}

std::vector<param> all_params() {
  std::vector<param> ps;
  for (const target& t : targets)
    for (const entry& e : entries) ps.push_back({&t, &e});
  return ps;
}

INSTANTIATE_TEST_SUITE_P(emulated, bsd_entry, testing::ValuesIn(all_params()),
                         [](const testing::TestParamInfo<param>& p) {
                           return std::string(p.param.t->name) + "_" + p.param.e->name;
                         });

}  // namespace

#ifdef ZCALL_EMULATED_MISSING

namespace {
// Never reached: every test skips in SetUp.
outcome call(const target&, const entry&, u64, const args6&, const reply&) { return {}; }
}  // namespace

#else

#include <unicorn/unicorn.h>

#include <cstring>
#include <span>
#include <stdexcept>

#include "darwin_aarch64_code.h"
#include "freebsd_x86_64_code.h"

namespace {

struct reg {
  int id;
  const char* name;
};

// A target's C calling convention and kernel entry, as the emulator needs them.
struct abi {
  const char* target;
  uc_arch arch;
  uc_mode mode;
  std::span<const unsigned char> code;
  std::span<const emulated_code::symbol> symbols;
  int pc, sp;
  std::vector<int> params;  // C integer parameters, in order; the rest go on the stack
  int result_pointer;       // where the zcall_ret2 pointer goes, or -1: it is a hidden first parameter
  int link;                 // the return address register, or -1: `call` pushes it
  int results[2];           // zcall_ret {r1, err}
  int nr, kernel_args[6];   // what the kernel reads
  int flags;
  u64 carry;                           // the carry bit in flags
  std::vector<unsigned char> trap;     // the trap instruction
  long trap_at;                        // where it starts, relative to the pc the hook sees
  std::vector<int> all;                // every register the code could read: each starts with its own junk
  std::vector<reg> callee_saved;       // the caller's, which the entry point must keep
  std::vector<int> kernel_may_change;  // the clobbering hook scribbles over these
};

std::vector<int> arm64_x(int first, int last) {
  static_assert(UC_ARM64_REG_X28 == UC_ARM64_REG_X0 + 28);
  std::vector<int> v;
  for (int i = first; i <= last; i++) v.push_back(UC_ARM64_REG_X0 + i);
  return v;
}

std::vector<reg> arm64_callee_saved() {
  // x18 is the platform register, which Darwin reserves; x19..x29 and d8..d15 are the caller's.
  static const char* const names[] = {"x18", "x19", "x20", "x21", "x22", "x23", "x24", "x25", "x26", "x27",
                                      "x28", "d8",  "d9",  "d10", "d11", "d12", "d13", "d14", "d15"};
  std::vector<reg> v;
  for (int i = 18; i <= 28; i++) v.push_back({UC_ARM64_REG_X0 + i, names[i - 18]});
  v.push_back({UC_ARM64_REG_X29, "x29"});
  static_assert(UC_ARM64_REG_D15 == UC_ARM64_REG_D0 + 15);
  for (int i = 8; i <= 15; i++) v.push_back({UC_ARM64_REG_D0 + i, names[i + 3]});
  return v;
}

std::vector<int> concat(std::vector<int> a, const std::vector<int>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

const abi abis[] = {
    {
        // AAPCS64 as Apple uses it: integer arguments in x0..x7, a result over 16 bytes
        // stored through x8, the return address in x30. XNU: number in x16, arguments in
        // x0..x5, `svc #0x80`; on return it has written x0, x1 and the carry flag only.
        .target = "darwin_aarch64",
        .arch = UC_ARCH_ARM64,
        .mode = UC_MODE_ARM,
        .code = emulated_code::darwin_aarch64::code,
        .symbols = emulated_code::darwin_aarch64::symbols,
        .pc = UC_ARM64_REG_PC,
        .sp = UC_ARM64_REG_SP,
        .params = arm64_x(0, 7),
        .result_pointer = UC_ARM64_REG_X8,
        .link = UC_ARM64_REG_LR,
        .results = {UC_ARM64_REG_X0, UC_ARM64_REG_X1},
        .nr = UC_ARM64_REG_X16,
        .kernel_args = {UC_ARM64_REG_X0, UC_ARM64_REG_X1, UC_ARM64_REG_X2, UC_ARM64_REG_X3, UC_ARM64_REG_X4,
                        UC_ARM64_REG_X5},
        .flags = UC_ARM64_REG_NZCV,
        .carry = u64{1} << 29,
        .trap = {0x01, 0x10, 0x00, 0xd4},  // svc #0x80
        .trap_at = -4,                     // the hook runs with pc past it
        .all = concat(arm64_x(0, 28),
                      {UC_ARM64_REG_X29, UC_ARM64_REG_X30, UC_ARM64_REG_D8, UC_ARM64_REG_D9, UC_ARM64_REG_D10,
                       UC_ARM64_REG_D11, UC_ARM64_REG_D12, UC_ARM64_REG_D13, UC_ARM64_REG_D14, UC_ARM64_REG_D15}),
        .callee_saved = arm64_callee_saved(),
        // XNU keeps these, but no entry point needs them after the trap: the
        // argument registers it did not write, and the call-scratch x16, x17.
        // Not x8: zcall_syscall4_r2 keeps its result pointer there, as XNU allows.
        .kernel_may_change = concat(arm64_x(2, 7), {UC_ARM64_REG_X16, UC_ARM64_REG_X17}),
    },
    {
        // SysV x86_64: integer arguments in rdi, rsi, rdx, rcx, r8, r9, then on the stack
        // above the return address; a result over 16 bytes goes through a hidden first
        // argument, returned in rax. FreeBSD: number in rax, arguments in rdi, rsi, rdx,
        // r10, r8, r9, `syscall`; it may change rcx, r11 and the argument registers.
        .target = "freebsd_x86_64",
        .arch = UC_ARCH_X86,
        .mode = UC_MODE_64,
        .code = emulated_code::freebsd_x86_64::code,
        .symbols = emulated_code::freebsd_x86_64::symbols,
        .pc = UC_X86_REG_RIP,
        .sp = UC_X86_REG_RSP,
        .params = {UC_X86_REG_RDI, UC_X86_REG_RSI, UC_X86_REG_RDX, UC_X86_REG_RCX, UC_X86_REG_R8, UC_X86_REG_R9},
        .result_pointer = -1,
        .link = -1,
        .results = {UC_X86_REG_RAX, UC_X86_REG_RDX},
        .nr = UC_X86_REG_RAX,
        .kernel_args = {UC_X86_REG_RDI, UC_X86_REG_RSI, UC_X86_REG_RDX, UC_X86_REG_R10, UC_X86_REG_R8, UC_X86_REG_R9},
        .flags = UC_X86_REG_EFLAGS,
        .carry = 1,
        .trap = {0x0f, 0x05},  // syscall
        .trap_at = 0,          // unicorn runs the hook before it moves rip past it
        .all = {UC_X86_REG_RAX, UC_X86_REG_RBX, UC_X86_REG_RCX, UC_X86_REG_RDX, UC_X86_REG_RSI, UC_X86_REG_RDI,
                UC_X86_REG_RBP, UC_X86_REG_R8, UC_X86_REG_R9, UC_X86_REG_R10, UC_X86_REG_R11, UC_X86_REG_R12,
                UC_X86_REG_R13, UC_X86_REG_R14, UC_X86_REG_R15},
        .callee_saved = {{UC_X86_REG_RBX, "rbx"},
                         {UC_X86_REG_RBP, "rbp"},
                         {UC_X86_REG_R12, "r12"},
                         {UC_X86_REG_R13, "r13"},
                         {UC_X86_REG_R14, "r14"},
                         {UC_X86_REG_R15, "r15"}},
        .kernel_may_change = {UC_X86_REG_RCX, UC_X86_REG_R11, UC_X86_REG_RDI, UC_X86_REG_RSI, UC_X86_REG_R8,
                              UC_X86_REG_R9, UC_X86_REG_R10},
    },
};

// The emulated address space: the code, the caller's stack, and the return
// address, a page of faulting instructions that the run stops in front of.
constexpr u64 code_base = 0x100000, return_address = 0x200000, stack_base = 0x300000;
constexpr u64 region = 0x10000;
constexpr u64 stack_top = stack_base + region;
constexpr u64 caller_sp = stack_top - 0x100;      // 16-byte aligned, as at a call
constexpr u64 result_address = caller_sp + 0x40;  // the caller's zcall_ret2, in its own frame
constexpr u64 max_instructions = 1000;            // a runaway stops; each entry point is a few dozen
constexpr u64 timeout_us = 10'000'000;

void check(uc_err err, const char* what) {
  if (err != UC_ERR_OK) throw std::runtime_error(std::string(what) + ": " + uc_strerror(err));
}

// One engine for one call, closed however the call ends.
class machine {
 public:
  explicit machine(const abi& a) {
    check(uc_open(a.arch, a.mode, &uc_), "uc_open");
    check(uc_mem_map(uc_, code_base, region, UC_PROT_READ | UC_PROT_EXEC), "map code");
    check(uc_mem_write(uc_, code_base, a.code.data(), a.code.size()), "write code");
    check(uc_mem_map(uc_, return_address, region, UC_PROT_READ | UC_PROT_EXEC), "map return page");
    // 0xff bytes: an undefined instruction on arm64, and `(bad)` on x86_64.
    const std::vector<unsigned char> bad(region, 0xff);
    check(uc_mem_write(uc_, return_address, bad.data(), bad.size()), "fill return page");
    check(uc_mem_map(uc_, stack_base, region, UC_PROT_READ | UC_PROT_WRITE), "map stack");
    const std::vector<unsigned char> pattern(region, 0x5a);
    check(uc_mem_write(uc_, stack_base, pattern.data(), pattern.size()), "fill stack");
  }
  ~machine() { uc_close(uc_); }
  machine(const machine&) = delete;
  machine& operator=(const machine&) = delete;

  uc_engine* uc() const { return uc_; }
  u64 get(int id) const {
    u64 v = 0;
    check(uc_reg_read(uc_, id, &v), "read register");
    return v;
  }
  void set(int id, u64 v) { check(uc_reg_write(uc_, id, &v), "write register"); }
  u64 load(u64 at) const {
    u64 v = 0;
    check(uc_mem_read(uc_, at, &v, sizeof v), "read memory");
    return v;
  }
  void store(u64 at, u64 v) { check(uc_mem_write(uc_, at, &v, sizeof v), "write memory"); }

 private:
  uc_engine* uc_ = nullptr;
};

// What the trap hook needs: the hook plays the kernel.
struct kernel {
  machine* m;
  const abi* a;
  const reply* r;
  outcome* o;
  std::string wrong;  // set if something other than the expected trap stopped the code
};

void play_kernel(uc_engine* uc, kernel& k) {
  const u64 pc = k.m->get(k.a->pc);
  const u64 at = pc + static_cast<u64>(k.a->trap_at);
  std::vector<unsigned char> insn(k.a->trap.size());
  if (uc_mem_read(uc, at, insn.data(), insn.size()) != UC_ERR_OK || insn != k.a->trap) {
    k.wrong = "trapped at " + hex(at) + ", which is not the system call instruction";
    uc_emu_stop(uc);
    return;
  }
  k.o->traps++;
  k.o->nr = k.m->get(k.a->nr);
  for (int i = 0; i < 6; i++) k.o->args[i] = k.m->get(k.a->kernel_args[i]);
  if (k.r->clobber) {
    u64 junk = 0xc10bbe2ed0000000;
    for (int id : k.a->kernel_may_change) k.m->set(id, junk++);
  }
  k.m->set(k.a->results[0], k.r->value);
  k.m->set(k.a->results[1], k.r->second);
  const u64 flags = k.m->get(k.a->flags);
  k.m->set(k.a->flags, k.r->error ? flags | k.a->carry : flags & ~k.a->carry);
}

// arm64: `svc` arrives as an exception; 2 is QEMU's EXCP_SWI.
void on_interrupt(uc_engine* uc, std::uint32_t intno, void* user) {
  kernel& k = *static_cast<kernel*>(user);
  if (intno != 2) {
    k.wrong = "exception " + std::to_string(intno) + " at " + hex(k.m->get(k.a->pc));
    uc_emu_stop(uc);
    return;
  }
  play_kernel(uc, k);
}

void on_syscall(uc_engine* uc, void* user) { play_kernel(uc, *static_cast<kernel*>(user)); }

u64 offset_of(const abi& a, const char* name) {
  for (const emulated_code::symbol& s : a.symbols)
    if (std::strcmp(s.name, name) == 0) return s.offset;
  throw std::runtime_error(std::string(name) + " is not in the assembled " + a.target + " code");
}

outcome call(const target& t, const entry& e, u64 number, const args6& args, const reply& r) {
  outcome o;
  try {
    const abi* found = nullptr;
    for (const abi& a : abis)
      if (std::strcmp(a.target, t.name) == 0) found = &a;
    if (!found) throw std::runtime_error(std::string("no ABI for ") + t.name);
    const abi& a = *found;
    const u64 start = code_base + offset_of(a, e.name);
    machine m(a);

    // Junk everywhere first, so that nothing right can come from a register the caller did not set.
    u64 junk = 0xd0d0000000000100;
    for (int id : a.all) m.set(id, junk += 0x100);
    m.set(a.flags, a.carry);  // carry set on entry: only the kernel's flag may decide
    m.store(result_address, all_ones ^ 0xa5);
    m.store(result_address + 8, all_ones ^ 0xa5);
    m.store(result_address + 16, all_ones ^ 0xa5);

    // The C call: parameters in registers, then on the stack from the caller's sp up.
    std::vector<u64> params;
    if (e.ret2 && a.result_pointer < 0) params.push_back(result_address);
    if (e.number_first) params.push_back(number);
    params.insert(params.end(), args.begin(), args.begin() + e.arity);
    if (!e.number_first) params.push_back(number);
    for (std::size_t i = 0; i < params.size(); i++) {
      if (i < a.params.size())
        m.set(a.params[i], params[i]);
      else
        m.store(caller_sp + 8 * (i - a.params.size()), params[i]);
    }
    if (e.ret2 && a.result_pointer >= 0) m.set(a.result_pointer, result_address);
    u64 entry_sp = caller_sp;
    if (a.link >= 0) {
      m.set(a.link, return_address);
    } else {
      entry_sp -= 8;
      m.store(entry_sp, return_address);
    }
    m.set(a.sp, entry_sp);

    // What the caller expects to find again.
    std::vector<u64> saved;
    for (const reg& c : a.callee_saved) saved.push_back(m.get(c.id));
    std::vector<u64> stack;
    for (u64 at = entry_sp; at < stack_top; at += 8) stack.push_back(m.load(at));

    kernel k{&m, &a, &r, &o, {}};
    uc_hook hook;
    if (a.arch == UC_ARCH_ARM64)
      check(uc_hook_add(m.uc(), &hook, UC_HOOK_INTR, reinterpret_cast<void*>(on_interrupt), &k, 1, 0), "hook svc");
    else
      check(uc_hook_add(m.uc(), &hook, UC_HOOK_INSN, reinterpret_cast<void*>(on_syscall), &k, 1, 0, UC_X86_INS_SYSCALL),
            "hook syscall");

    const uc_err err = uc_emu_start(m.uc(), start, return_address, timeout_us, max_instructions);
    const u64 pc = m.get(a.pc), sp = m.get(a.sp);
    if (!k.wrong.empty())
      o.failure = k.wrong;
    else if (err != UC_ERR_OK)
      o.failure = std::string("stopped at ") + hex(pc) + ": " + uc_strerror(err);
    else if (pc != return_address)
      o.failure =
          "did not return to its caller within " + std::to_string(max_instructions) + " instructions: pc " + hex(pc);
    else if (sp != caller_sp)
      o.failure = "returned with sp " + hex(sp) + ", the caller's is " + hex(caller_sp);
    if (!o.failure.empty()) return o;

    if (e.ret2) {
      o.r1 = m.load(result_address);
      o.r2 = m.load(result_address + 8);
      o.err = m.load(result_address + 16);
      o.first_result_register = m.get(a.results[0]);
      o.result_address = result_address;
    } else {
      o.r1 = m.get(a.results[0]);
      o.err = m.get(a.results[1]);
    }
    for (std::size_t i = 0; i < a.callee_saved.size(); i++)
      if (m.get(a.callee_saved[i].id) != saved[i]) o.changed.push_back(a.callee_saved[i].name);
    for (std::size_t i = 0; i < stack.size(); i++) {
      const u64 at = entry_sp + 8 * i;
      const bool result = e.ret2 && at >= result_address && at < result_address + 24;
      if (!result && m.load(at) != stack[i]) o.changed.push_back("stack at sp+" + std::to_string(at - entry_sp));
    }
  } catch (const std::exception& ex) {
    o.failure = std::string("unicorn: ") + ex.what();
  }
  return o;
}

}  // namespace

#endif
