// SPDX-License-Identifier: MIT
// Helpers shared by the tests, all prefixed t_.
#ifndef ZCALL_TESTS_HELPERS_HPP
#define ZCALL_TESTS_HELPERS_HPP

#include <gtest/gtest.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <utility>
#include <zcall/ostream.hpp>
#include <zcall/zcall.hpp>

// Expect success and give r1, or expect an error and check the zcall_ret
// invariant: on error r1 is all ones and err is the kernel's number.
#define T_EXPECT_OK(ret) t_ok((ret), __FILE__, __LINE__)
#define T_EXPECT_ERR(ret, code) t_err((ret), static_cast<std::uintptr_t>(code), __FILE__, __LINE__)

inline std::uintptr_t t_ok(zcall_ret r, const char* file, int line) {
  if (r.err != 0)
    ADD_FAILURE_AT(file, line) << "expected success, got " << (zcall_errname(r.err) ? zcall_errname(r.err) : "?")
                               << " (" << r.err << ")";
  return r.r1;
}

inline void t_err(zcall_ret r, std::uintptr_t code, const char* file, int line) {
  const char* name = zcall_errname(code);
  if (r.err != code)
    ADD_FAILURE_AT(file, line) << "expected " << (name ? name : "?") << ", got err " << r.err << " ("
                               << (zcall_errname(r.err) ? zcall_errname(r.err) : "none") << "), r1 " << r.r1;
  else if (r.r1 != ~std::uintptr_t{0})
    ADD_FAILURE_AT(file, line) << "error " << name << " came with r1 " << r.r1 << ", not all ones";
}

// The emulator the tests run under, or nullptr on a real kernel. Meson sets
// ZCALL_TEST_EMULATOR when an exe_wrapper (qemu-user) runs a cross build.
inline const char* t_emulator() { return std::getenv("ZCALL_TEST_EMULATOR"); }

// For a test that pins down a kernel behaviour the emulator does not reproduce
// (it translates each call, and some it lacks or checks differently): the
// native run covers it, the emulated run says why it skips.
#define T_SKIP_IF_EMULATED(why)                                                 \
  do {                                                                          \
    if (const char* t_e_ = t_emulator()) GTEST_SKIP() << t_e_ << ": " << (why); \
  } while (0)

// ThreadSanitizer runs a signal handler only at the next call it intercepts,
// which a raw system call is not: a test of a handler interrupting a raw
// call cannot run under it.
#if defined(__SANITIZE_THREAD__)
#define T_SKIP_IF_TSAN(why) GTEST_SKIP() << "ThreadSanitizer: " << (why)
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define T_SKIP_IF_TSAN(why) GTEST_SKIP() << "ThreadSanitizer: " << (why)
#endif
#endif
#ifndef T_SKIP_IF_TSAN
#define T_SKIP_IF_TSAN(why) \
  do {                      \
  } while (0)
#endif

// AddressSanitizer makes system calls of its own around signals (it sets up and tears down a
// sigaltstack), which a test that traps one of those would catch too.
#if defined(__SANITIZE_ADDRESS__)
#define T_ON_ASAN() true
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define T_ON_ASAN() true
#endif
#endif
#ifndef T_ON_ASAN
#define T_ON_ASAN() false
#endif

// CI runs the GoogleTest suite under valgrind's memcheck (.ci/run), which
// makes each system call itself on the program's behalf: the few calls it does
// not know, or answers differently from the kernel, are skipped under it, with
// the reason. RUNNING_ON_VALGRIND comes from the valgrind package's header;
// without that header at build time nothing is skipped.
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#define T_ON_VALGRIND() (RUNNING_ON_VALGRIND != 0)
#else
#define T_ON_VALGRIND() false
#endif

#define T_SKIP_IF_VALGRIND(why)                                 \
  do {                                                          \
    if (T_ON_VALGRIND()) GTEST_SKIP() << "valgrind: " << (why); \
  } while (0)

// Who answered a system call, for a skip's reason: the emulator, valgrind (which makes each call on the
// program's behalf, and answers ENOSYS for those it does not know), or the kernel.
inline const char* t_answerer() {
  if (t_emulator()) return t_emulator();
  return T_ON_VALGRIND() ? "valgrind" : "this kernel";
}

// Skips when whoever answers (t_answerer) lacks the call: asks through the C library's syscall(), so that
// a broken wrapper cannot pass for a missing call, with arguments that must be harmless and fail.
#define T_SKIP_WITHOUT_SYSCALL(name, ...)                                                 \
  do {                                                                                    \
    if (syscall(ZCALL_SYS_##name, __VA_ARGS__) < 0 && errno == ENOSYS)                    \
      GTEST_SKIP() << #name ": ENOSYS from " << t_answerer() << ", which lacks the call"; \
  } while (0)

// Skips when valgrind does not know system call `nr`: it then answers ENOSYS
// without asking the kernel. The probe passes all-zero arguments, so `nr` must
// be harmless with them.
#define T_SKIP_IF_VALGRIND_LACKS(nr)                                                            \
  do {                                                                                          \
    if (T_ON_VALGRIND() && zcall_syscall4((nr), 0, 0, 0, 0).err == ZCALL_ENOSYS)                \
      GTEST_SKIP() << "valgrind: answers ENOSYS for " #nr " itself, without asking the kernel"; \
  } while (0)

// Owns a descriptor for the length of a test.
class t_fd {
 public:
  explicit t_fd(int fd = -1) : fd_(fd) {}
  t_fd(const t_fd&) = delete;
  t_fd& operator=(const t_fd&) = delete;
  ~t_fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }
  int release() { return std::exchange(fd_, -1); }

 private:
  int fd_;
};

// A pair of descriptors from pipe2 or socketpair, closed at the end of the test.
struct t_pair {
  int fd[2] = {-1, -1};
  ~t_pair() {
    for (int f : fd)
      if (f >= 0) ::close(f);
  }
};

// A fresh directory under /tmp for one test; it and everything in it are removed at the end.
class t_tmpdir {
 public:
  t_tmpdir();
  t_tmpdir(const t_tmpdir&) = delete;
  t_tmpdir& operator=(const t_tmpdir&) = delete;
  ~t_tmpdir();

  bool ok() const { return fd_ >= 0; }
  int fd() const { return fd_; }
  const std::string& path() const { return path_; }
  std::string path(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
  int fd_ = -1;
};

#define T_TMPDIR(dir) \
  t_tmpdir dir;       \
  ASSERT_TRUE(dir.ok()) << "mkdtemp under /tmp failed: " << std::strerror(errno)

// The C library's view of files, to check the wrappers against.
bool t_put(int dirfd, const char* name, const std::string& content);
// Up to 1 MiB from the file position: enough for every test, and quick should a broken call make a huge file.
std::string t_read_all(int fd);
// The file's content, or t_absent.
std::string t_get(int dirfd, const char* name);
extern const std::string t_absent;
// Whether name exists, not following a final symlink.
bool t_exists(int dirfd, const char* name);

// What the kernel saw when a trapped system call was made.
struct t_trapped {
  unsigned traps;    // how often the number was trapped: 0 if the call never reached the kernel as that number
  std::uint64_t nr;  // and the number and arguments of the first time
  std::uint64_t args[6];
  zcall_ret ret;  // what the code under test returned
};

enum class t_trap_result { trapped, unavailable, failed };

// Runs `call` in a child process in which system call `nr` is trapped by a
// seccomp filter (SECCOMP_RET_TRAP) instead of executed. The SIGSYS handler
// records the number and the six argument registers the kernel read, and makes
// the call return `reply` (a raw kernel value: -errno for an error). Trapping
// exit_group is safe too: as it cannot return, the handler ends the child.
t_trap_result t_trap(long nr, long reply, zcall_ret (*call)(), t_trapped* out, std::string* why);

// t_trap inside a test: skips with the reason where seccomp is unavailable, fails if the child died.
#define T_TRAP(nr, reply, call, out)                         \
  do {                                                       \
    std::string t_why_;                                      \
    switch (t_trap((nr), (reply), (call), (out), &t_why_)) { \
      case t_trap_result::unavailable:                       \
        GTEST_SKIP() << t_why_;                              \
        break;                                               \
      case t_trap_result::failed:                            \
        FAIL() << t_why_;                                    \
        break;                                               \
      case t_trap_result::trapped:                           \
        break;                                               \
    }                                                        \
  } while (0)

// A child that runs until *release is closed, then exits with `code`: a process surely alive for as long
// as the test needs. -1 if fork or pipe2 failed.
pid_t t_fork_until_released(int code, int* release);

// What a check inside a child process found: the child cannot use gtest's
// assertions, so it collects its failures here and t_in_child reports them.
class t_child {
 public:
  // Expects success: gives r1.
  std::uintptr_t ok(zcall_ret r, const std::string& what);
  // Expects the error code.
  void err(zcall_ret r, std::uintptr_t code, const std::string& what);
  void expect(bool holds, const std::string& what);
  // Ends the check as unable to run here (a missing privilege or feature): the test skips with the reason.
  [[noreturn]] void skip(const std::string& why);
  const std::string& failures() const { return failures_; }

 private:
  std::string failures_;
};

enum class t_child_result { passed, skipped, failed };

// Runs check in a child process after unshare(namespaces), unless that is 0;
// with CLONE_NEWUSER, the parent first maps user and group ids 0-65535 into the
// child's namespace as themselves, which needs root. Whatever the check
// changes (hostname, mounts, credentials, limits, the working directory,
// umask, signal handlers) ends with the child. Its findings come back through a
// pipe; a child that dies or exits without reporting has failed.
t_child_result t_in_child(int namespaces, void (*check)(t_child&, void*), void* context, std::string* report);

template <class F>
t_child_result t_in_child(int namespaces, F&& check, std::string* report) {
  return t_in_child(namespaces, [](t_child& c, void* f) { (*static_cast<F*>(f))(c); }, &check, report);
}

// t_in_child inside a test: skips with the reason, or fails with what the child found. The check, a
// lambda, is the variadic argument, so that the commas in its braces need no parentheses.
#define T_IN_CHILD(namespaces, ...)                                \
  do {                                                             \
    std::string t_report_;                                         \
    switch (t_in_child((namespaces), (__VA_ARGS__), &t_report_)) { \
      case t_child_result::skipped:                                \
        GTEST_SKIP() << t_report_;                                 \
        break;                                                     \
      case t_child_result::failed:                                 \
        FAIL() << "in the child:\n" << t_report_;                  \
        break;                                                     \
      case t_child_result::passed:                                 \
        break;                                                     \
    }                                                              \
  } while (0)

#endif
