// SPDX-License-Identifier: MIT
//
// zcall on Linux for C++: the kernel's structs under their kernel names and
// the typed wrappers of <zcall/linux.h>, inline; those other kernels have too
// are in <zcall/posix.hpp>. Included by <zcall/zcall.hpp>.
//
// Returns: Result<std::size_t> for byte counts, Result<int> for a new
// descriptor or a count of ready items, Errno where the kernel only says
// whether it worked. Buffers may be given as std::span.
#ifndef ZCALL_LINUX_HPP
#define ZCALL_LINUX_HPP

#ifndef ZCALL_ZCALL_HPP
#error "include <zcall/zcall.hpp>, not <zcall/linux.hpp>"
#endif

#include <initializer_list>

namespace zcall {
inline namespace v0_1 {

// --- Kernel structs ------------------------------------------------------------------

using timespec = ::zcall_timespec;
using itimerspec = ::zcall_itimerspec;
using sigset_t = ::zcall_sigset_t;
using sockaddr = ::zcall_sockaddr;
using in_addr = ::zcall_in_addr;
using sockaddr_in = ::zcall_sockaddr_in;
using in6_addr = ::zcall_in6_addr;
using sockaddr_in6 = ::zcall_sockaddr_in6;
using sockaddr_un = ::zcall_sockaddr_un;
using sockaddr_storage = ::zcall_sockaddr_storage;
using msghdr = ::zcall_msghdr;
using mmsghdr = ::zcall_mmsghdr;
using cmsghdr = ::zcall_cmsghdr;
using pollfd = ::zcall_pollfd;
using winsize = ::zcall_winsize;
using epoll_data = ::zcall_epoll_data;
using epoll_event = ::zcall_epoll_event;
using open_how = ::zcall_open_how;
using statx_timestamp = ::zcall_statx_timestamp;
using stat = ::zcall_stat;
using signalfd_siginfo = ::zcall_signalfd_siginfo;
using fsid_t = ::zcall_fsid_t;
using cachestat_range = ::zcall_cachestat_range;
using cap_user_header = ::zcall_cap_user_header;
using cap_user_data = ::zcall_cap_user_data;
using rlimit = ::zcall_rlimit;
using timeval = ::zcall_timeval;
using timezone = ::zcall_timezone;
using rusage = ::zcall_rusage;
using sigval = ::zcall_sigval;
using siginfo = ::zcall_siginfo;
using new_utsname = ::zcall_new_utsname;
using sched_param = ::zcall_sched_param;
using sched_attr = ::zcall_sched_attr;
using sigaction = ::zcall_sigaction;
using stack_t = ::zcall_stack_t;
using sigevent = ::zcall_sigevent;
using itimerval = ::zcall_itimerval;
using timex = ::zcall_timex;
using mount_attr = ::zcall_mount_attr;
using clone_args = ::zcall_clone_args;
using sock_filter = ::zcall_sock_filter;
using sock_fprog = ::zcall_sock_fprog;
using landlock_ruleset_attr = ::zcall_landlock_ruleset_attr;
using landlock_path_beneath_attr = ::zcall_landlock_path_beneath_attr;
using landlock_net_port_attr = ::zcall_landlock_net_port_attr;
using lsm_ctx = ::zcall_lsm_ctx;
using robust_list = ::zcall_robust_list;
using robust_list_head = ::zcall_robust_list_head;
using mnt_id_req = ::zcall_mnt_id_req;
using file_attr = ::zcall_file_attr;
using xattr_args = ::zcall_xattr_args;

using linux_dirent64 = ::zcall_linux_dirent64;
using file_handle = ::zcall_file_handle;
using inotify_event = ::zcall_inotify_event;
using fanotify_event_metadata = ::zcall_fanotify_event_metadata;
using io_sqring_offsets = ::zcall_io_sqring_offsets;
using io_cqring_offsets = ::zcall_io_cqring_offsets;
using io_uring_params = ::zcall_io_uring_params;
using io_uring_sqe = ::zcall_io_uring_sqe;
using io_uring_cqe = ::zcall_io_uring_cqe;
/// statx, statfs, sysinfo, rseq, statmount, cachestat and futex_waitv are also functions here, so, like struct stat in
/// C, the structs are named with their tag: `struct zcall::statx st;`.
struct statx : ::zcall_statx {};
struct statfs : ::zcall_statfs {};
struct sysinfo : ::zcall_sysinfo {};
struct rseq : ::zcall_rseq {};
struct cachestat : ::zcall_cachestat {};
struct statmount : ::zcall_statmount {};
#if defined(__riscv)
struct riscv_hwprobe : ::zcall_riscv_hwprobe {};
#endif
struct futex_waitv : ::zcall_futex_waitv {};

/// The kernel's signal set with the given signals in it.
constexpr sigset_t sigset_of(std::initializer_list<int> signals) noexcept {
  sigset_t set{};
  for (int sig : signals) set.sig[(sig - 1) / 64] |= std::uint64_t{1} << ((sig - 1) % 64);
  return set;
}

// --- Basic and vectored I/O ----------------------------------------------------------

/// dup3(2): newfd.
[[nodiscard]] inline Result<int> dup3(borrowed_fd oldfd, borrowed_fd newfd, int flags = 0) noexcept {
  return detail::result<int>(zcall_dup3(oldfd, newfd, flags));
}
/// ioctl(2): what the request returns.
[[nodiscard]] inline Result<std::uintptr_t> ioctl(borrowed_fd fd, unsigned long request,
                                                  detail::Word arg = {}) noexcept {
  return detail::result<std::uintptr_t>(zcall_ioctl(fd, request, arg.get()));
}
/// lseek(2): the new offset. whence: seek::SET, seek::CUR, seek::END, seek::DATA, seek::HOLE.
[[nodiscard]] inline Result<std::int64_t> lseek(borrowed_fd fd, std::int64_t offset, int whence) noexcept {
  return detail::result<std::int64_t>(zcall_lseek(fd, offset, whence));
}
/// pread(2): bytes read at offset.
[[nodiscard]] inline Result<std::size_t> pread64(borrowed_fd fd, void* buf, std::size_t count,
                                                 std::int64_t offset) noexcept {
  return detail::result<std::size_t>(zcall_pread64(fd, buf, count, offset));
}
template <detail::range_out R>
[[nodiscard]] inline Result<std::size_t> pread64(borrowed_fd fd, R&& buf, std::int64_t offset) noexcept {
  return pread64(fd, std::span(buf).data(), std::span(buf).size(), offset);
}
/// preadv2(2): bytes read at offset (-1: at the file position). flags: rwf::*.
[[nodiscard]] inline Result<std::size_t> preadv2(borrowed_fd fd, std::span<const iovec> iov, std::int64_t offset,
                                                 int flags = 0) noexcept {
  return detail::result<std::size_t>(zcall_preadv2(fd, iov.data(), static_cast<int>(iov.size()), offset, flags));
}
/// pwrite(2): bytes written at offset.
[[nodiscard]] inline Result<std::size_t> pwrite64(borrowed_fd fd, const void* buf, std::size_t count,
                                                  std::int64_t offset) noexcept {
  return detail::result<std::size_t>(zcall_pwrite64(fd, buf, count, offset));
}
template <detail::range_in R>
[[nodiscard]] inline Result<std::size_t> pwrite64(borrowed_fd fd, R&& buf, std::int64_t offset) noexcept {
  return pwrite64(fd, std::span(buf).data(), std::span(buf).size(), offset);
}
/// pwritev2(2): bytes written at offset (-1: at the file position). flags: rwf::*.
[[nodiscard]] inline Result<std::size_t> pwritev2(borrowed_fd fd, std::span<const iovec> iov, std::int64_t offset,
                                                  int flags = 0) noexcept {
  return detail::result<std::size_t>(zcall_pwritev2(fd, iov.data(), static_cast<int>(iov.size()), offset, flags));
}

// --- Files and directories -----------------------------------------------------------

/// copy_file_range(2): bytes copied. Null offsets use and advance the file positions.
[[nodiscard]] inline Result<std::size_t> copy_file_range(borrowed_fd fd_in, std::int64_t* off_in, borrowed_fd fd_out,
                                                         std::int64_t* off_out, std::size_t len,
                                                         unsigned flags = 0) noexcept {
  return detail::result<std::size_t>(zcall_copy_file_range(fd_in, off_in, fd_out, off_out, len, flags));
}
/// fallocate(2). mode: 0 or falloc_fl::*.
[[nodiscard]] inline Errno fallocate(borrowed_fd fd, int mode, std::int64_t offset, std::int64_t len) noexcept {
  return detail::status(zcall_fallocate(fd, mode, offset, len));
}
/// fdatasync(2).
[[nodiscard]] inline Errno fdatasync(borrowed_fd fd) noexcept { return detail::status(zcall_fdatasync(fd)); }
/// fstat(2).
[[nodiscard]] inline Errno fstat(borrowed_fd fd, stat* statbuf) noexcept {
  return detail::status(zcall_fstat(fd, statbuf));
}
/// fsync(2).
[[nodiscard]] inline Errno fsync(borrowed_fd fd) noexcept { return detail::status(zcall_fsync(fd)); }
/// ftruncate(2).
[[nodiscard]] inline Errno ftruncate(borrowed_fd fd, std::int64_t length) noexcept {
  return detail::status(zcall_ftruncate(fd, length));
}
/// mkdirat(2). dirfd may be at::FDCWD.
[[nodiscard]] inline Errno mkdirat(borrowed_fd dirfd, const char* path, unsigned mode) noexcept {
  return detail::status(zcall_mkdirat(dirfd, path, mode));
}
/// openat(2): the new descriptor. flags: o::*.
[[nodiscard]] inline Result<int> openat(borrowed_fd dirfd, const char* path, int flags, unsigned mode = 0) noexcept {
  return detail::result<int>(zcall_openat(dirfd, path, flags, mode));
}
/// openat2(2): the new descriptor.
[[nodiscard]] inline Result<int> openat2(borrowed_fd dirfd, const char* path, const open_how& how) noexcept {
  return detail::result<int>(zcall_openat2(dirfd, path, &how, sizeof how));
}
/// renameat2(2). flags: 0 or rename::*.
[[nodiscard]] inline Errno renameat2(borrowed_fd olddirfd, const char* oldpath, borrowed_fd newdirfd,
                                     const char* newpath, unsigned flags = 0) noexcept {
  return detail::status(zcall_renameat2(olddirfd, oldpath, newdirfd, newpath, flags));
}
/// sendfile(2): bytes copied. A null offset uses and advances in_fd's position.
[[nodiscard]] inline Result<std::size_t> sendfile(borrowed_fd out_fd, borrowed_fd in_fd, std::int64_t* offset,
                                                  std::size_t count) noexcept {
  return detail::result<std::size_t>(zcall_sendfile(out_fd, in_fd, offset, count));
}
ZCALL_SHARES_A_STRUCT_NAME_BEGIN
/// statx(2). mask: statx_flags::*; flags: at::*.
[[nodiscard]] inline Errno statx(borrowed_fd dirfd, const char* path, int flags, unsigned mask,
                                 struct ::zcall_statx* buf) noexcept {
  return detail::status(zcall_statx(dirfd, path, flags, mask, buf));
}
ZCALL_SHARES_A_STRUCT_NAME_END
/// sync_file_range(2). flags: sync_file_range::*.
[[nodiscard]] inline Errno sync_file_range(borrowed_fd fd, std::int64_t offset, std::int64_t nbytes,
                                           unsigned flags) noexcept {
  return detail::status(zcall_sync_file_range(fd, offset, nbytes, flags));
}
/// unlinkat(2). flags: 0 or at::REMOVEDIR.
[[nodiscard]] inline Errno unlinkat(borrowed_fd dirfd, const char* path, int flags = 0) noexcept {
  return detail::status(zcall_unlinkat(dirfd, path, flags));
}

ZCALL_SHARES_A_STRUCT_NAME_BEGIN
/// cachestat(2), Linux 6.5: the page cache state of range (len 0: to the end), in pages.
[[nodiscard]] inline Errno cachestat(borrowed_fd fd, const cachestat_range& range,
                                     struct ::zcall_cachestat* cstat) noexcept {
  return detail::status(zcall_cachestat(fd, &range, cstat, 0));
}
ZCALL_SHARES_A_STRUCT_NAME_END
/// close_range(2). flags: close_range_flags::*.
[[nodiscard]] inline Errno close_range(unsigned fd, unsigned max_fd, unsigned flags = 0) noexcept {
  return detail::status(zcall_close_range(fd, max_fd, flags));
}
/// dup(2): the new descriptor.
[[nodiscard]] inline Result<int> dup(borrowed_fd oldfd) noexcept { return detail::result<int>(zcall_dup(oldfd)); }
/// faccessat(2). mode: ok::* (F, R, W, X).
[[nodiscard]] inline Errno faccessat(borrowed_fd dirfd, const char* path, int mode) noexcept {
  return detail::status(zcall_faccessat(dirfd, path, mode));
}
/// faccessat2(2). flags: at::*.
[[nodiscard]] inline Errno faccessat2(borrowed_fd dirfd, const char* path, int mode, int flags = 0) noexcept {
  return detail::status(zcall_faccessat2(dirfd, path, mode, flags));
}
/// fadvise64(2). advice: posix_fadv::*.
[[nodiscard]] inline Errno fadvise64(borrowed_fd fd, std::int64_t offset, std::int64_t len, int advice) noexcept {
  return detail::status(zcall_fadvise64(fd, offset, len, advice));
}
/// fchmod(2).
[[nodiscard]] inline Errno fchmod(borrowed_fd fd, unsigned mode) noexcept {
  return detail::status(zcall_fchmod(fd, mode));
}
/// fchmodat(2).
[[nodiscard]] inline Errno fchmodat(borrowed_fd dirfd, const char* path, unsigned mode) noexcept {
  return detail::status(zcall_fchmodat(dirfd, path, mode));
}
/// fchmodat2(2), Linux 6.6. flags: at::*.
[[nodiscard]] inline Errno fchmodat2(borrowed_fd dirfd, const char* path, unsigned mode, unsigned flags = 0) noexcept {
  return detail::status(zcall_fchmodat2(dirfd, path, mode, flags));
}
/// fchown(2). An id of std::uint32_t(-1) is left as it is.
[[nodiscard]] inline Errno fchown(borrowed_fd fd, std::uint32_t owner, std::uint32_t group) noexcept {
  return detail::status(zcall_fchown(fd, owner, group));
}
/// fchownat(2). flags: at::*.
[[nodiscard]] inline Errno fchownat(borrowed_fd dirfd, const char* path, std::uint32_t owner, std::uint32_t group,
                                    int flags = 0) noexcept {
  return detail::status(zcall_fchownat(dirfd, path, owner, group, flags));
}
/// flock(2). operation: lock::*.
[[nodiscard]] inline Errno flock(borrowed_fd fd, unsigned operation) noexcept {
  return detail::status(zcall_flock(fd, operation));
}
/// fstatfs(2).
[[nodiscard]] inline Errno fstatfs(borrowed_fd fd, struct ::zcall_statfs* buf) noexcept {
  return detail::status(zcall_fstatfs(fd, buf));
}
/// getdents64(2): bytes of linux_dirent64 records written; 0 at the end.
[[nodiscard]] inline Result<std::size_t> getdents64(borrowed_fd fd, void* dirp, unsigned count) noexcept {
  return detail::result<std::size_t>(zcall_getdents64(fd, dirp, count));
}
[[nodiscard]] inline Result<std::size_t> getdents64(borrowed_fd fd, std::span<std::byte> buf) noexcept {
  return getdents64(fd, buf.data(), static_cast<unsigned>(buf.size()));
}
/// linkat(2). flags: at::*.
[[nodiscard]] inline Errno linkat(borrowed_fd olddirfd, const char* oldpath, borrowed_fd newdirfd, const char* newpath,
                                  int flags = 0) noexcept {
  return detail::status(zcall_linkat(olddirfd, oldpath, newdirfd, newpath, flags));
}
/// mknodat(2). mode: the type (s::IFREG, s::IFIFO, ...) and permissions.
[[nodiscard]] inline Errno mknodat(borrowed_fd dirfd, const char* path, unsigned mode, unsigned dev) noexcept {
  return detail::status(zcall_mknodat(dirfd, path, mode, dev));
}
/// name_to_handle_at(2). flags: at::*.
[[nodiscard]] inline Errno name_to_handle_at(borrowed_fd dirfd, const char* path, file_handle* handle, int* mount_id,
                                             int flags = 0) noexcept {
  return detail::status(zcall_name_to_handle_at(dirfd, path, handle, mount_id, flags));
}
/// newfstatat(2), fstatat as the C library names it. flags: at::*.
[[nodiscard]] inline Errno newfstatat(borrowed_fd dirfd, const char* path, stat* statbuf, int flags = 0) noexcept {
  return detail::status(zcall_newfstatat(dirfd, path, statbuf, flags));
}
/// open_by_handle_at(2): the new descriptor. flags: o::*.
[[nodiscard]] inline Result<int> open_by_handle_at(borrowed_fd mount_fd, file_handle* handle, int flags = 0) noexcept {
  return detail::result<int>(zcall_open_by_handle_at(mount_fd, handle, flags));
}
/// readahead(2).
[[nodiscard]] inline Errno readahead(borrowed_fd fd, std::int64_t offset, std::size_t count) noexcept {
  return detail::status(zcall_readahead(fd, offset, count));
}
/// readlinkat(2): bytes of the target, without a NUL.
[[nodiscard]] inline Result<std::size_t> readlinkat(borrowed_fd dirfd, const char* path, char* buf,
                                                    int bufsiz) noexcept {
  return detail::result<std::size_t>(zcall_readlinkat(dirfd, path, buf, bufsiz));
}
[[nodiscard]] inline Result<std::size_t> readlinkat(borrowed_fd dirfd, const char* path, std::span<char> buf) noexcept {
  return readlinkat(dirfd, path, buf.data(), static_cast<int>(buf.size()));
}
ZCALL_SHARES_A_STRUCT_NAME_BEGIN
/// statfs(2).
[[nodiscard]] inline Errno statfs(const char* path, struct ::zcall_statfs* buf) noexcept {
  return detail::status(zcall_statfs(path, buf));
}
ZCALL_SHARES_A_STRUCT_NAME_END
/// symlinkat(2).
[[nodiscard]] inline Errno symlinkat(const char* target, borrowed_fd newdirfd, const char* linkpath) noexcept {
  return detail::status(zcall_symlinkat(target, newdirfd, linkpath));
}
/// sync(2).
[[nodiscard]] inline Errno sync() noexcept { return detail::status(zcall_sync()); }
/// syncfs(2).
[[nodiscard]] inline Errno syncfs(borrowed_fd fd) noexcept { return detail::status(zcall_syncfs(fd)); }
/// truncate(2).
[[nodiscard]] inline Errno truncate(const char* path, std::int64_t length) noexcept {
  return detail::status(zcall_truncate(path, length));
}
/// utimensat(2). times: access and modification time (null: now). flags: at::*.
[[nodiscard]] inline Errno utimensat(borrowed_fd dirfd, const char* path, const timespec* times,
                                     int flags = 0) noexcept {
  return detail::status(zcall_utimensat(dirfd, path, times, flags));
}

// --- Extended attributes -------------------------------------------------------------

/// fgetxattr(2): the value's size.
[[nodiscard]] inline Result<std::size_t> fgetxattr(borrowed_fd fd, const char* name, void* value,
                                                   std::size_t size) noexcept {
  return detail::result<std::size_t>(zcall_fgetxattr(fd, name, value, size));
}
/// flistxattr(2): bytes of names.
[[nodiscard]] inline Result<std::size_t> flistxattr(borrowed_fd fd, char* list, std::size_t size) noexcept {
  return detail::result<std::size_t>(zcall_flistxattr(fd, list, size));
}
/// fremovexattr(2).
[[nodiscard]] inline Errno fremovexattr(borrowed_fd fd, const char* name) noexcept {
  return detail::status(zcall_fremovexattr(fd, name));
}
/// fsetxattr(2). flags: xattr::*.
[[nodiscard]] inline Errno fsetxattr(borrowed_fd fd, const char* name, const void* value, std::size_t size,
                                     int flags = 0) noexcept {
  return detail::status(zcall_fsetxattr(fd, name, value, size, flags));
}
/// getxattr(2): the value's size.
[[nodiscard]] inline Result<std::size_t> getxattr(const char* path, const char* name, void* value,
                                                  std::size_t size) noexcept {
  return detail::result<std::size_t>(zcall_getxattr(path, name, value, size));
}
/// lgetxattr(2): the value's size.
[[nodiscard]] inline Result<std::size_t> lgetxattr(const char* path, const char* name, void* value,
                                                   std::size_t size) noexcept {
  return detail::result<std::size_t>(zcall_lgetxattr(path, name, value, size));
}
/// listxattr(2): bytes of names.
[[nodiscard]] inline Result<std::size_t> listxattr(const char* path, char* list, std::size_t size) noexcept {
  return detail::result<std::size_t>(zcall_listxattr(path, list, size));
}
/// llistxattr(2): bytes of names.
[[nodiscard]] inline Result<std::size_t> llistxattr(const char* path, char* list, std::size_t size) noexcept {
  return detail::result<std::size_t>(zcall_llistxattr(path, list, size));
}
/// lremovexattr(2).
[[nodiscard]] inline Errno lremovexattr(const char* path, const char* name) noexcept {
  return detail::status(zcall_lremovexattr(path, name));
}
/// lsetxattr(2). flags: xattr::*.
[[nodiscard]] inline Errno lsetxattr(const char* path, const char* name, const void* value, std::size_t size,
                                     int flags = 0) noexcept {
  return detail::status(zcall_lsetxattr(path, name, value, size, flags));
}
/// removexattr(2).
[[nodiscard]] inline Errno removexattr(const char* path, const char* name) noexcept {
  return detail::status(zcall_removexattr(path, name));
}
/// setxattr(2). flags: xattr::*.
[[nodiscard]] inline Errno setxattr(const char* path, const char* name, const void* value, std::size_t size,
                                    int flags = 0) noexcept {
  return detail::status(zcall_setxattr(path, name, value, size, flags));
}

// --- Watching files: inotify and fanotify --------------------------------------------

/// fanotify_init(2): the new descriptor. flags: fan::*.
[[nodiscard]] inline Result<int> fanotify_init(unsigned flags, unsigned event_f_flags) noexcept {
  return detail::result<int>(zcall_fanotify_init(flags, event_f_flags));
}
/// fanotify_mark(2). flags: fan::MARK_*; mask: fan::* events.
[[nodiscard]] inline Errno fanotify_mark(borrowed_fd fanotify_fd, unsigned flags, std::uint64_t mask, borrowed_fd dirfd,
                                         const char* path) noexcept {
  return detail::status(zcall_fanotify_mark(fanotify_fd, flags, mask, dirfd, path));
}
/// inotify_add_watch(2): the watch descriptor. mask: in::*.
[[nodiscard]] inline Result<int> inotify_add_watch(borrowed_fd fd, const char* path, std::uint32_t mask) noexcept {
  return detail::result<int>(zcall_inotify_add_watch(fd, path, mask));
}
/// inotify_init1(2): the new descriptor. flags: in::NONBLOCK, in::CLOEXEC.
[[nodiscard]] inline Result<int> inotify_init1(int flags = 0) noexcept {
  return detail::result<int>(zcall_inotify_init1(flags));
}
/// inotify_rm_watch(2).
[[nodiscard]] inline Errno inotify_rm_watch(borrowed_fd fd, int wd) noexcept {
  return detail::status(zcall_inotify_rm_watch(fd, wd));
}

// --- The working directory, root and file mode mask of the calling process -----------

/// chdir(2).
[[nodiscard]] inline Errno chdir(const char* path) noexcept { return detail::status(zcall_chdir(path)); }
/// chroot(2).
[[nodiscard]] inline Errno chroot(const char* path) noexcept { return detail::status(zcall_chroot(path)); }
/// fchdir(2).
[[nodiscard]] inline Errno fchdir(borrowed_fd fd) noexcept { return detail::status(zcall_fchdir(fd)); }
/// getcwd(2): the path's length, its NUL included.
[[nodiscard]] inline Result<std::size_t> getcwd(char* buf, std::size_t size) noexcept {
  return detail::result<std::size_t>(zcall_getcwd(buf, size));
}
[[nodiscard]] inline Result<std::size_t> getcwd(std::span<char> buf) noexcept { return getcwd(buf.data(), buf.size()); }
/// umask(2): the previous mask.
[[nodiscard]] inline Result<std::uint32_t> umask(unsigned mask) noexcept {
  return detail::result<std::uint32_t>(zcall_umask(mask));
}

// --- Pipes and zero-copy (pipe2 is in posix.hpp) -------------------------------------

/// splice(2): bytes moved. One side must be a pipe; null offsets use the file positions.
[[nodiscard]] inline Result<std::size_t> splice(borrowed_fd fd_in, std::int64_t* off_in, borrowed_fd fd_out,
                                                std::int64_t* off_out, std::size_t len, unsigned flags = 0) noexcept {
  return detail::result<std::size_t>(zcall_splice(fd_in, off_in, fd_out, off_out, len, flags));
}
/// tee(2): bytes duplicated between two pipes.
[[nodiscard]] inline Result<std::size_t> tee(borrowed_fd fd_in, borrowed_fd fd_out, std::size_t len,
                                             unsigned flags = 0) noexcept {
  return detail::result<std::size_t>(zcall_tee(fd_in, fd_out, len, flags));
}
/// vmsplice(2): bytes moved between user memory and a pipe.
[[nodiscard]] inline Result<std::size_t> vmsplice(borrowed_fd fd, std::span<const iovec> iov,
                                                  unsigned flags = 0) noexcept {
  return detail::result<std::size_t>(zcall_vmsplice(fd, iov.data(), iov.size(), flags));
}

// --- Sockets (the rest are in posix.hpp) ---------------------------------------------

/// recvmmsg(2): messages received. timeout may be null.
[[nodiscard]] inline Result<int> recvmmsg(borrowed_fd fd, std::span<mmsghdr> msgs, int flags = 0,
                                          timespec* timeout = nullptr) noexcept {
  return detail::result<int>(zcall_recvmmsg(fd, msgs.data(), static_cast<unsigned>(msgs.size()), flags, timeout));
}
/// sendmmsg(2): messages sent.
[[nodiscard]] inline Result<int> sendmmsg(borrowed_fd fd, std::span<mmsghdr> msgs, int flags = 0) noexcept {
  return detail::result<int>(zcall_sendmmsg(fd, msgs.data(), static_cast<unsigned>(msgs.size()), flags));
}

// --- Events --------------------------------------------------------------------------

/// eventfd(2): the new descriptor. flags: efd::SEMAPHORE, efd::NONBLOCK, efd::CLOEXEC.
[[nodiscard]] inline Result<int> eventfd2(unsigned int initval, int flags = 0) noexcept {
  return detail::result<int>(zcall_eventfd2(initval, flags));
}
/// epoll_create1(2): the epoll descriptor. flags: 0 or epoll::CLOEXEC.
[[nodiscard]] inline Result<int> epoll_create1(int flags = 0) noexcept {
  return detail::result<int>(zcall_epoll_create1(flags));
}
/// epoll_ctl(2). op: epoll::CTL_ADD, CTL_MOD, CTL_DEL.
[[nodiscard]] inline Errno epoll_ctl(borrowed_fd epfd, int op, borrowed_fd fd, epoll_event* event) noexcept {
  return detail::status(zcall_epoll_ctl(epfd, op, fd, event));
}
/// epoll_pwait(2): ready events, in events. timeout in ms, -1 forever; sigmask may be null.
[[nodiscard]] inline Result<int> epoll_pwait(borrowed_fd epfd, std::span<epoll_event> events, int timeout,
                                             const sigset_t* sigmask = nullptr) noexcept {
  return detail::result<int>(zcall_epoll_pwait(epfd, events.data(), static_cast<int>(events.size()), timeout, sigmask));
}
/// epoll_pwait2(2): like epoll_pwait with a nanosecond timeout; null waits forever.
[[nodiscard]] inline Result<int> epoll_pwait2(borrowed_fd epfd, std::span<epoll_event> events, const timespec* timeout,
                                              const sigset_t* sigmask = nullptr) noexcept {
  return detail::result<int>(
      zcall_epoll_pwait2(epfd, events.data(), static_cast<int>(events.size()), timeout, sigmask));
}
/// poll(2): descriptors with events. timeout in ms, -1 forever.
[[nodiscard]] inline Result<int> poll(std::span<pollfd> fds, int timeout) noexcept {
  return detail::result<int>(zcall_poll(fds.data(), static_cast<unsigned>(fds.size()), timeout));
}
/// ppoll(2): like poll with a nanosecond timeout (null: forever; the kernel writes the time left
/// back into it) and a signal mask (may be null).
[[nodiscard]] inline Result<int> ppoll(std::span<pollfd> fds, timespec* timeout,
                                       const sigset_t* sigmask = nullptr) noexcept {
  return detail::result<int>(zcall_ppoll(fds.data(), static_cast<unsigned>(fds.size()), timeout, sigmask));
}
/// signalfd(2): the descriptor (new when fd is -1). flags: sfd::*.
[[nodiscard]] inline Result<int> signalfd4(borrowed_fd fd, const sigset_t& mask, int flags = 0) noexcept {
  return detail::result<int>(zcall_signalfd4(fd, &mask, flags));
}
/// timerfd_create(2): the new descriptor. clockid: clock::*; flags: tfd::*.
[[nodiscard]] inline Result<int> timerfd_create(int clockid, int flags = 0) noexcept {
  return detail::result<int>(zcall_timerfd_create(clockid, flags));
}
/// timerfd_gettime(2).
[[nodiscard]] inline Errno timerfd_gettime(borrowed_fd fd, itimerspec* curr) noexcept {
  return detail::status(zcall_timerfd_gettime(fd, curr));
}
/// timerfd_settime(2). flags: 0 or tfd_timer::*; old_value may be null.
[[nodiscard]] inline Errno timerfd_settime(borrowed_fd fd, int flags, const itimerspec& new_value,
                                           itimerspec* old_value = nullptr) noexcept {
  return detail::status(zcall_timerfd_settime(fd, flags, &new_value, old_value));
}

// --- Memory --------------------------------------------------------------------------

/// madvise(2). advice: madv::*.
[[nodiscard]] inline Errno madvise(void* addr, std::size_t length, int advice) noexcept {
  return detail::status(zcall_madvise(addr, length, advice));
}
/// memfd_create(2): the new descriptor. flags: mfd::*.
[[nodiscard]] inline Result<int> memfd_create(const char* name, unsigned flags = 0) noexcept {
  return detail::result<int>(zcall_memfd_create(name, flags));
}
/// mlock(2) and munlock(2).
[[nodiscard]] inline Errno mlock(const void* addr, std::size_t length) noexcept {
  return detail::status(zcall_mlock(addr, length));
}
[[nodiscard]] inline Errno munlock(const void* addr, std::size_t length) noexcept {
  return detail::status(zcall_munlock(addr, length));
}
/// mprotect(2). prot: prot::*.
[[nodiscard]] inline Errno mprotect(void* addr, std::size_t length, int prot) noexcept {
  return detail::status(zcall_mprotect(addr, length, prot));
}
/// mremap(2): the mapping's new address. flags: mremap_flags::*.
[[nodiscard]] inline Result<void*> mremap(void* old_address, std::size_t old_size, std::size_t new_size, int flags,
                                          void* new_address = nullptr) noexcept {
  return detail::result<void*>(zcall_mremap(old_address, old_size, new_size, flags, new_address));
}

/// msync(2). flags: ms::ASYNC or ms::SYNC, with ms::INVALIDATE.
[[nodiscard]] inline Errno msync(void* addr, std::size_t length, int flags) noexcept {
  return detail::status(zcall_msync(addr, length, flags));
}
/// mincore(2).
[[nodiscard]] inline Errno mincore(void* addr, std::size_t length, unsigned char* vec) noexcept {
  return detail::status(zcall_mincore(addr, length, vec));
}
/// mlock2(2). flags: 0 or mlock_flags::ONFAULT.
[[nodiscard]] inline Errno mlock2(const void* addr, std::size_t length, unsigned flags) noexcept {
  return detail::status(zcall_mlock2(addr, length, flags));
}
/// mlockall(2). flags: mcl::*.
[[nodiscard]] inline Errno mlockall(int flags) noexcept { return detail::status(zcall_mlockall(flags)); }
/// munlockall(2).
[[nodiscard]] inline Errno munlockall() noexcept { return detail::status(zcall_munlockall()); }
/// mseal(2), Linux 6.10.
[[nodiscard]] inline Errno mseal(void* addr, std::size_t length, unsigned long flags) noexcept {
  return detail::status(zcall_mseal(addr, length, flags));
}
/// pkey_mprotect(2).
[[nodiscard]] inline Errno pkey_mprotect(void* addr, std::size_t length, int prot, int pkey) noexcept {
  return detail::status(zcall_pkey_mprotect(addr, length, prot, pkey));
}
/// pkey_alloc(2): the new key.
[[nodiscard]] inline Result<int> pkey_alloc(unsigned flags, unsigned access_rights) noexcept {
  return detail::result<int>(zcall_pkey_alloc(flags, access_rights));
}
/// pkey_free(2).
[[nodiscard]] inline Errno pkey_free(int pkey) noexcept { return detail::status(zcall_pkey_free(pkey)); }
/// userfaultfd(2): the new descriptor.
[[nodiscard]] inline Result<int> userfaultfd(int flags) noexcept {
  return detail::result<int>(zcall_userfaultfd(flags));
}
/// mbind(2). mode: mpol::*.
[[nodiscard]] inline Errno mbind(void* addr, unsigned long length, unsigned long mode, const unsigned long* nodemask,
                                 unsigned long maxnode, unsigned flags) noexcept {
  return detail::status(zcall_mbind(addr, length, mode, nodemask, maxnode, flags));
}
/// set_mempolicy(2).
[[nodiscard]] inline Errno set_mempolicy(int mode, const unsigned long* nodemask, unsigned long maxnode) noexcept {
  return detail::status(zcall_set_mempolicy(mode, nodemask, maxnode));
}
/// get_mempolicy(2).
[[nodiscard]] inline Errno get_mempolicy(int* mode, unsigned long* nodemask, unsigned long maxnode, void* addr,
                                         unsigned long flags) noexcept {
  return detail::status(zcall_get_mempolicy(mode, nodemask, maxnode, addr, flags));
}
#if defined(ZCALL_SYS_memfd_secret)
/// memfd_secret(2): the new descriptor. Not on loongarch64.
[[nodiscard]] inline Result<int> memfd_secret(unsigned flags) noexcept {
  return detail::result<int>(zcall_memfd_secret(flags));
}
#endif

// --- Time and the CPU, from the vDSO (zcall/linux.h says when they trap) -------------

/// clock_gettime(2).
[[nodiscard]] inline Errno clock_gettime(int clockid, timespec* tp) noexcept {
  return detail::status(zcall_clock_gettime(clockid, tp));
}
/// clock_getres(2). res may be null.
[[nodiscard]] inline Errno clock_getres(int clockid, timespec* res) noexcept {
  return detail::status(zcall_clock_getres(clockid, res));
}
/// gettimeofday(2). tv and tz may be null.
[[nodiscard]] inline Errno gettimeofday(timeval* tv, timezone* tz = nullptr) noexcept {
  return detail::status(zcall_gettimeofday(tv, tz));
}
#if defined(ZCALL_SYS_time)
/// time(2): the seconds since the Epoch, also stored in *tloc unless it is null. x86_64 only.
[[nodiscard]] inline Result<std::int64_t> time(std::int64_t* tloc = nullptr) noexcept {
  return detail::result<std::int64_t>(zcall_time(tloc));
}
#endif
/// getcpu(2).
[[nodiscard]] inline Errno getcpu(unsigned* cpu, unsigned* node, void* cache) noexcept {
  return detail::status(zcall_getcpu(cpu, node, cache));
}
/// zcall_vdso_init(3): the number of vDSO calls the image at elf_header serves; null means none.
inline unsigned vdso_init(const void* elf_header) noexcept { return zcall_vdso_init(elf_header); }
/// zcall_vdso_init_auxv(3): the same, from an auxiliary vector.
inline unsigned vdso_init_auxv(const std::uintptr_t* auxv) noexcept { return zcall_vdso_init_auxv(auxv); }

// --- Processes, signals and time -----------------------------------------------------

/// clock_nanosleep(2). flags: 0 or timer::ABSTIME; rem may be null.
[[nodiscard]] inline Errno clock_nanosleep(int clockid, int flags, const timespec& request,
                                           timespec* rem = nullptr) noexcept {
  return detail::status(zcall_clock_nanosleep(clockid, flags, &request, rem));
}
/// exit_group(2): ends every thread of the process.
[[noreturn]] inline void exit_group(int status) noexcept { zcall_exit_group(status); }
/// getppid(2), gettid(2).
[[nodiscard]] inline Result<int> getppid() noexcept { return detail::result<int>(zcall_getppid()); }
[[nodiscard]] inline Result<int> gettid() noexcept { return detail::result<int>(zcall_gettid()); }
/// getrandom(2): bytes written. flags: grnd::*.
[[nodiscard]] inline Result<std::size_t> getrandom(void* buf, std::size_t len, unsigned flags = 0) noexcept {
  return detail::result<std::size_t>(zcall_getrandom(buf, len, flags));
}
template <bytes_out R>
[[nodiscard]] inline Result<std::size_t> getrandom(R&& buf) noexcept {
  return getrandom(std::span(buf).data(), std::span(buf).size());
}
template <detail::range_out R, detail::flags_word F>
[[nodiscard]] inline Result<std::size_t> getrandom(R&& buf, F flags) noexcept {
  return getrandom(std::span(buf).data(), std::span(buf).size(), static_cast<unsigned>(flags));
}
/// kill(2) and tgkill(2).
[[nodiscard]] inline Errno kill(int pid, int sig) noexcept { return detail::status(zcall_kill(pid, sig)); }
[[nodiscard]] inline Errno tgkill(int tgid, int tid, int sig) noexcept {
  return detail::status(zcall_tgkill(tgid, tid, sig));
}
/// nanosleep(2). On Errno::INTR, *rem (may be null) holds the time left.
[[nodiscard]] inline Errno nanosleep(const timespec& request, timespec* rem = nullptr) noexcept {
  return detail::status(zcall_nanosleep(&request, rem));
}
/// pidfd_getfd(2): a descriptor here for targetfd of the process behind pidfd.
[[nodiscard]] inline Result<int> pidfd_getfd(borrowed_fd pidfd, borrowed_fd targetfd, unsigned flags = 0) noexcept {
  return detail::result<int>(zcall_pidfd_getfd(pidfd, targetfd, flags));
}
/// pidfd_open(2): a pidfd. flags: 0 or pidfd::NONBLOCK.
[[nodiscard]] inline Result<int> pidfd_open(int pid, unsigned flags = 0) noexcept {
  return detail::result<int>(zcall_pidfd_open(pid, flags));
}
/// pidfd_send_signal(2). info may be null.
[[nodiscard]] inline Errno pidfd_send_signal(borrowed_fd pidfd, int sig, void* info = nullptr,
                                             unsigned flags = 0) noexcept {
  return detail::status(zcall_pidfd_send_signal(pidfd, sig, info, flags));
}
/// prctl(2): what option returns. option: pr::*.
[[nodiscard]] inline Result<std::uintptr_t> prctl(int option, detail::Word arg2 = {}, detail::Word arg3 = {},
                                                  detail::Word arg4 = {}, detail::Word arg5 = {}) noexcept {
  return detail::result<std::uintptr_t>(zcall_prctl(option, arg2.get(), arg3.get(), arg4.get(), arg5.get()));
}
/// rt_sigprocmask(2). how: sig::BLOCK, sig::UNBLOCK, sig::SETMASK; set and oldset may be null.
[[nodiscard]] inline Errno rt_sigprocmask(int how, const sigset_t* set, sigset_t* oldset = nullptr) noexcept {
  return detail::status(zcall_rt_sigprocmask(how, set, oldset));
}
/// sched_yield(2).
[[nodiscard]] inline Errno sched_yield() noexcept { return detail::status(zcall_sched_yield()); }

// --- Processes, scheduling and the system --------------------------------------------

/// exit(2): ends the calling thread (the process, if it is the last).
[[noreturn]] inline void exit(int status) noexcept { zcall_exit(status); }
/// wait4(2): the child's pid (0 with w::NOHANG if none changed).
[[nodiscard]] inline Result<int> wait4(int pid, int* wstatus, int options, rusage* rusage) noexcept {
  return detail::result<int>(zcall_wait4(pid, wstatus, options, rusage));
}
/// waitid(2). idtype: p::*; options: w::*.
[[nodiscard]] inline Errno waitid(int idtype, int id, siginfo* info, int options, rusage* rusage) noexcept {
  return detail::status(zcall_waitid(idtype, id, info, options, rusage));
}
/// execve(2): returns only on error.
[[nodiscard]] inline Errno execve(const char* path, char* const* argv, char* const* envp) noexcept {
  return detail::status(zcall_execve(path, argv, envp));
}
/// execveat(2): returns only on error. flags: at::*.
[[nodiscard]] inline Errno execveat(borrowed_fd dirfd, const char* path, char* const* argv, char* const* envp,
                                    int flags) noexcept {
  return detail::status(zcall_execveat(dirfd, path, argv, envp, flags));
}
/// uname(2).
[[nodiscard]] inline Errno uname(new_utsname* buf) noexcept { return detail::status(zcall_uname(buf)); }
ZCALL_SHARES_A_STRUCT_NAME_BEGIN
/// sysinfo(2).
[[nodiscard]] inline Errno sysinfo(struct ::zcall_sysinfo* info) noexcept {
  return detail::status(zcall_sysinfo(info));
}
ZCALL_SHARES_A_STRUCT_NAME_END
/// sethostname(2).
[[nodiscard]] inline Errno sethostname(const char* name, int len) noexcept {
  return detail::status(zcall_sethostname(name, len));
}
/// setdomainname(2).
[[nodiscard]] inline Errno setdomainname(const char* name, int len) noexcept {
  return detail::status(zcall_setdomainname(name, len));
}
/// sched_setaffinity(2).
[[nodiscard]] inline Errno sched_setaffinity(int pid, unsigned cpusetsize, const std::uint64_t* mask) noexcept {
  return detail::status(zcall_sched_setaffinity(pid, cpusetsize, mask));
}
/// sched_getaffinity(2): bytes of mask written.
[[nodiscard]] inline Result<std::size_t> sched_getaffinity(int pid, unsigned cpusetsize, std::uint64_t* mask) noexcept {
  return detail::result<std::size_t>(zcall_sched_getaffinity(pid, cpusetsize, mask));
}
/// sched_setattr(2).
[[nodiscard]] inline Errno sched_setattr(int pid, sched_attr* attr, unsigned flags) noexcept {
  return detail::status(zcall_sched_setattr(pid, attr, flags));
}
/// sched_getattr(2).
[[nodiscard]] inline Errno sched_getattr(int pid, sched_attr* attr, unsigned size, unsigned flags) noexcept {
  return detail::status(zcall_sched_getattr(pid, attr, size, flags));
}
/// sched_setscheduler(2). policy: sched::*.
[[nodiscard]] inline Errno sched_setscheduler(int pid, int policy, const sched_param* param) noexcept {
  return detail::status(zcall_sched_setscheduler(pid, policy, param));
}
/// sched_getscheduler(2): the policy.
[[nodiscard]] inline Result<int> sched_getscheduler(int pid) noexcept {
  return detail::result<int>(zcall_sched_getscheduler(pid));
}
/// sched_setparam(2).
[[nodiscard]] inline Errno sched_setparam(int pid, const sched_param* param) noexcept {
  return detail::status(zcall_sched_setparam(pid, param));
}
/// sched_getparam(2).
[[nodiscard]] inline Errno sched_getparam(int pid, sched_param* param) noexcept {
  return detail::status(zcall_sched_getparam(pid, param));
}
/// sched_get_priority_max(2).
[[nodiscard]] inline Result<int> sched_get_priority_max(int policy) noexcept {
  return detail::result<int>(zcall_sched_get_priority_max(policy));
}
/// sched_get_priority_min(2).
[[nodiscard]] inline Result<int> sched_get_priority_min(int policy) noexcept {
  return detail::result<int>(zcall_sched_get_priority_min(policy));
}
/// sched_rr_get_interval(2).
[[nodiscard]] inline Errno sched_rr_get_interval(int pid, timespec* interval) noexcept {
  return detail::status(zcall_sched_rr_get_interval(pid, interval));
}
/// getpriority(2): 20 - nice, 1 to 40 (the kernel's value, not the C library's).
[[nodiscard]] inline Result<int> getpriority(int which, int who) noexcept {
  return detail::result<int>(zcall_getpriority(which, who));
}
/// setpriority(2). which: prio::*.
[[nodiscard]] inline Errno setpriority(int which, int who, int niceval) noexcept {
  return detail::status(zcall_setpriority(which, who, niceval));
}
/// ioprio_get(2): class << ioprio::CLASS_SHIFT | data.
[[nodiscard]] inline Result<int> ioprio_get(int which, int who) noexcept {
  return detail::result<int>(zcall_ioprio_get(which, who));
}
/// ioprio_set(2).
[[nodiscard]] inline Errno ioprio_set(int which, int who, int ioprio) noexcept {
  return detail::status(zcall_ioprio_set(which, who, ioprio));
}
/// kcmp(2): 0 when shared. type: kcmp::*.
[[nodiscard]] inline Result<int> kcmp(int pid1, int pid2, int type, unsigned long idx1, unsigned long idx2) noexcept {
  return detail::result<int>(zcall_kcmp(pid1, pid2, type, idx1, idx2));
}
/// process_vm_readv(2): bytes read.
[[nodiscard]] inline Result<std::size_t> process_vm_readv(int pid, const iovec* local_iov, unsigned long liovcnt,
                                                          const iovec* remote_iov, unsigned long riovcnt,
                                                          unsigned long flags) noexcept {
  return detail::result<std::size_t>(zcall_process_vm_readv(pid, local_iov, liovcnt, remote_iov, riovcnt, flags));
}
/// process_vm_writev(2): bytes written.
[[nodiscard]] inline Result<std::size_t> process_vm_writev(int pid, const iovec* local_iov, unsigned long liovcnt,
                                                           const iovec* remote_iov, unsigned long riovcnt,
                                                           unsigned long flags) noexcept {
  return detail::result<std::size_t>(zcall_process_vm_writev(pid, local_iov, liovcnt, remote_iov, riovcnt, flags));
}
/// tkill(2).
[[nodiscard]] inline Errno tkill(int tid, int sig) noexcept { return detail::status(zcall_tkill(tid, sig)); }
/// membarrier(2). cmd: membarrier::CMD_*.
[[nodiscard]] inline Result<int> membarrier(int cmd, unsigned flags, int cpu_id) noexcept {
  return detail::result<int>(zcall_membarrier(cmd, flags, cpu_id));
}
[[nodiscard]] inline Errno sethostname(std::string_view name) noexcept {
  return sethostname(name.data(), static_cast<int>(name.size()));
}
[[nodiscard]] inline Errno setdomainname(std::string_view name) noexcept {
  return setdomainname(name.data(), static_cast<int>(name.size()));
}

// --- Signals -------------------------------------------------------------------------

/// rt_sigaction(2), with the restorer x86_64 needs filled in unless act names its own.
[[nodiscard]] inline Errno rt_sigaction(int sig, const sigaction* act, sigaction* oldact = nullptr) noexcept {
#if defined(__x86_64__)
  if (act && !(act->flags & ZCALL_SA_RESTORER)) {
    sigaction with = *act;
    with.flags |= ZCALL_SA_RESTORER;
    with.restorer = zcall_rt_sigreturn;
    return detail::status(zcall_rt_sigaction(sig, &with, oldact));
  }
#endif
  return detail::status(zcall_rt_sigaction(sig, act, oldact));
}
/// The common case in one line: handler runs on sig, with flags (sa::*) and mask blocked besides sig.
[[nodiscard]] inline Errno rt_sigaction(int sig, void (*handler)(int), std::uint64_t flags = 0,
                                        const sigset_t& mask = {}) noexcept {
  sigaction act{};
  act.handler = handler;
  act.flags = static_cast<decltype(act.flags)>(flags);  // an unsigned int on mips64
  act.mask = mask;
  return rt_sigaction(sig, &act);
}
/// sigaltstack(2).
[[nodiscard]] inline Errno sigaltstack(const stack_t* ss, stack_t* old_ss = nullptr) noexcept {
  return detail::status(zcall_sigaltstack(ss, old_ss));
}
/// rt_sigtimedwait(2): the signal taken from set. timeout null waits forever; {0, 0} only polls.
[[nodiscard]] inline Result<int> rt_sigtimedwait(const sigset_t& set, siginfo* info = nullptr,
                                                 const timespec* timeout = nullptr) noexcept {
  return detail::result<int>(zcall_rt_sigtimedwait(&set, info, timeout));
}
/// rt_sigqueueinfo(2).
[[nodiscard]] inline Errno rt_sigqueueinfo(int pid, int sig, siginfo* info) noexcept {
  return detail::status(zcall_rt_sigqueueinfo(pid, sig, info));
}
/// rt_tgsigqueueinfo(2).
[[nodiscard]] inline Errno rt_tgsigqueueinfo(int tgid, int tid, int sig, siginfo* info) noexcept {
  return detail::status(zcall_rt_tgsigqueueinfo(tgid, tid, sig, info));
}
/// sigsuspend(2): always Errno::INTR, once a handler has run.
[[nodiscard]] inline Errno rt_sigsuspend(const sigset_t& mask) noexcept {
  return detail::status(zcall_rt_sigsuspend(&mask));
}
/// sigpending(2).
[[nodiscard]] inline Errno rt_sigpending(sigset_t* set) noexcept { return detail::status(zcall_rt_sigpending(set)); }

// --- Timers and clocks ---------------------------------------------------------------

/// timer_create(2). sevp null: SIGALRM to the process.
[[nodiscard]] inline Errno timer_create(int clockid, sigevent* sevp, int* timerid) noexcept {
  return detail::status(zcall_timer_create(clockid, sevp, timerid));
}
/// timer_settime(2). flags: 0 or timer::ABSTIME.
[[nodiscard]] inline Errno timer_settime(int timerid, int flags, const itimerspec* new_value,
                                         itimerspec* old_value) noexcept {
  return detail::status(zcall_timer_settime(timerid, flags, new_value, old_value));
}
/// timer_gettime(2).
[[nodiscard]] inline Errno timer_gettime(int timerid, itimerspec* curr_value) noexcept {
  return detail::status(zcall_timer_gettime(timerid, curr_value));
}
/// timer_getoverrun(2).
[[nodiscard]] inline Result<int> timer_getoverrun(int timerid) noexcept {
  return detail::result<int>(zcall_timer_getoverrun(timerid));
}
/// timer_delete(2).
[[nodiscard]] inline Errno timer_delete(int timerid) noexcept { return detail::status(zcall_timer_delete(timerid)); }
/// clock_settime(2): sets the time of the whole system.
[[nodiscard]] inline Errno clock_settime(int clockid, const timespec* tp) noexcept {
  return detail::status(zcall_clock_settime(clockid, tp));
}
/// clock_adjtime(2): the clock's state, time_flags::*. tx->modes 0 only reads.
[[nodiscard]] inline Result<int> clock_adjtime(int clockid, timex* tx) noexcept {
  return detail::result<int>(zcall_clock_adjtime(clockid, tx));
}
/// setitimer(2). which: itimer::*.
[[nodiscard]] inline Errno setitimer(int which, const itimerval* new_value, itimerval* old_value) noexcept {
  return detail::status(zcall_setitimer(which, new_value, old_value));
}
/// getitimer(2).
[[nodiscard]] inline Errno getitimer(int which, itimerval* curr_value) noexcept {
  return detail::status(zcall_getitimer(which, curr_value));
}

// --- Credentials, capabilities, limits, sessions -------------------------------------

/// getuid(2): the real user id.
[[nodiscard]] inline Result<std::uint32_t> getuid() noexcept { return detail::result<std::uint32_t>(zcall_getuid()); }
/// geteuid(2): the effective user id.
[[nodiscard]] inline Result<std::uint32_t> geteuid() noexcept { return detail::result<std::uint32_t>(zcall_geteuid()); }
/// getgid(2): the real group id.
[[nodiscard]] inline Result<std::uint32_t> getgid() noexcept { return detail::result<std::uint32_t>(zcall_getgid()); }
/// getegid(2): the effective group id.
[[nodiscard]] inline Result<std::uint32_t> getegid() noexcept { return detail::result<std::uint32_t>(zcall_getegid()); }
/// setuid(2).
[[nodiscard]] inline Errno setuid(std::uint32_t uid) noexcept { return detail::status(zcall_setuid(uid)); }
/// setgid(2).
[[nodiscard]] inline Errno setgid(std::uint32_t gid) noexcept { return detail::status(zcall_setgid(gid)); }
/// setreuid(2). std::uint32_t(-1) leaves an id as it is.
[[nodiscard]] inline Errno setreuid(std::uint32_t ruid, std::uint32_t euid) noexcept {
  return detail::status(zcall_setreuid(ruid, euid));
}
/// setregid(2).
[[nodiscard]] inline Errno setregid(std::uint32_t rgid, std::uint32_t egid) noexcept {
  return detail::status(zcall_setregid(rgid, egid));
}
/// setresuid(2).
[[nodiscard]] inline Errno setresuid(std::uint32_t ruid, std::uint32_t euid, std::uint32_t suid) noexcept {
  return detail::status(zcall_setresuid(ruid, euid, suid));
}
/// setresgid(2).
[[nodiscard]] inline Errno setresgid(std::uint32_t rgid, std::uint32_t egid, std::uint32_t sgid) noexcept {
  return detail::status(zcall_setresgid(rgid, egid, sgid));
}
/// getresuid(2).
[[nodiscard]] inline Errno getresuid(std::uint32_t* ruid, std::uint32_t* euid, std::uint32_t* suid) noexcept {
  return detail::status(zcall_getresuid(ruid, euid, suid));
}
/// getresgid(2).
[[nodiscard]] inline Errno getresgid(std::uint32_t* rgid, std::uint32_t* egid, std::uint32_t* sgid) noexcept {
  return detail::status(zcall_getresgid(rgid, egid, sgid));
}
/// setfsuid(2): the previous file system user id (it never fails; compare to see whether it changed).
[[nodiscard]] inline Result<std::uint32_t> setfsuid(std::uint32_t fsuid) noexcept {
  return detail::result<std::uint32_t>(zcall_setfsuid(fsuid));
}
/// setfsgid(2): the previous file system group id.
[[nodiscard]] inline Result<std::uint32_t> setfsgid(std::uint32_t fsgid) noexcept {
  return detail::result<std::uint32_t>(zcall_setfsgid(fsgid));
}
/// getgroups(2): the number of supplementary groups.
[[nodiscard]] inline Result<int> getgroups(int size, std::uint32_t* list) noexcept {
  return detail::result<int>(zcall_getgroups(size, list));
}
/// setgroups(2).
[[nodiscard]] inline Errno setgroups(int size, const std::uint32_t* list) noexcept {
  return detail::status(zcall_setgroups(size, list));
}
/// capget(2).
[[nodiscard]] inline Errno capget(cap_user_header* header, cap_user_data* data) noexcept {
  return detail::status(zcall_capget(header, data));
}
/// capset(2).
[[nodiscard]] inline Errno capset(cap_user_header* header, const cap_user_data* data) noexcept {
  return detail::status(zcall_capset(header, data));
}
/// prlimit64(2). resource: rlimit::*.
[[nodiscard]] inline Errno prlimit64(int pid, unsigned resource, const rlimit* new_limit, rlimit* old_limit) noexcept {
  return detail::status(zcall_prlimit64(pid, resource, new_limit, old_limit));
}
/// getrusage(2). who: rusage::*.
[[nodiscard]] inline Errno getrusage(int who, rusage* usage) noexcept {
  return detail::status(zcall_getrusage(who, usage));
}
/// personality(2): the previous persona; 0xffffffff only asks.
[[nodiscard]] inline Result<std::uint32_t> personality(unsigned persona) noexcept {
  return detail::result<std::uint32_t>(zcall_personality(persona));
}
/// setsid(2): the new session id.
[[nodiscard]] inline Result<int> setsid() noexcept { return detail::result<int>(zcall_setsid()); }
/// getsid(2): the session id.
[[nodiscard]] inline Result<int> getsid(int pid) noexcept { return detail::result<int>(zcall_getsid(pid)); }
/// setpgid(2).
[[nodiscard]] inline Errno setpgid(int pid, int pgid) noexcept { return detail::status(zcall_setpgid(pid, pgid)); }
/// getpgid(2): the process group id.
[[nodiscard]] inline Result<int> getpgid(int pid) noexcept { return detail::result<int>(zcall_getpgid(pid)); }
[[nodiscard]] inline Result<int> getgroups(std::span<std::uint32_t> list) noexcept {
  return getgroups(static_cast<int>(list.size()), list.data());
}
[[nodiscard]] inline Errno setgroups(std::span<const std::uint32_t> list) noexcept {
  return setgroups(static_cast<int>(list.size()), list.data());
}
/// getrlimit(2).
[[nodiscard]] inline Errno getrlimit(unsigned resource, rlimit* limit) noexcept {
  return detail::status(zcall_getrlimit(resource, limit));
}
/// setrlimit(2).
[[nodiscard]] inline Errno setrlimit(unsigned resource, const rlimit* limit) noexcept {
  return detail::status(zcall_setrlimit(resource, limit));
}

// --- Mounts, namespaces and new processes --------------------------------------------

/// mount(2). flags: ms::*.
[[nodiscard]] inline Errno mount(const char* source, const char* target, const char* fstype, unsigned long flags,
                                 const void* data) noexcept {
  return detail::status(zcall_mount(source, target, fstype, flags, data));
}
/// umount2(2). flags: mnt::*, umount::NOFOLLOW.
[[nodiscard]] inline Errno umount2(const char* target, int flags) noexcept {
  return detail::status(zcall_umount2(target, flags));
}
/// pivot_root(2).
[[nodiscard]] inline Errno pivot_root(const char* new_root, const char* put_old) noexcept {
  return detail::status(zcall_pivot_root(new_root, put_old));
}
/// fsopen(2): a file system context.
[[nodiscard]] inline Result<int> fsopen(const char* fsname, unsigned flags) noexcept {
  return detail::result<int>(zcall_fsopen(fsname, flags));
}
/// fsconfig(2). cmd: fsconfig::*.
[[nodiscard]] inline Errno fsconfig(borrowed_fd fd, unsigned cmd, const char* key, const void* value,
                                    int aux) noexcept {
  return detail::status(zcall_fsconfig(fd, cmd, key, value, aux));
}
/// fsmount(2): a detached mount.
[[nodiscard]] inline Result<int> fsmount(borrowed_fd fs_fd, unsigned flags, unsigned attr_flags) noexcept {
  return detail::result<int>(zcall_fsmount(fs_fd, flags, attr_flags));
}
/// fspick(2): a context to reconfigure.
[[nodiscard]] inline Result<int> fspick(borrowed_fd dirfd, const char* path, unsigned flags) noexcept {
  return detail::result<int>(zcall_fspick(dirfd, path, flags));
}
/// move_mount(2). flags: move_mount_flags::*.
[[nodiscard]] inline Errno move_mount(borrowed_fd from_dirfd, const char* from_path, borrowed_fd to_dirfd,
                                      const char* to_path, unsigned flags) noexcept {
  return detail::status(zcall_move_mount(from_dirfd, from_path, to_dirfd, to_path, flags));
}
/// open_tree(2).
[[nodiscard]] inline Result<int> open_tree(borrowed_fd dirfd, const char* path, unsigned flags) noexcept {
  return detail::result<int>(zcall_open_tree(dirfd, path, flags));
}
/// open_tree_attr(2), Linux 6.15.
[[nodiscard]] inline Result<int> open_tree_attr(borrowed_fd dirfd, const char* path, unsigned flags, mount_attr* attr,
                                                std::size_t size) noexcept {
  return detail::result<int>(zcall_open_tree_attr(dirfd, path, flags, attr, size));
}
/// mount_setattr(2).
[[nodiscard]] inline Errno mount_setattr(borrowed_fd dirfd, const char* path, unsigned flags, mount_attr* attr,
                                         std::size_t size) noexcept {
  return detail::status(zcall_mount_setattr(dirfd, path, flags, attr, size));
}
/// unshare(2). flags: clone::*.
[[nodiscard]] inline Errno unshare(unsigned long flags) noexcept { return detail::status(zcall_unshare(flags)); }
/// setns(2).
[[nodiscard]] inline Errno setns(borrowed_fd fd, int nstype) noexcept {
  return detail::status(zcall_setns(fd, nstype));
}
/// clone(2), fork-like (see <zcall/linux.h>): the child's pid in the parent, 0 in the child. flags:
/// clone_flags::* | the exit signal; never clone_flags::VM, and no stack of its own.
[[nodiscard]] inline Result<int> clone(unsigned long flags, int* parent_tid = nullptr, int* child_tid = nullptr,
                                       unsigned long tls = 0) noexcept {
  return detail::result<int>(zcall_clone(flags, nullptr, parent_tid, child_tid, tls));
}
/// clone3(2), fork-like as clone: the child's pid in the parent, 0 in the child.
[[nodiscard]] inline Result<int> clone3(clone_args& args) noexcept {
  return detail::result<int>(zcall_clone3(&args, sizeof args));
}

// --- Mount information, inode attributes, extended attributes at a path --------------

ZCALL_SHARES_A_STRUCT_NAME_BEGIN
/// statmount(2), Linux 6.8.
[[nodiscard]] inline Errno statmount(const mnt_id_req* req, struct ::zcall_statmount* buf, std::size_t bufsize,
                                     unsigned flags) noexcept {
  return detail::status(zcall_statmount(req, buf, bufsize, flags));
}
ZCALL_SHARES_A_STRUCT_NAME_END
/// listmount(2), Linux 6.8: ids written.
[[nodiscard]] inline Result<int> listmount(const mnt_id_req* req, std::uint64_t* mnt_ids, std::size_t nr_mnt_ids,
                                           unsigned flags) noexcept {
  return detail::result<int>(zcall_listmount(req, mnt_ids, nr_mnt_ids, flags));
}
/// file_getattr(2), Linux 6.17.
[[nodiscard]] inline Errno file_getattr(borrowed_fd dirfd, const char* path, file_attr* attr, std::size_t size,
                                        unsigned at_flags) noexcept {
  return detail::status(zcall_file_getattr(dirfd, path, attr, size, at_flags));
}
/// file_setattr(2), Linux 6.17.
[[nodiscard]] inline Errno file_setattr(borrowed_fd dirfd, const char* path, file_attr* attr, std::size_t size,
                                        unsigned at_flags) noexcept {
  return detail::status(zcall_file_setattr(dirfd, path, attr, size, at_flags));
}
/// setxattrat(2), Linux 6.13.
[[nodiscard]] inline Errno setxattrat(borrowed_fd dirfd, const char* path, unsigned at_flags, const char* name,
                                      const xattr_args* args, std::size_t size) noexcept {
  return detail::status(zcall_setxattrat(dirfd, path, at_flags, name, args, size));
}
/// getxattrat(2), Linux 6.13: the value's size.
[[nodiscard]] inline Result<std::size_t> getxattrat(borrowed_fd dirfd, const char* path, unsigned at_flags,
                                                    const char* name, xattr_args* args, std::size_t size) noexcept {
  return detail::result<std::size_t>(zcall_getxattrat(dirfd, path, at_flags, name, args, size));
}
/// listxattrat(2), Linux 6.13: bytes of names.
[[nodiscard]] inline Result<std::size_t> listxattrat(borrowed_fd dirfd, const char* path, unsigned at_flags, char* list,
                                                     std::size_t size) noexcept {
  return detail::result<std::size_t>(zcall_listxattrat(dirfd, path, at_flags, list, size));
}
/// removexattrat(2), Linux 6.13.
[[nodiscard]] inline Errno removexattrat(borrowed_fd dirfd, const char* path, unsigned at_flags,
                                         const char* name) noexcept {
  return detail::status(zcall_removexattrat(dirfd, path, at_flags, name));
}

// --- Security: seccomp, Landlock, LSM attributes -------------------------------------

/// seccomp(2). operation: seccomp::*.
[[nodiscard]] inline Result<int> seccomp(unsigned operation, unsigned flags, void* args) noexcept {
  return detail::result<int>(zcall_seccomp(operation, flags, args));
}
/// landlock_create_ruleset(2): a ruleset, or the ABI version.
[[nodiscard]] inline Result<int> landlock_create_ruleset(const landlock_ruleset_attr* attr, std::size_t size,
                                                         std::uint32_t flags) noexcept {
  return detail::result<int>(zcall_landlock_create_ruleset(attr, size, flags));
}
/// landlock_add_rule(2). rule_type: landlock::RULE_*.
[[nodiscard]] inline Errno landlock_add_rule(borrowed_fd ruleset_fd, int rule_type, const void* rule_attr,
                                             std::uint32_t flags) noexcept {
  return detail::status(zcall_landlock_add_rule(ruleset_fd, rule_type, rule_attr, flags));
}
/// landlock_restrict_self(2).
[[nodiscard]] inline Errno landlock_restrict_self(borrowed_fd ruleset_fd, std::uint32_t flags) noexcept {
  return detail::status(zcall_landlock_restrict_self(ruleset_fd, flags));
}
/// lsm_get_self_attr(2), Linux 6.8: records written.
[[nodiscard]] inline Result<int> lsm_get_self_attr(unsigned attr, lsm_ctx* ctx, std::uint32_t* size,
                                                   std::uint32_t flags) noexcept {
  return detail::result<int>(zcall_lsm_get_self_attr(attr, ctx, size, flags));
}
/// lsm_set_self_attr(2), Linux 6.8.
[[nodiscard]] inline Errno lsm_set_self_attr(unsigned attr, lsm_ctx* ctx, std::uint32_t size,
                                             std::uint32_t flags) noexcept {
  return detail::status(zcall_lsm_set_self_attr(attr, ctx, size, flags));
}
/// lsm_list_modules(2), Linux 6.8: ids written.
[[nodiscard]] inline Result<int> lsm_list_modules(std::uint64_t* ids, std::uint32_t* size,
                                                  std::uint32_t flags) noexcept {
  return detail::result<int>(zcall_lsm_list_modules(ids, size, flags));
}

// --- Threads, tracing and architecture-specific calls --------------------------------

/// set_tid_address(2): the thread id.
[[nodiscard]] inline Result<int> set_tid_address(int* tidptr) noexcept {
  return detail::result<int>(zcall_set_tid_address(tidptr));
}
/// set_robust_list(2).
[[nodiscard]] inline Errno set_robust_list(robust_list_head* head, std::size_t len) noexcept {
  return detail::status(zcall_set_robust_list(head, len));
}
/// get_robust_list(2).
[[nodiscard]] inline Errno get_robust_list(int pid, robust_list_head** head, std::size_t* len) noexcept {
  return detail::status(zcall_get_robust_list(pid, head, len));
}
ZCALL_SHARES_A_STRUCT_NAME_BEGIN
/// rseq(2).
[[nodiscard]] inline Errno rseq(struct ::zcall_rseq* rseq, std::uint32_t rseq_len, int flags,
                                std::uint32_t sig) noexcept {
  return detail::status(zcall_rseq(rseq, rseq_len, flags, sig));
}
ZCALL_SHARES_A_STRUCT_NAME_END
/// process_madvise(2): bytes advised.
[[nodiscard]] inline Result<std::size_t> process_madvise(borrowed_fd pidfd, const iovec* iov, std::size_t iovcnt,
                                                         int advice, unsigned flags) noexcept {
  return detail::result<std::size_t>(zcall_process_madvise(pidfd, iov, iovcnt, advice, flags));
}
/// process_mrelease(2).
[[nodiscard]] inline Errno process_mrelease(borrowed_fd pidfd, unsigned flags) noexcept {
  return detail::status(zcall_process_mrelease(pidfd, flags));
}
/// ptrace(2). The raw PEEK requests store the word at data.
[[nodiscard]] inline Result<std::uintptr_t> ptrace(long request, int pid, void* addr, void* data) noexcept {
  return detail::result<std::uintptr_t>(zcall_ptrace(request, pid, addr, data));
}
/// perf_event_open(2): attr is <linux/perf_event.h>'s.
[[nodiscard]] inline Result<int> perf_event_open(const void* attr, int pid, int cpu, borrowed_fd group_fd,
                                                 unsigned long flags) noexcept {
  return detail::result<int>(zcall_perf_event_open(attr, pid, cpu, group_fd, flags));
}
/// bpf(2): attr is <linux/bpf.h>'s.
[[nodiscard]] inline Result<int> bpf(int cmd, void* attr, unsigned size) noexcept {
  return detail::result<int>(zcall_bpf(cmd, attr, size));
}
#if defined(__x86_64__)
/// arch_prctl(2), x86_64 only.
[[nodiscard]] inline Result<std::uintptr_t> arch_prctl(int code, unsigned long addr) noexcept {
  return detail::result<std::uintptr_t>(zcall_arch_prctl(code, addr));
}
#endif
#if defined(__riscv)
ZCALL_SHARES_A_STRUCT_NAME_BEGIN
/// riscv_hwprobe(2), riscv64 only.
[[nodiscard]] inline Errno riscv_hwprobe(struct ::zcall_riscv_hwprobe* pairs, std::size_t pair_count,
                                         std::size_t cpusetsize, std::uint64_t* cpus, unsigned flags) noexcept {
  return detail::status(zcall_riscv_hwprobe(pairs, pair_count, cpusetsize, cpus, flags));
}
ZCALL_SHARES_A_STRUCT_NAME_END
/// riscv_flush_icache(2), riscv64 only.
[[nodiscard]] inline Errno riscv_flush_icache(void* start, void* end, unsigned long flags) noexcept {
  return detail::status(zcall_riscv_flush_icache(start, end, flags));
}
#endif

// --- Futexes -------------------------------------------------------------------------

/// futex(2): what op returns.
[[nodiscard]] inline Result<std::uintptr_t> futex(std::uint32_t* uaddr, int op, std::uint32_t val,
                                                  const timespec* timeout = nullptr, std::uint32_t* uaddr2 = nullptr,
                                                  std::uint32_t val3 = 0) noexcept {
  return detail::result<std::uintptr_t>(zcall_futex(uaddr, op, val, timeout, uaddr2, val3));
}
/// futex(2)'s FUTEX_WAIT: sleeps while *uaddr == val (Errno::AGAIN if it is not), at most timeout (null: forever).
/// The _private forms are for a futex no other process maps, and cost less.
[[nodiscard]] inline Errno futex_op_wait(std::uint32_t* uaddr, std::uint32_t val,
                                         const timespec* timeout = nullptr) noexcept {
  return detail::status(zcall_futex_op_wait(uaddr, val, timeout));
}
[[nodiscard]] inline Errno futex_op_wait_private(std::uint32_t* uaddr, std::uint32_t val,
                                                 const timespec* timeout = nullptr) noexcept {
  return detail::status(zcall_futex_op_wait_private(uaddr, val, timeout));
}
/// FUTEX_WAKE: how many of at most n waiters woke.
[[nodiscard]] inline Result<int> futex_op_wake(std::uint32_t* uaddr, std::uint32_t n) noexcept {
  return detail::result<int>(zcall_futex_op_wake(uaddr, n));
}
[[nodiscard]] inline Result<int> futex_op_wake_private(std::uint32_t* uaddr, std::uint32_t n) noexcept {
  return detail::result<int>(zcall_futex_op_wake_private(uaddr, n));
}
ZCALL_SHARES_A_STRUCT_NAME_BEGIN
/// futex_waitv(2): the index of the futex that woke. timeout is absolute on clockid; null waits forever.
[[nodiscard]] inline Result<int> futex_waitv(std::span<struct futex_waitv> waiters, const timespec* timeout = nullptr,
                                             int clockid = ZCALL_CLOCK_MONOTONIC) noexcept {
  return detail::result<int>(
      zcall_futex_waitv(waiters.data(), static_cast<unsigned>(waiters.size()), 0, timeout, clockid));
}
/// futex_requeue(2), futex2: waiters woken plus waiters moved from waiters[0] (whose word must equal its val)
/// to waiters[1]. Each entry's flags: futex2::*.
[[nodiscard]] inline Result<int> futex_requeue(std::span<struct futex_waitv, 2> waiters, int nr_wake,
                                               int nr_requeue) noexcept {
  return detail::result<int>(zcall_futex_requeue(waiters.data(), 0, nr_wake, nr_requeue));
}
ZCALL_SHARES_A_STRUCT_NAME_END
/// futex_wait(2), futex2: sleeps while the word at uaddr equals val (Errno::AGAIN if it does not), until a
/// futex_wake whose mask shares a bit with mask, or the absolute time timeout on clockid (null: forever).
/// flags: futex2::SIZE_U32 and the like, with futex2::PRIVATE for a futex no other process maps.
[[nodiscard]] inline Errno futex_wait(void* uaddr, unsigned long val, unsigned long mask, unsigned flags,
                                      const timespec* timeout = nullptr, int clockid = ZCALL_CLOCK_MONOTONIC) noexcept {
  return detail::status(zcall_futex_wait(uaddr, val, mask, flags, timeout, clockid));
}
/// futex_wake(2), futex2: how many of at most nr waiters, whose mask shares a bit with mask, woke.
[[nodiscard]] inline Result<int> futex_wake(void* uaddr, unsigned long mask, int nr, unsigned flags) noexcept {
  return detail::result<int>(zcall_futex_wake(uaddr, mask, nr, flags));
}

// --- io_uring ------------------------------------------------------------------------

/// io_uring_enter(2): SQEs consumed. flags: ioring::ENTER_*.
[[nodiscard]] inline Result<int> io_uring_enter(borrowed_fd fd, unsigned to_submit, unsigned min_complete,
                                                unsigned flags, const void* arg = nullptr,
                                                std::size_t argsz = 0) noexcept {
  return detail::result<int>(zcall_io_uring_enter(fd, to_submit, min_complete, flags, arg, argsz));
}
/// io_uring_register(2): what opcode returns. opcode: ioring::REGISTER_*.
[[nodiscard]] inline Result<int> io_uring_register(borrowed_fd fd, unsigned opcode, const void* arg,
                                                   unsigned nr_args) noexcept {
  return detail::result<int>(zcall_io_uring_register(fd, opcode, arg, nr_args));
}
/// io_uring_setup(2): the ring's descriptor; the kernel fills params with the offsets to mmap.
[[nodiscard]] inline Result<int> io_uring_setup(unsigned entries, io_uring_params* params) noexcept {
  return detail::result<int>(zcall_io_uring_setup(entries, params));
}

}  // namespace v0_1
}  // namespace zcall

#endif
