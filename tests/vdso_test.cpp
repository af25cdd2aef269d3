// SPDX-License-Identifier: MIT
// The calls zcall answers from the vDSO: against the trap, with the vDSO
// forced off, without a kernel entry, and the image reader against real
// images (this kernel's vDSO, and fake_vdso.c as the target's linker builds
// it) and against a table of damaged ones.
#include <elf.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

#include "helpers.hpp"

namespace {

// What each architecture's vDSO exports of the five calls (arch/*/kernel/vdso/vdso.lds.S): x86_64 all,
// aarch64 neither time nor getcpu, riscv64 and loongarch64 no time, ppc64 all (vdso64.lds.S), mips64
// neither time nor getcpu (arch/mips/vdso/vdso.lds.S), s390x no time (arch/s390/kernel/vdso/vdso.lds.S).
#if defined(__x86_64__) || defined(__powerpc64__)
constexpr unsigned vdso_calls = 5;
#elif defined(__aarch64__) || defined(__mips64)
constexpr unsigned vdso_calls = 3;
#else
constexpr unsigned vdso_calls = 4;
#endif

const void* kernel_vdso() { return reinterpret_cast<const void*>(getauxval(AT_SYSINFO_EHDR)); }

// Every test leaves zcall pointed at this process's own vDSO, as it found it.
class vdso : public ::testing::Test {
 protected:
  void TearDown() override { zcall_vdso_init(kernel_vdso()); }
};

zcall_ret trap_clock_gettime(int clock, zcall_timespec* ts) {
  return zcall_syscall4(ZCALL_SYS_clock_gettime, static_cast<std::uintptr_t>(clock), reinterpret_cast<uintptr_t>(ts), 0,
                        0);
}

bool before_or_same(const zcall_timespec& a, const zcall_timespec& b) {
  return a.tv_sec < b.tv_sec || (a.tv_sec == b.tv_sec && a.tv_nsec <= b.tv_nsec);
}

constexpr int clocks[] = {ZCALL_CLOCK_REALTIME,          ZCALL_CLOCK_MONOTONIC,     ZCALL_CLOCK_PROCESS_CPUTIME_ID,
                          ZCALL_CLOCK_THREAD_CPUTIME_ID, ZCALL_CLOCK_MONOTONIC_RAW, ZCALL_CLOCK_REALTIME_COARSE,
                          ZCALL_CLOCK_MONOTONIC_COARSE,  ZCALL_CLOCK_BOOTTIME,      ZCALL_CLOCK_TAI};

// For every clock: trap, zcall, trap, and zcall's reading lies between the two.
void expect_agreement_with_the_trap() {
  for (int clock : clocks) {
    zcall_timespec t1{}, t{}, t2{};
    T_EXPECT_OK(trap_clock_gettime(clock, &t1));
    T_EXPECT_OK(zcall_clock_gettime(clock, &t));
    T_EXPECT_OK(trap_clock_gettime(clock, &t2));
    EXPECT_TRUE(before_or_same(t1, t) && before_or_same(t, t2))
        << "clock " << clock << ": " << t1.tv_sec << "." << t1.tv_nsec << " <= " << t.tv_sec << "." << t.tv_nsec
        << " <= " << t2.tv_sec << "." << t2.tv_nsec;
    zcall_timespec res{}, trap_res{};
    T_EXPECT_OK(zcall_clock_getres(clock, &res));
    T_EXPECT_OK(zcall_syscall4(ZCALL_SYS_clock_getres, static_cast<std::uintptr_t>(clock),
                               reinterpret_cast<uintptr_t>(&trap_res), 0, 0));
    EXPECT_EQ(res.tv_sec, trap_res.tv_sec) << "clock " << clock;
    EXPECT_EQ(res.tv_nsec, trap_res.tv_nsec) << "clock " << clock;
  }
  zcall_timespec before{}, after{};
  zcall_timeval tv{};
  T_EXPECT_OK(trap_clock_gettime(ZCALL_CLOCK_REALTIME, &before));
  T_EXPECT_OK(zcall_gettimeofday(&tv, nullptr));
  T_EXPECT_OK(trap_clock_gettime(ZCALL_CLOCK_REALTIME, &after));
  zcall_timespec as_ts{tv.tv_sec, tv.tv_usec * 1000};
  zcall_timespec floor{before.tv_sec, before.tv_nsec / 1000 * 1000};
  EXPECT_TRUE(before_or_same(floor, as_ts) && before_or_same(as_ts, after));
  EXPECT_LT(tv.tv_usec, 1000000);
#if defined(ZCALL_SYS_time)
  std::int64_t stored = 0;
  T_EXPECT_OK(trap_clock_gettime(ZCALL_CLOCK_REALTIME, &before));
  std::uintptr_t seconds = T_EXPECT_OK(zcall_time(&stored));
  T_EXPECT_OK(trap_clock_gettime(ZCALL_CLOCK_REALTIME, &after));
  EXPECT_EQ(static_cast<std::int64_t>(seconds), stored);
  EXPECT_TRUE(stored >= before.tv_sec && stored <= after.tv_sec);
#endif
  // The CPU may change between two calls; the same answer twice in a row from both is what the test needs.
  bool agreed = false;
  for (int i = 0; i < 100 && !agreed; i++) {
    unsigned cpu = ~0u, node = ~0u, trap_cpu = ~1u, trap_node = ~1u;
    T_EXPECT_OK(zcall_getcpu(&cpu, &node, nullptr));
    T_EXPECT_OK(zcall_syscall4(ZCALL_SYS_getcpu, reinterpret_cast<uintptr_t>(&trap_cpu),
                               reinterpret_cast<uintptr_t>(&trap_node), 0, 0));
    agreed = cpu == trap_cpu && node == trap_node;
  }
  EXPECT_TRUE(agreed) << "getcpu never agreed with the trap in 100 tries";
}

TEST_F(vdso, every_clock_agrees_with_the_trap) { expect_agreement_with_the_trap(); }

TEST_F(vdso, forced_off_the_same_answers_come_from_the_trap) {
  EXPECT_EQ(zcall_vdso_init(nullptr), 0u);
  expect_agreement_with_the_trap();
  std::uintptr_t none[] = {AT_PAGESZ, 4096, AT_NULL, 0};
  EXPECT_EQ(zcall_vdso_init_auxv(none), 0u);
  expect_agreement_with_the_trap();
}

TEST_F(vdso, an_unknown_clock_is_einval) {
  zcall_timespec ts{};
  for (int clock : {99, 1000, 0x7fffffff}) {  // 16-23 are auxiliary clocks since Linux 6.17
    T_EXPECT_ERR(zcall_clock_gettime(clock, &ts), ZCALL_EINVAL);
    T_EXPECT_ERR(zcall_clock_getres(clock, &ts), ZCALL_EINVAL);
  }
}

// NULL, the first 64 KiB and the kernel's half: zcall takes the trap, and the kernel's EFAULT, with or without a vDSO.
TEST_F(vdso, a_pointer_outside_user_space_fails_with_efault) {
  for (std::uintptr_t bad : {std::uintptr_t{0}, std::uintptr_t{1}, std::uintptr_t{4096}, std::uintptr_t{65535},
                             ~std::uintptr_t{15}, std::uintptr_t{1} << 63}) {
    auto* ts = reinterpret_cast<zcall_timespec*>(bad);
    T_EXPECT_ERR(zcall_clock_gettime(ZCALL_CLOCK_MONOTONIC, ts), ZCALL_EFAULT);
    // qemu-user 7.2 answers clock_getres without checking that it could write the result.
    if (bad && !t_emulator()) T_EXPECT_ERR(zcall_clock_getres(ZCALL_CLOCK_MONOTONIC, ts), ZCALL_EFAULT);
    if (bad) T_EXPECT_ERR(zcall_gettimeofday(reinterpret_cast<zcall_timeval*>(bad), nullptr), ZCALL_EFAULT);
    if (bad) T_EXPECT_ERR(zcall_getcpu(reinterpret_cast<unsigned*>(bad), nullptr, nullptr), ZCALL_EFAULT);
#if defined(ZCALL_SYS_time)
    if (bad) T_EXPECT_ERR(zcall_time(reinterpret_cast<std::int64_t*>(bad)), ZCALL_EFAULT);
#endif
  }
  // NULL is an answer these take: the kernel and the vDSO write nothing.
  T_EXPECT_OK(zcall_clock_getres(ZCALL_CLOCK_MONOTONIC, nullptr));
  T_EXPECT_OK(zcall_gettimeofday(nullptr, nullptr));
  T_EXPECT_OK(zcall_getcpu(nullptr, nullptr, nullptr));
}

// The one change from the trap, which README's Guarantees states: a user-space address that cannot be
// written makes the vDSO fault. Without a vDSO, the trap answers EFAULT.
TEST_F(vdso, a_read_only_page_faults_in_the_vdso_and_fails_with_efault_from_the_trap) {
  long page = sysconf(_SC_PAGESIZE);
  void* ro = mmap(nullptr, static_cast<size_t>(page), PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  ASSERT_NE(ro, MAP_FAILED);
  // Where the clock source cannot be read from user space, the vDSO itself traps, and the kernel answers EFAULT.
  bool vdso_traps = false;
  if (kernel_vdso()) {
    t_trapped libc{};
    T_TRAP(ZCALL_SYS_clock_gettime, -ZCALL_EPERM, ([] {
             timespec ts{};
             return zcall_ret{static_cast<std::uintptr_t>(clock_gettime(CLOCK_MONOTONIC, &ts)), 0};
           }),
           &libc);
    vdso_traps = libc.traps != 0;
  }
  for (bool with_vdso : {true, false}) {
    if (!with_vdso) zcall_vdso_init(nullptr);
    bool served = with_vdso && kernel_vdso() && !vdso_traps;
    pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      // The fault must kill the child: no core file, and the default action even where a sanitizer's
      // runtime handles SIGSEGV (set through zcall, which no interceptor sees).
      rlimit no_core{0, 0};
      setrlimit(RLIMIT_CORE, &no_core);
      zcall_sigaction default_action{};
      zcall_rt_sigaction(ZCALL_SIGSEGV, &default_action, nullptr);
      zcall_ret r = zcall_clock_gettime(ZCALL_CLOCK_MONOTONIC, static_cast<zcall_timespec*>(ro));
      _exit(r.err == ZCALL_EFAULT ? 0 : 1);
    }
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    if (served)
      EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV) << "status " << status;
    else
      EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "status " << status;
  }
  munmap(ro, static_cast<size_t>(page));
}

// With the vDSO, these reach no system call: a seccomp filter in a child would catch one.
TEST_F(vdso, the_clock_is_read_without_entering_the_kernel) {
  if (!kernel_vdso()) GTEST_SKIP() << "this process has no vDSO (AT_SYSINFO_EHDR is absent; qemu-user maps none)";
  ASSERT_EQ(zcall_vdso_init(kernel_vdso()), vdso_calls);
  // A vDSO whose clock source cannot be read from user space (some hypervisors) traps itself; the C library
  // would too, and so that is what this checks first.
  t_trapped libc{};
  T_TRAP(ZCALL_SYS_clock_gettime, -ZCALL_EPERM, ([] {
           timespec ts{};
           return zcall_ret{static_cast<std::uintptr_t>(clock_gettime(CLOCK_MONOTONIC, &ts)), 0};
         }),
         &libc);
  if (libc.traps) GTEST_SKIP() << "this kernel's vDSO enters the kernel for CLOCK_MONOTONIC itself (clock source)";
  t_trapped z{};
  T_TRAP(ZCALL_SYS_clock_gettime, -ZCALL_EPERM, ([] {
           zcall_timespec ts{};
           return zcall_clock_gettime(ZCALL_CLOCK_MONOTONIC, &ts);
         }),
         &z);
  EXPECT_EQ(z.traps, 0u);
  EXPECT_EQ(z.ret.err, 0u);
  // And forced off, the same call is trapped: the filter sees it and answers EPERM.
  zcall_vdso_init(nullptr);
  T_TRAP(ZCALL_SYS_clock_gettime, -ZCALL_EPERM, ([] {
           zcall_timespec ts{};
           return zcall_clock_gettime(ZCALL_CLOCK_MONOTONIC, &ts);
         }),
         &z);
  EXPECT_EQ(z.traps, 1u);
  EXPECT_EQ(z.ret.err, static_cast<std::uintptr_t>(ZCALL_EPERM));
}

// --- The image reader -----------------------------------------------------------------

// An ELF image laid out as the kernel maps the vDSO: one span, each PT_LOAD at its vaddr.
std::vector<unsigned char> load_image(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<unsigned char> file{std::istreambuf_iterator<char>(in), {}};
  std::vector<unsigned char> image;
  if (file.size() < sizeof(Elf64_Ehdr)) return image;
  Elf64_Ehdr eh;
  std::memcpy(&eh, file.data(), sizeof eh);
  for (unsigned i = 0; i < eh.e_phnum; i++) {
    Elf64_Phdr ph;
    std::memcpy(&ph, file.data() + eh.e_phoff + i * sizeof ph, sizeof ph);
    if (ph.p_type != PT_LOAD) continue;
    if (image.size() < ph.p_vaddr + ph.p_memsz) image.resize(ph.p_vaddr + ph.p_memsz);
    std::memcpy(image.data() + ph.p_vaddr, file.data() + ph.p_offset, ph.p_filesz);
  }
  return image;
}

// The bytes of the kernel's vDSO, up to the end of its PT_LOAD segments.
std::vector<unsigned char> copy_kernel_vdso() {
  auto* base = static_cast<const unsigned char*>(kernel_vdso());
  std::vector<unsigned char> image;
  if (!base) return image;
  auto* eh = reinterpret_cast<const Elf64_Ehdr*>(base);
  auto* ph = reinterpret_cast<const Elf64_Phdr*>(base + eh->e_phoff);
  std::size_t end = 0;
  for (unsigned i = 0; i < eh->e_phnum; i++)
    if (ph[i].p_type == PT_LOAD) end = std::max<std::size_t>(end, ph[i].p_vaddr + ph[i].p_filesz);
  image.assign(base, base + end);
  return image;
}

// An image placed between two inaccessible pages, its last byte against the second: a read before its
// header or past what it holds crashes the test instead of passing unseen. Executable, so that the calls
// found can run.
class guarded {
 public:
  explicit guarded(const std::vector<unsigned char>& image) {
    page_ = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
    std::size_t size = (image.size() + 7) / 8 * 8;
    span_ = page_ + (size + page_ - 1) / page_ * page_ + page_;
    void* m = mmap(nullptr, span_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED) return;
    map_ = static_cast<unsigned char*>(m);
    base_ = map_ + span_ - page_ - size;
    std::memcpy(base_, image.data(), image.size());
    mprotect(map_ + page_, span_ - 2 * page_, PROT_READ | PROT_EXEC);
    mprotect(map_, page_, PROT_NONE);
    mprotect(map_ + span_ - page_, page_, PROT_NONE);
  }
  ~guarded() {
    if (map_) munmap(map_, span_);
  }
  guarded(const guarded&) = delete;
  guarded& operator=(const guarded&) = delete;
  const void* base() const { return base_; }

 private:
  unsigned char* map_ = nullptr;
  unsigned char* base_ = nullptr;
  std::size_t span_ = 0, page_ = 0;
};

// Field access for the damage below, through <elf.h>'s own definitions.
struct elf {
  unsigned char* p;
  Elf64_Ehdr* header() { return reinterpret_cast<Elf64_Ehdr*>(p); }
  Elf64_Phdr* segment(unsigned i) { return reinterpret_cast<Elf64_Phdr*>(p + header()->e_phoff) + i; }
  Elf64_Phdr* first(unsigned type) {
    for (unsigned i = 0; i < header()->e_phnum; i++)
      if (segment(i)->p_type == type) return segment(i);
    return nullptr;
  }
  Elf64_Dyn* dynamic(Elf64_Sxword tag) {
    for (auto* d = reinterpret_cast<Elf64_Dyn*>(p + first(PT_DYNAMIC)->p_vaddr); d->d_tag != DT_NULL; d++)
      if (d->d_tag == tag) return d;
    return nullptr;
  }
  std::uint32_t* words(Elf64_Sxword tag) { return reinterpret_cast<std::uint32_t*>(p + dynamic(tag)->d_un.d_ptr); }
  // DT_HASH's words: 64-bit on s390x (glibc's Elf_Symndx, <bits/elfclass.h>), 32-bit elsewhere.
#if defined(__s390x__)
  using hash_word = std::uint64_t;
#else
  using hash_word = std::uint32_t;
#endif
  hash_word* hash_words() { return reinterpret_cast<hash_word*>(p + dynamic(DT_HASH)->d_un.d_ptr); }
  std::size_t symbols() {
    if (dynamic(DT_HASH)) return hash_words()[1];
    return (dynamic(DT_STRTAB)->d_un.d_ptr - dynamic(DT_SYMTAB)->d_un.d_ptr) / sizeof(Elf64_Sym);
  }
  Elf64_Sym* symbol(std::size_t i) { return reinterpret_cast<Elf64_Sym*>(p + dynamic(DT_SYMTAB)->d_un.d_ptr) + i; }
  void drop(Elf64_Sxword tag) {
    if (auto* d = dynamic(tag)) d->d_tag = DT_DEBUG;  // a tag the reader does not read
  }
};

struct damage {
  const char* what;
  std::function<void(elf&)> apply;
  std::size_t keep = 0;  // if set, the image is cut to this many bytes, and its headers say so
  bool still_readable = false;
  bool some_calls = false;  // may still serve some of the calls, each from code the image holds whole
};

std::vector<damage> damages(const std::vector<unsigned char>& image_for_sizes) {
  std::size_t size = image_for_sizes.size();
  constexpr std::uint64_t far = std::uint64_t{1} << 40;
  std::vector<damage> d = {
      {"none (the undamaged copy)", [](elf&) {}, 0, true},
      {"bad magic", [](elf& e) { e.p[1] = 'X'; }},
      {"32-bit class", [](elf& e) { e.p[EI_CLASS] = ELFCLASS32; }},
      {"the other byte order", [](elf& e) { e.p[EI_DATA] = e.p[EI_DATA] == ELFDATA2LSB ? ELFDATA2MSB : ELFDATA2LSB; }},
      {"not a shared object", [](elf& e) { e.header()->e_type = ET_EXEC; }},
      {"another architecture's e_machine",
       [](elf& e) { e.header()->e_machine = e.header()->e_machine == EM_X86_64 ? EM_AARCH64 : EM_X86_64; }},
      {"program headers past the first page", [](elf& e) { e.header()->e_phoff = 8192; }},
      {"65535 program headers", [](elf& e) { e.header()->e_phnum = 0xffff; }},
      {"a wrong program header size", [](elf& e) { e.header()->e_phentsize = 32; }},
      {"no PT_LOAD",
       [](elf& e) {
         while (auto* s = e.first(PT_LOAD)) s->p_type = PT_NULL;
       }},
      {"no PT_DYNAMIC", [](elf& e) { e.first(PT_DYNAMIC)->p_type = PT_NULL; }},
      {"PT_DYNAMIC outside the image", [=](elf& e) { e.first(PT_DYNAMIC)->p_vaddr = far; }},
      {"PT_DYNAMIC longer than the image", [](elf& e) { e.first(PT_DYNAMIC)->p_filesz = 1 << 20; }},
      {"DT_STRTAB outside the image", [=](elf& e) { e.dynamic(DT_STRTAB)->d_un.d_ptr = far; }},
      {"DT_SYMTAB outside the image", [=](elf& e) { e.dynamic(DT_SYMTAB)->d_un.d_ptr = far; }},
      {"DT_STRSZ past the image", [=](elf& e) { e.dynamic(DT_STRSZ)->d_un.d_val = far; }},
      {"DT_STRSZ too short for any name", [](elf& e) { e.dynamic(DT_STRSZ)->d_un.d_val = 3; }},
      {"a wrong DT_SYMENT", [](elf& e) { e.dynamic(DT_SYMENT)->d_un.d_val = 16; }},
      {"no hash table",
       [](elf& e) {
         e.drop(DT_HASH);
         e.drop(DT_GNU_HASH);
#if defined(__mips64)
         e.drop(DT_MIPS_SYMTABNO);  // the symbol count, which zcall reads where DT_MIPS_XHASH stands for DT_GNU_HASH
#endif
       }},
      {"no version definitions", [](elf& e) { e.drop(DT_VERDEF); }},
      {"no symbol versions", [](elf& e) { e.drop(DT_VERSYM); }},
      {"DT_VERSYM outside the image", [=](elf& e) { e.dynamic(DT_VERSYM)->d_un.d_ptr = far; }},
      {"the version missing",
       [](elf& e) {
         auto* strtab = reinterpret_cast<char*>(e.p + e.dynamic(DT_STRTAB)->d_un.d_ptr);
         for (std::size_t i = 0; i + 6 < e.dynamic(DT_STRSZ)->d_un.d_val; i++)
           if (std::memcmp(strtab + i, "LINUX_", 6) == 0) strtab[i] = 'l';
       }},
      {"a version definition of another format",
       [](elf& e) { reinterpret_cast<Elf64_Verdef*>(e.p + e.dynamic(DT_VERDEF)->d_un.d_ptr)->vd_version = 2; }},
      {"symbols outside the image",
       [=](elf& e) {
         for (std::size_t i = 1; i < e.symbols(); i++) e.symbol(i)->st_value = far;
       }},
      {"symbols that are data",
       [](elf& e) {
         for (std::size_t i = 1; i < e.symbols(); i++) e.symbol(i)->st_info = ELF64_ST_INFO(STB_GLOBAL, STT_OBJECT);
       }},
      {"symbol names outside the string table",
       [](elf& e) {
         for (std::size_t i = 1; i < e.symbols(); i++) e.symbol(i)->st_name = 0xfffffff0;
       }},
      {"no executable segment",
       [](elf& e) {
         for (unsigned i = 0; i < e.header()->e_phnum; i++) e.segment(i)->p_flags &= ~PF_X;
       }},
  };
  // A segment that reaches below the ELF header, and a string table there: nothing before the header is read.
  d.push_back({"a PT_LOAD and the string table below the header", [](elf& e) {
                 Elf64_Phdr* spare = nullptr;
                 for (unsigned i = 0; i < e.header()->e_phnum && !spare; i++)
                   if (e.segment(i)->p_type != PT_LOAD && e.segment(i)->p_type != PT_DYNAMIC) spare = e.segment(i);
                 if (!spare) spare = e.first(PT_LOAD);  // then only the string table is moved
                 *spare = Elf64_Phdr{PT_LOAD, PF_R | PF_X, 4096, ~Elf64_Addr{4095},
                                     0,       8192,        8192, 4096};  // not the header's
                 e.dynamic(DT_STRTAB)->d_un.d_ptr = ~Elf64_Addr{4095};
               }});
  // The hash tables: DT_HASH's count cannot exceed the image, its chains are never walked (so a loop
  // among them is harmless); DT_GNU_HASH alone is walked, so its counts and chains are bounded.
  d.push_back({"DT_HASH counting 2^31 symbols", [](elf& e) {
                 if (e.dynamic(DT_HASH))
                   e.hash_words()[1] = 0x80000000;
                 else
                   e.drop(DT_GNU_HASH);
#if defined(__mips64)
                 if (!e.dynamic(DT_HASH) && e.dynamic(DT_MIPS_SYMTABNO))
                   e.dynamic(DT_MIPS_SYMTABNO)->d_un.d_val = 0x80000000;
#endif
               }});
  d.push_back({"DT_HASH chains that loop",
               [](elf& e) {
                 if (!e.dynamic(DT_HASH)) return;
                 elf::hash_word* h = e.hash_words();
                 for (elf::hash_word i = 0; i < h[1]; i++) h[2 + h[0] + i] = i;
               },
               0, true});
  d.push_back({"DT_GNU_HASH alone, with 2^32-1 buckets", [](elf& e) {
                 e.drop(DT_HASH);
                 if (e.dynamic(DT_GNU_HASH)) e.words(DT_GNU_HASH)[0] = 0xffffffff;
#if defined(__mips64)
                 // mips's own count stands for the hash table: as far out of bounds.
                 else if (e.dynamic(DT_MIPS_SYMTABNO))
                   e.dynamic(DT_MIPS_SYMTABNO)->d_un.d_val = 0xffffffff;
#endif
               }});
  // No word from the chains to the end of the image has the low bit that ends a chain.
  d.push_back({"DT_GNU_HASH alone, a chain that never ends", [=](elf& e) {
                 e.drop(DT_HASH);
#if defined(__mips64)
                 if (!e.dynamic(DT_GNU_HASH)) e.drop(DT_MIPS_SYMTABNO);  // no count left, as with no hash table
#endif
                 if (!e.dynamic(DT_GNU_HASH)) return;
                 std::uint32_t* g = e.words(DT_GNU_HASH);
                 auto* end = reinterpret_cast<std::uint32_t*>(e.p + size / 4 * 4);
                 for (std::uint32_t* c = g + 4 + g[2] * 2 + g[0]; c < end; c++) *c &= ~1u;
               }});
  // Truncated: the segment that maps the headers ends early, the image ends there, and nothing else is
  // mapped. The reader trusts the ELF header and the program headers to be readable, as the kernel maps
  // its vDSO in whole pages; what they say is checked, as in "a segment shorter than its headers".
  d.push_back({"a segment shorter than its headers", [](elf& e) { e.first(PT_LOAD)->p_filesz = 16; }});
  std::size_t headers = 0;
  {
    Elf64_Ehdr eh;
    std::memcpy(&eh, image_for_sizes.data(), sizeof eh);
    headers = eh.e_phoff + std::size_t{eh.e_phnum} * sizeof(Elf64_Phdr);
  }
  // Cut before the end of the tables, nothing is read; cut later, the calls whose code was kept may be.
  for (std::size_t keep : {headers, std::size_t{0x300}, size / 2, size - 8})
    d.push_back({keep > 0x300 ? "cut short (calls kept whole may be found)" : "cut short",
                 [=](elf& e) {
                   for (unsigned i = 0; i < e.header()->e_phnum; i++)
                     if (e.segment(i)->p_type == PT_LOAD && e.segment(i)->p_offset != 0) e.segment(i)->p_type = PT_NULL;
                   e.first(PT_LOAD)->p_filesz = keep;
                 },
                 keep, false, keep > 0x300});
  return d;
}

// Reads every damaged copy of image: none may crash, and only the readable ones may serve a call.
void expect_damage_is_no_vdso(const std::vector<unsigned char>& image) {
  for (const damage& d : damages(image)) {
    std::vector<unsigned char> copy = image;
    elf e{copy.data()};
    d.apply(e);
    if (d.keep) copy.resize(d.keep);
    guarded g(copy);
    ASSERT_NE(g.base(), nullptr);
    SCOPED_TRACE(std::string("damage: ") + d.what + (d.keep ? " to " + std::to_string(d.keep) + " bytes" : ""));
    unsigned found = zcall_vdso_init(g.base());
    if (d.some_calls)
      EXPECT_LE(found, vdso_calls);
    else
      EXPECT_EQ(found, d.still_readable ? vdso_calls : 0u);
    // A copy of the kernel's vDSO cannot run (its code finds its data pages by their distance from it), so
    // only an image that serves nothing is used: the calls trap.
    if (!found) {
      zcall_timespec ts{};
      T_EXPECT_OK(zcall_clock_gettime(ZCALL_CLOCK_REALTIME, &ts));
    }
    zcall_vdso_init(nullptr);
  }
}

TEST_F(vdso, the_kernels_image_damaged_in_every_way_reads_as_none) {
  std::vector<unsigned char> image = copy_kernel_vdso();
  if (image.empty()) GTEST_SKIP() << "this process has no vDSO (AT_SYSINFO_EHDR is absent; qemu-user maps none)";
  expect_damage_is_no_vdso(image);
}

// fake_vdso.c, linked by this target's toolchain with the architecture's names and version, once with
// DT_HASH (sysv) and once with DT_GNU_HASH alone, as newer kernels build theirs.
class fake_vdso : public vdso, public ::testing::WithParamInterface<const char*> {};

TEST_P(fake_vdso, its_calls_are_served_from_it) {
  const char* path = std::getenv(GetParam());
  ASSERT_NE(path, nullptr) << GetParam() << " is not set: meson test sets it";
  std::vector<unsigned char> image = load_image(path);
  ASSERT_FALSE(image.empty()) << path;
  guarded g(image);
  ASSERT_EQ(zcall_vdso_init(g.base()), vdso_calls);
  zcall_timespec ts{};
  T_EXPECT_OK(zcall_clock_gettime(ZCALL_CLOCK_REALTIME, &ts));
  EXPECT_EQ(ts.tv_sec, 1000);
  EXPECT_EQ(ts.tv_nsec, 7);
  T_EXPECT_ERR(zcall_clock_gettime(99, &ts), ZCALL_EINVAL);
  // The fake answers ENOSYS for CLOCK_MONOTONIC: zcall then traps, and the kernel's clock answers.
  T_EXPECT_OK(zcall_clock_gettime(ZCALL_CLOCK_MONOTONIC, &ts));
  zcall_timespec trapped{};
  T_EXPECT_OK(trap_clock_gettime(ZCALL_CLOCK_MONOTONIC, &trapped));
  EXPECT_TRUE(before_or_same(ts, trapped) && ts.tv_sec != 1001);
  T_EXPECT_OK(zcall_clock_getres(ZCALL_CLOCK_REALTIME, &ts));
  EXPECT_EQ(ts.tv_sec, 2000);
  zcall_timeval tv{};
  T_EXPECT_OK(zcall_gettimeofday(&tv, nullptr));
  EXPECT_EQ(tv.tv_sec, 3000);
  unsigned cpu = 0, node = 0;
  T_EXPECT_OK(zcall_getcpu(&cpu, &node, nullptr));
#if defined(__aarch64__) || defined(__mips64)
  EXPECT_NE(cpu, 5000u) << "this architecture's vDSO has no getcpu: zcall must not take the fake's";
#else
  EXPECT_EQ(cpu, 5000u);
  EXPECT_EQ(node, 13u);
#endif
#if defined(ZCALL_SYS_time)
  EXPECT_EQ(T_EXPECT_OK(zcall_time(nullptr)), 4000u);
#endif
}

TEST_P(fake_vdso, damaged_in_every_way_reads_as_none) {
  const char* path = std::getenv(GetParam());
  ASSERT_NE(path, nullptr) << GetParam() << " is not set: meson test sets it";
  std::vector<unsigned char> image = load_image(path);
  ASSERT_FALSE(image.empty()) << path;
  expect_damage_is_no_vdso(image);
}

INSTANTIATE_TEST_SUITE_P(hash, fake_vdso, ::testing::Values("ZCALL_FAKE_VDSO_SYSV", "ZCALL_FAKE_VDSO_GNU"));

}  // namespace
