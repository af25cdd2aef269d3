// SPDX-License-Identifier: MIT
// Finding the vDSO with no C library: its address from the auxiliary vector
// (prctl(PR_GET_AUXV), else /proc/self/auxv, else what the program passes to
// zcall_vdso_init), then the calls it exports from its ELF image. The image is
// read as hostile: every read is checked against the image's own PT_LOAD
// segments and every loop has a bound, so that a damaged image reads as "no
// vDSO", never as a crash. Nothing here allocates, locks or uses TLS, so a
// first use is safe in a signal handler, a vfork child or a CLONE_VM thread.
#include "vdso.hpp"

namespace zcall::detail::vdso {
uintptr_t found[calls];
}

namespace {

using zcall::detail::sys;
namespace vdso = zcall::detail::vdso;

// ELF64's structures, spelled here because libzcall includes no system header.
struct ehdr {
  unsigned char ident[16];
  uint16_t type, machine;
  uint32_t version;
  uint64_t entry, phoff, shoff;
  uint32_t flags;
  uint16_t ehsize, phentsize, phnum, shentsize, shnum, shstrndx;
};
struct phdr {
  uint32_t type, flags;
  uint64_t offset, vaddr, paddr, filesz, memsz, align;
};
struct dyn {
  int64_t tag;
  uint64_t value;
};
struct sym {
  uint32_t name;
  unsigned char info, other;
  uint16_t shndx;
  uint64_t value, size;
};
struct verdef {
  uint16_t version, flags, ndx, cnt;
  uint32_t hash, aux, next;
};
struct verdaux {
  uint32_t name, next;
};
static_assert(sizeof(ehdr) == 64 && sizeof(phdr) == 56 && sizeof(dyn) == 16 && sizeof(sym) == 24 &&
              sizeof(verdef) == 20 && sizeof(verdaux) == 8);

enum : uint32_t { pt_load = 1, pt_dynamic = 2, pf_x = 1 };
enum : int64_t {
  dt_null = 0,
  dt_hash = 4,
  dt_strtab = 5,
  dt_symtab = 6,
  dt_strsz = 10,
  dt_syment = 11,
  dt_gnu_hash = 0x6ffffef5,
  dt_versym = 0x6ffffff0,
  dt_verdef = 0x6ffffffc,
  dt_verdefnum = 0x6ffffffd,
  // mips: the number of dynamic symbols. A mips linker asked for a GNU hash writes DT_MIPS_XHASH instead of
  // DT_GNU_HASH, so without DT_HASH this is where the count is.
  dt_mips_symtabno = 0x70000011,
};
enum : uintptr_t { at_null = 0, at_pagesz = 6, at_sysinfo_ehdr = 33 };

// Bounds that no vDSO comes near (x86_64's has 4 segments, 15 dynamic
// entries, 12 symbols), so that a hostile count cannot make a loop long.
constexpr unsigned max_segments = 64, max_symbols = 1 << 12, max_versions = 64, max_buckets = 1 << 12,
                   max_bytes = 1 << 20;

// What each architecture's vDSO calls the calls of vdso::call, under which
// version (arch/*/kernel/vdso/vdso.lds.S, or vdso/vdso.lds.S); an empty name
// is a call it does not have. Arrays rather than pointers, so that the
// library needs no relocation to find them.
struct exports {
  uint16_t machine;
  char version[16];
  char names[vdso::calls][24];
};
#if defined(__x86_64__)
constexpr exports wanted = {
    62,
    "LINUX_2.6",
    {"__vdso_clock_gettime", "__vdso_clock_getres", "__vdso_gettimeofday", "__vdso_time", "__vdso_getcpu"}};
#elif defined(__aarch64__)
constexpr exports wanted = {
    183, "LINUX_2.6.39", {"__kernel_clock_gettime", "__kernel_clock_getres", "__kernel_gettimeofday", "", ""}};
#elif defined(__riscv)
constexpr exports wanted = {
    243, "LINUX_4.15", {"__vdso_clock_gettime", "__vdso_clock_getres", "__vdso_gettimeofday", "", "__vdso_getcpu"}};
#elif defined(__loongarch64)
constexpr exports wanted = {
    258, "LINUX_5.10", {"__vdso_clock_gettime", "__vdso_clock_getres", "__vdso_gettimeofday", "", "__vdso_getcpu"}};
#elif defined(__powerpc64__)
constexpr exports wanted = {
    21,
    "LINUX_2.6.15",
    {"__kernel_clock_gettime", "__kernel_clock_getres", "__kernel_gettimeofday", "__kernel_time", "__kernel_getcpu"}};
#elif defined(__s390x__)
constexpr exports wanted = {
    22,
    "LINUX_2.6.29",
    {"__kernel_clock_gettime", "__kernel_clock_getres", "__kernel_gettimeofday", "", "__kernel_getcpu"}};
#elif defined(__mips64)
constexpr exports wanted = {
    8, "LINUX_2.6", {"__vdso_clock_gettime", "__vdso_clock_getres", "__vdso_gettimeofday", "", ""}};
#else
#error "no vDSO names for this architecture"
#endif

bool equal(const char* a, const char* b) {
  while (*a && *a == *b) a++, b++;
  return *a == *b;
}

// The image as mapped: addresses are the segments' link-time vaddrs plus bias.
class image {
 public:
  // The ELF header and program headers, checked; segments() is 0 if they are not an image to read.
  explicit image(const void* header) {
    auto* e = static_cast<const ehdr*>(header);
    base_ = reinterpret_cast<uintptr_t>(header);
    if (base_ % 8 || e->ident[0] != 0x7f || e->ident[1] != 'E' || e->ident[2] != 'L' || e->ident[3] != 'F' ||
        e->ident[4] != 2 /* 64-bit */ ||
        e->ident[5] != (__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ? 1 : 2) /* this machine's byte order */ ||
        e->type != 3 /* ET_DYN */ || e->machine != wanted.machine || e->phentsize != sizeof(phdr) ||
        e->phnum > max_segments || e->phoff % 8)
      return;
    // Until the segments are known, only the first page is sure to be mapped.
    uint64_t end = e->phoff + uint64_t{e->phnum} * sizeof(phdr);
    if (e->phoff > 4096 || end > 4096) return;
    auto* ph = reinterpret_cast<const phdr*>(base_ + e->phoff);
    for (unsigned i = 0; i < e->phnum; i++) {
      if (ph[i].type != pt_load || ph[i].offset != 0) continue;
      if (ph[i].filesz < end) return;  // the headers must lie in the segment that maps them
      bias_ = base_ - ph[i].vaddr;
      phdrs_ = ph;
      count_ = e->phnum;
      return;
    }
  }

  unsigned segments() const { return count_; }
  const phdr& segment(unsigned i) const { return phdrs_[i]; }

  // n objects of type T at vaddr, if a PT_LOAD segment holds them all (an executable one, if asked), else null.
  template <class T>
  const T* at(uint64_t vaddr, uint64_t n = 1, bool executable = false) const {
    if (n > max_bytes || (bias_ + vaddr) % alignof(T)) return nullptr;
    uint64_t size = n * sizeof(T);
    // Never below the ELF header, nor further past it than mapped() checks.
    uint64_t from_base = bias_ + vaddr - base_;
    if (from_base > max_bytes || size > max_bytes - from_base) return nullptr;
    for (unsigned i = 0; i < count_; i++) {
      const phdr& p = phdrs_[i];
      if (p.type != pt_load || (executable && !(p.flags & pf_x))) continue;
      if (vaddr >= p.vaddr && size <= p.filesz && vaddr - p.vaddr <= p.filesz - size)
        return reinterpret_cast<const T*>(bias_ + vaddr);
    }
    return nullptr;
  }

  // The NUL-terminated string at offset in the string table, if it ends inside the table.
  const char* string(uint64_t table, uint64_t table_size, uint64_t offset) const {
    if (offset >= table_size) return nullptr;
    const char* s = at<char>(table + offset, table_size - offset);
    if (!s) return nullptr;
    for (uint64_t i = 0; i < table_size - offset; i++)
      if (!s[i]) return s;
    return nullptr;
  }

  uintptr_t address(uint64_t vaddr) const { return bias_ + vaddr; }

 private:
  uintptr_t base_ = 0, bias_ = 0;
  const phdr* phdrs_ = nullptr;
  unsigned count_ = 0;
};

// The words of DT_HASH: 32-bit, but 64-bit on s390x (glibc's Elf_Symndx, <bits/elfclass.h>). DT_GNU_HASH's
// buckets and chains are 32-bit everywhere.
#if defined(__s390x__)
using hash_word = uint64_t;
#else
using hash_word = uint32_t;
#endif

// The number of symbols, which ELF keeps only in the hash tables: DT_HASH's
// chain count, or past DT_GNU_HASH's last chain. 0 if unreadable.
uint64_t symbol_count(const image& im, uint64_t hash, uint64_t gnu_hash) {
  if (hash) {
    const hash_word* h = im.at<hash_word>(hash, 2);
    return h ? h[1] : 0;
  }
  const uint32_t* g = im.at<uint32_t>(gnu_hash, 4);
  if (!g || g[0] > max_buckets || g[2] > max_buckets) return 0;
  uint32_t nbuckets = g[0], first = g[1];
  uint64_t buckets = gnu_hash + 16 + uint64_t{g[2]} * 8;  // past the header and the 64-bit bloom words
  const uint32_t* bucket = im.at<uint32_t>(buckets, nbuckets);
  if (!bucket) return 0;
  uint32_t last = 0;
  for (uint32_t i = 0; i < nbuckets; i++)
    if (bucket[i] > last) last = bucket[i];
  if (last < first) return first;
  // The last bucket's chain ends at the entry whose low bit is set.
  for (uint64_t i = last; i < max_symbols; i++) {
    const uint32_t* chain = im.at<uint32_t>(buckets + uint64_t{nbuckets} * 4 + (i - first) * 4);
    if (!chain) return 0;
    if (*chain & 1) return i + 1;
  }
  return 0;
}

// Reads the image at header; fills address[] with each call it exports under the expected version (0 where
// none) and returns how many it found.
unsigned read_image(const void* header, uintptr_t (&address)[vdso::calls]) {
  for (auto& a : address) a = 0;
  if (!header) return 0;
  image im(header);
  const dyn* dynamic = nullptr;
  uint64_t entries = 0;
  for (unsigned i = 0; i < im.segments(); i++)
    if (im.segment(i).type == pt_dynamic) {
      entries = im.segment(i).filesz / sizeof(dyn);
      dynamic = im.at<dyn>(im.segment(i).vaddr, entries);
    }
  if (!dynamic) return 0;

  uint64_t hash = 0, gnu_hash = 0, strtab = 0, strsz = 0, symtab = 0, syment = sizeof(sym), versym = 0, verdefs = 0,
           verdefnum = max_versions, mips_symtabno = 0;
  for (uint64_t i = 0; i < entries && dynamic[i].tag != dt_null; i++) {
    uint64_t v = dynamic[i].value;
    switch (dynamic[i].tag) {
      case dt_hash:
        hash = v;
        break;
      case dt_gnu_hash:
        gnu_hash = v;
        break;
      case dt_strtab:
        strtab = v;
        break;
      case dt_strsz:
        strsz = v;
        break;
      case dt_symtab:
        symtab = v;
        break;
      case dt_syment:
        syment = v;
        break;
      case dt_versym:
        versym = v;
        break;
      case dt_verdef:
        verdefs = v;
        break;
      case dt_verdefnum:
        verdefnum = v < max_versions ? v : max_versions;
        break;
#if defined(__mips64)
      case dt_mips_symtabno:
        mips_symtabno = v;
        break;
#endif
      default:
        break;
    }
  }
  if (!strtab || !symtab || !versym || !verdefs || syment != sizeof(sym) || (!hash && !gnu_hash && !mips_symtabno))
    return 0;

  // The index of the version every call must have; the kernel's vDSOs define it once, besides the file's own.
  unsigned version = 0;
  for (uint64_t d = verdefs, n = 0; n < verdefnum; n++) {
    const verdef* v = im.at<verdef>(d);
    if (!v || v->version != 1) return 0;
    const verdaux* a = im.at<verdaux>(d + v->aux);
    const char* name = a ? im.string(strtab, strsz, a->name) : nullptr;
    if (name && equal(name, wanted.version) && !(v->flags & 1 /* VER_FLG_BASE */)) {
      version = v->ndx;
      break;
    }
    if (!v->next) break;
    d += v->next;
  }
  if (!version) return 0;

  uint64_t n = hash || gnu_hash ? symbol_count(im, hash, gnu_hash) : mips_symtabno;
  const sym* symbols = n <= max_symbols ? im.at<sym>(symtab, n) : nullptr;
  const uint16_t* versions = symbols ? im.at<uint16_t>(versym, n) : nullptr;
  if (!versions) return 0;
  unsigned count = 0;
  for (uint64_t i = 1; i < n; i++) {
    const sym& s = symbols[i];
    unsigned type = s.info & 0xf, binding = s.info >> 4;
    if (type != 2 /* STT_FUNC */ || (binding != 1 && binding != 2) /* GLOBAL, WEAK */ || !s.shndx ||
        (versions[i] & 0x7fff) != version || !im.at<char>(s.value, s.size ? s.size : 1, true))
      continue;
    const char* name = im.string(strtab, strsz, s.name);
    if (!name) continue;
    for (unsigned c = 0; c < vdso::calls; c++)
      if (wanted.names[c][0] && !address[c] && equal(name, wanted.names[c])) {
        address[c] = im.address(s.value);
        count++;
      }
  }
  return count;
}

// What the auxiliary vector says of the vDSO: where it is, and the page size it is mapped in.
struct vdso_place {
  uintptr_t header = 0, page = 0;
  bool end = false;     // AT_NULL was seen: nothing more to read
  bool unsure = false;  // the vector could not be read for now (no descriptor or memory left): ask again later
};

// Reads n words of auxv pairs into *place.
void scan(const uintptr_t* auxv, uintptr_t n, vdso_place* place) {
  for (uintptr_t i = 0; i + 1 < n && !place->end; i += 2) {
    if (auxv[i] == at_null) place->end = true;
    if (auxv[i] == at_sysinfo_ehdr) place->header = auxv[i + 1];
    if (auxv[i] == at_pagesz) place->page = auxv[i + 1];
  }
}

// Whether the kernel still maps every page of the image at place: the auxv
// names the vDSO the process started with, which a program may have unmapped
// since (valgrind does), and mincore tells an unmapped page by ENOMEM.
bool mapped(const vdso_place& place) {
  unsigned char pages[256];
  uintptr_t page = place.page;
  if (!place.header || !page || page & (page - 1) || place.header % page || page * sizeof pages < max_bytes)
    return false;
  if (sys(ZCALL_SYS_mincore, place.header, page, pages).err) return false;
  // image::at() reads no further than max_bytes past the header: every page up to the end of the last
  // segment is checked, and a segment outside those bytes makes the image one not to read at all.
  image im(reinterpret_cast<const void*>(place.header));
  uint64_t end = 0;
  for (unsigned i = 0; i < im.segments(); i++) {
    const phdr& p = im.segment(i);
    if (p.type != pt_load) continue;
    uint64_t from_header = im.address(p.vaddr) - place.header;
    if (from_header > max_bytes || p.filesz > max_bytes - from_header) return false;
    if (from_header + p.filesz > end) end = from_header + p.filesz;
  }
  return !sys(ZCALL_SYS_mincore, place.header, (end + page - 1) / page * page, pages).err;
}

// The vDSO's place from the kernel's copy of the auxiliary vector. On the
// stack, 32 pairs: AT_SYSINFO_EHDR and AT_PAGESZ come among the first few
// (ARCH_DLINFO leads the vector), and a signal stack has little room.
vdso_place discover() {
  uintptr_t auxv[64];
  for (auto& word : auxv) word = 0;  // for valgrind, which does not know that PR_GET_AUXV (Linux 6.4) fills it
  vdso_place place;
  zcall_ret r = sys(ZCALL_SYS_prctl, ZCALL_PR_GET_AUXV, auxv, sizeof auxv, 0, 0);
  if (!r.err) {
    scan(auxv, (r.r1 < sizeof auxv ? r.r1 : sizeof auxv) / sizeof auxv[0], &place);
    if ((place.header && place.page) || place.end || r.r1 <= sizeof auxv) return place;
  }
  // Before Linux 6.4, or where prctl is filtered: the same vector, from procfs.
  place = {};
  zcall_ret fd = sys(ZCALL_SYS_openat, ZCALL_AT_FDCWD, "/proc/self/auxv", ZCALL_O_RDONLY | ZCALL_O_CLOEXEC, 0);
  if (fd.err) {
    place.unsure = fd.err == ZCALL_EMFILE || fd.err == ZCALL_ENFILE || fd.err == ZCALL_ENOMEM || fd.err == ZCALL_EINTR;
    return place;
  }
  while (!place.end) {
    zcall_ret got = sys(ZCALL_SYS_read, static_cast<int>(fd.r1), auxv, sizeof auxv);
    if (got.err == ZCALL_EINTR) continue;
    if (got.err || got.r1 == 0) break;
    scan(auxv, got.r1 / sizeof auxv[0], &place);
  }
  sys(ZCALL_SYS_close, static_cast<int>(fd.r1));
  return place;
}

unsigned publish(const void* header) {
  uintptr_t address[vdso::calls];
  unsigned count = read_image(header, address);
  for (unsigned c = 0; c < vdso::calls; c++)
    __atomic_store_n(&vdso::found[c], address[c] ? address[c] : vdso::absent, __ATOMIC_RELEASE);
  return count;
}

}  // namespace

// A lack of descriptors or memory publishes nothing: this call traps, and a later one looks again.
uintptr_t zcall::detail::vdso::first_use(call c) {
  vdso_place place = discover();
  if (place.unsure) return absent;
  publish(mapped(place) ? reinterpret_cast<const void*>(place.header) : nullptr);
  return __atomic_load_n(&found[c], __ATOMIC_ACQUIRE);
}

unsigned zcall_vdso_init(const void* elf_header) { return publish(elf_header); }

// An auxv may name a vDSO since unmapped (valgrind unmaps it): it is checked as on first use.
unsigned zcall_vdso_init_auxv(const uintptr_t* auxv) {
  vdso_place place;
  if (auxv) scan(auxv, 2 * 4096, &place);
  return publish(mapped(place) ? reinterpret_cast<const void*>(place.header) : nullptr);
}
