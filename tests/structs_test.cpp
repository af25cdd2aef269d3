// SPDX-License-Identifier: MIT
// Kernel structs: size, alignment and every field's offset and size against
// the system's headers; this file compiling is the test.
#include <dirent.h>
#include <fcntl.h>
#include <linux/capability.h>
#include <linux/fanotify.h>
#include <linux/filter.h>
#include <linux/futex.h>
#include <linux/io_uring.h>
#include <linux/openat2.h>
#include <linux/time_types.h>
#include <netinet/in.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stddef.h>
#include <sys/epoll.h>
#include <sys/inotify.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysinfo.h>
#include <sys/time.h>
#include <sys/timex.h>
#include <sys/un.h>
#include <sys/utsname.h>
#include <sys/vfs.h>
#include <time.h>

#include <zcall/zcall.hpp>

namespace {

#define T_SAME_STRUCT(ours, theirs)                                                 \
  static_assert(sizeof(ours) == sizeof(theirs), #ours " has the size of " #theirs); \
  static_assert(alignof(ours) == alignof(theirs), #ours " has the alignment of " #theirs)

#define T_SAME_FIELD(ours, theirs, field)                                                                   \
  static_assert(offsetof(ours, field) == offsetof(theirs, field), #ours "." #field);                        \
  static_assert(sizeof(static_cast<ours*>(nullptr)->field) == sizeof(static_cast<theirs*>(nullptr)->field), \
                #ours "." #field " size")

T_SAME_STRUCT(zcall_iovec, struct iovec);
T_SAME_FIELD(zcall_iovec, struct iovec, iov_base);
T_SAME_FIELD(zcall_iovec, struct iovec, iov_len);

T_SAME_STRUCT(zcall_timespec, struct __kernel_timespec);
T_SAME_FIELD(zcall_timespec, struct __kernel_timespec, tv_sec);
T_SAME_FIELD(zcall_timespec, struct __kernel_timespec, tv_nsec);
T_SAME_STRUCT(zcall_itimerspec, struct __kernel_itimerspec);
T_SAME_FIELD(zcall_itimerspec, struct __kernel_itimerspec, it_interval);
T_SAME_FIELD(zcall_itimerspec, struct __kernel_itimerspec, it_value);

// The kernel's sigset holds signals 1.._NSIG-1, one bit each; on mips64 the kernel's go up to 128, the C
// library's up to 127 (its _NSIG is 128).
#if defined(__mips64)
static_assert(sizeof(zcall_sigset_t) * 8 == _NSIG);
#else
static_assert(sizeof(zcall_sigset_t) * 8 == _NSIG - 1);
#endif

T_SAME_STRUCT(zcall_sockaddr, struct sockaddr);
T_SAME_FIELD(zcall_sockaddr, struct sockaddr, sa_family);
T_SAME_FIELD(zcall_sockaddr, struct sockaddr, sa_data);
T_SAME_STRUCT(zcall_in_addr, struct in_addr);
T_SAME_STRUCT(zcall_sockaddr_in, struct sockaddr_in);
T_SAME_FIELD(zcall_sockaddr_in, struct sockaddr_in, sin_family);
T_SAME_FIELD(zcall_sockaddr_in, struct sockaddr_in, sin_port);
T_SAME_FIELD(zcall_sockaddr_in, struct sockaddr_in, sin_addr);
T_SAME_FIELD(zcall_sockaddr_in, struct sockaddr_in, sin_zero);
T_SAME_STRUCT(zcall_in6_addr, struct in6_addr);
T_SAME_STRUCT(zcall_sockaddr_in6, struct sockaddr_in6);
T_SAME_FIELD(zcall_sockaddr_in6, struct sockaddr_in6, sin6_family);
T_SAME_FIELD(zcall_sockaddr_in6, struct sockaddr_in6, sin6_port);
T_SAME_FIELD(zcall_sockaddr_in6, struct sockaddr_in6, sin6_flowinfo);
T_SAME_FIELD(zcall_sockaddr_in6, struct sockaddr_in6, sin6_addr);
T_SAME_FIELD(zcall_sockaddr_in6, struct sockaddr_in6, sin6_scope_id);
T_SAME_STRUCT(zcall_sockaddr_un, struct sockaddr_un);
T_SAME_FIELD(zcall_sockaddr_un, struct sockaddr_un, sun_family);
T_SAME_FIELD(zcall_sockaddr_un, struct sockaddr_un, sun_path);
T_SAME_STRUCT(zcall_sockaddr_storage, struct sockaddr_storage);
T_SAME_FIELD(zcall_sockaddr_storage, struct sockaddr_storage, ss_family);

T_SAME_STRUCT(zcall_msghdr, struct msghdr);
T_SAME_FIELD(zcall_msghdr, struct msghdr, msg_name);
T_SAME_FIELD(zcall_msghdr, struct msghdr, msg_namelen);
T_SAME_FIELD(zcall_msghdr, struct msghdr, msg_iov);
T_SAME_FIELD(zcall_msghdr, struct msghdr, msg_iovlen);
T_SAME_FIELD(zcall_msghdr, struct msghdr, msg_control);
T_SAME_FIELD(zcall_msghdr, struct msghdr, msg_controllen);
T_SAME_FIELD(zcall_msghdr, struct msghdr, msg_flags);
T_SAME_STRUCT(zcall_mmsghdr, struct mmsghdr);
T_SAME_FIELD(zcall_mmsghdr, struct mmsghdr, msg_hdr);
T_SAME_FIELD(zcall_mmsghdr, struct mmsghdr, msg_len);
T_SAME_STRUCT(zcall_cmsghdr, struct cmsghdr);
T_SAME_FIELD(zcall_cmsghdr, struct cmsghdr, cmsg_len);
T_SAME_FIELD(zcall_cmsghdr, struct cmsghdr, cmsg_level);
T_SAME_FIELD(zcall_cmsghdr, struct cmsghdr, cmsg_type);

T_SAME_STRUCT(zcall_pollfd, struct pollfd);
T_SAME_FIELD(zcall_pollfd, struct pollfd, fd);
T_SAME_FIELD(zcall_pollfd, struct pollfd, events);
T_SAME_FIELD(zcall_pollfd, struct pollfd, revents);
T_SAME_STRUCT(zcall_winsize, struct winsize);
T_SAME_FIELD(zcall_winsize, struct winsize, ws_row);
T_SAME_FIELD(zcall_winsize, struct winsize, ws_col);
T_SAME_FIELD(zcall_winsize, struct winsize, ws_xpixel);
T_SAME_FIELD(zcall_winsize, struct winsize, ws_ypixel);
T_SAME_STRUCT(zcall_epoll_event, struct epoll_event);
T_SAME_FIELD(zcall_epoll_event, struct epoll_event, events);
T_SAME_FIELD(zcall_epoll_event, struct epoll_event, data);
T_SAME_STRUCT(zcall_epoll_data, union epoll_data);
T_SAME_FIELD(zcall_epoll_data, union epoll_data, u64);
T_SAME_FIELD(zcall_epoll_data, union epoll_data, ptr);
T_SAME_FIELD(zcall_epoll_data, union epoll_data, fd);
T_SAME_FIELD(zcall_epoll_data, union epoll_data, u32);

T_SAME_STRUCT(zcall_open_how, struct open_how);
T_SAME_FIELD(zcall_open_how, struct open_how, flags);
T_SAME_FIELD(zcall_open_how, struct open_how, mode);
T_SAME_FIELD(zcall_open_how, struct open_how, resolve);

T_SAME_STRUCT(zcall_statx_timestamp, struct statx_timestamp);
T_SAME_FIELD(zcall_statx_timestamp, struct statx_timestamp, tv_sec);
T_SAME_FIELD(zcall_statx_timestamp, struct statx_timestamp, tv_nsec);
T_SAME_STRUCT(struct zcall_statx, struct statx);
T_SAME_FIELD(struct zcall_statx, struct statx, stx_mask);
T_SAME_FIELD(struct zcall_statx, struct statx, stx_blksize);
T_SAME_FIELD(struct zcall_statx, struct statx, stx_attributes);
T_SAME_FIELD(struct zcall_statx, struct statx, stx_nlink);
T_SAME_FIELD(struct zcall_statx, struct statx, stx_uid);
T_SAME_FIELD(struct zcall_statx, struct statx, stx_gid);
T_SAME_FIELD(struct zcall_statx, struct statx, stx_mode);
T_SAME_FIELD(struct zcall_statx, struct statx, stx_ino);
T_SAME_FIELD(struct zcall_statx, struct statx, stx_size);
T_SAME_FIELD(struct zcall_statx, struct statx, stx_blocks);
T_SAME_FIELD(struct zcall_statx, struct statx, stx_attributes_mask);
T_SAME_FIELD(struct zcall_statx, struct statx, stx_atime);
T_SAME_FIELD(struct zcall_statx, struct statx, stx_btime);
T_SAME_FIELD(struct zcall_statx, struct statx, stx_ctime);
T_SAME_FIELD(struct zcall_statx, struct statx, stx_mtime);
T_SAME_FIELD(struct zcall_statx, struct statx, stx_rdev_major);
T_SAME_FIELD(struct zcall_statx, struct statx, stx_rdev_minor);
T_SAME_FIELD(struct zcall_statx, struct statx, stx_dev_major);
T_SAME_FIELD(struct zcall_statx, struct statx, stx_dev_minor);
T_SAME_FIELD(struct zcall_statx, struct statx, stx_mnt_id);
T_SAME_FIELD(struct zcall_statx, struct statx, stx_dio_mem_align);
T_SAME_FIELD(struct zcall_statx, struct statx, stx_dio_offset_align);

#if !defined(__mips64)
T_SAME_STRUCT(zcall_stat, struct stat);
T_SAME_FIELD(zcall_stat, struct stat, st_dev);
T_SAME_FIELD(zcall_stat, struct stat, st_ino);
T_SAME_FIELD(zcall_stat, struct stat, st_nlink);
T_SAME_FIELD(zcall_stat, struct stat, st_mode);
T_SAME_FIELD(zcall_stat, struct stat, st_uid);
T_SAME_FIELD(zcall_stat, struct stat, st_gid);
T_SAME_FIELD(zcall_stat, struct stat, st_rdev);
T_SAME_FIELD(zcall_stat, struct stat, st_size);
T_SAME_FIELD(zcall_stat, struct stat, st_blksize);
T_SAME_FIELD(zcall_stat, struct stat, st_blocks);
T_SAME_FIELD(zcall_stat, struct stat, st_atim);
T_SAME_FIELD(zcall_stat, struct stat, st_mtim);
T_SAME_FIELD(zcall_stat, struct stat, st_ctim);
#endif  // mips64's C library struct stat is not the kernel's: tests/kernel_headers_test.cpp checks it against
        // <asm/stat.h>

// The C library's struct statfs is the kernel's on 64-bit architectures.
T_SAME_STRUCT(struct zcall_statfs, struct statfs);
T_SAME_FIELD(struct zcall_statfs, struct statfs, f_type);
T_SAME_FIELD(struct zcall_statfs, struct statfs, f_bsize);
T_SAME_FIELD(struct zcall_statfs, struct statfs, f_blocks);
T_SAME_FIELD(struct zcall_statfs, struct statfs, f_bfree);
T_SAME_FIELD(struct zcall_statfs, struct statfs, f_bavail);
T_SAME_FIELD(struct zcall_statfs, struct statfs, f_files);
T_SAME_FIELD(struct zcall_statfs, struct statfs, f_ffree);
T_SAME_FIELD(struct zcall_statfs, struct statfs, f_fsid);
T_SAME_FIELD(struct zcall_statfs, struct statfs, f_namelen);
T_SAME_FIELD(struct zcall_statfs, struct statfs, f_frsize);
T_SAME_FIELD(struct zcall_statfs, struct statfs, f_flags);
T_SAME_FIELD(struct zcall_statfs, struct statfs, f_spare);

// Records with a flexible name: the C library's give the name room, so only offsets compare.
T_SAME_FIELD(zcall_linux_dirent64, struct dirent64, d_ino);
T_SAME_FIELD(zcall_linux_dirent64, struct dirent64, d_off);
T_SAME_FIELD(zcall_linux_dirent64, struct dirent64, d_reclen);
T_SAME_FIELD(zcall_linux_dirent64, struct dirent64, d_type);
static_assert(offsetof(zcall_linux_dirent64, d_name) == offsetof(struct dirent64, d_name));
T_SAME_STRUCT(zcall_file_handle, struct file_handle);
T_SAME_FIELD(zcall_file_handle, struct file_handle, handle_bytes);
T_SAME_FIELD(zcall_file_handle, struct file_handle, handle_type);
static_assert(offsetof(zcall_file_handle, f_handle) == offsetof(struct file_handle, f_handle));
T_SAME_STRUCT(zcall_inotify_event, struct inotify_event);
T_SAME_FIELD(zcall_inotify_event, struct inotify_event, wd);
T_SAME_FIELD(zcall_inotify_event, struct inotify_event, mask);
T_SAME_FIELD(zcall_inotify_event, struct inotify_event, cookie);
T_SAME_FIELD(zcall_inotify_event, struct inotify_event, len);
static_assert(offsetof(zcall_inotify_event, name) == offsetof(struct inotify_event, name));
T_SAME_STRUCT(zcall_fanotify_event_metadata, struct fanotify_event_metadata);
T_SAME_FIELD(zcall_fanotify_event_metadata, struct fanotify_event_metadata, event_len);
T_SAME_FIELD(zcall_fanotify_event_metadata, struct fanotify_event_metadata, vers);
T_SAME_FIELD(zcall_fanotify_event_metadata, struct fanotify_event_metadata, reserved);
T_SAME_FIELD(zcall_fanotify_event_metadata, struct fanotify_event_metadata, metadata_len);
T_SAME_FIELD(zcall_fanotify_event_metadata, struct fanotify_event_metadata, mask);
T_SAME_FIELD(zcall_fanotify_event_metadata, struct fanotify_event_metadata, fd);
T_SAME_FIELD(zcall_fanotify_event_metadata, struct fanotify_event_metadata, pid);

T_SAME_STRUCT(zcall_cap_user_header, struct __user_cap_header_struct);
T_SAME_FIELD(zcall_cap_user_header, struct __user_cap_header_struct, version);
T_SAME_FIELD(zcall_cap_user_header, struct __user_cap_header_struct, pid);
T_SAME_STRUCT(zcall_cap_user_data, struct __user_cap_data_struct);
T_SAME_FIELD(zcall_cap_user_data, struct __user_cap_data_struct, effective);
T_SAME_FIELD(zcall_cap_user_data, struct __user_cap_data_struct, permitted);
T_SAME_FIELD(zcall_cap_user_data, struct __user_cap_data_struct, inheritable);
T_SAME_STRUCT(zcall_rlimit, struct rlimit64);
T_SAME_FIELD(zcall_rlimit, struct rlimit64, rlim_cur);
T_SAME_FIELD(zcall_rlimit, struct rlimit64, rlim_max);
T_SAME_STRUCT(zcall_timeval, struct timeval);
T_SAME_FIELD(zcall_timeval, struct timeval, tv_sec);
T_SAME_FIELD(zcall_timeval, struct timeval, tv_usec);
T_SAME_STRUCT(zcall_timezone, struct timezone);
T_SAME_FIELD(zcall_timezone, struct timezone, tz_minuteswest);
T_SAME_FIELD(zcall_timezone, struct timezone, tz_dsttime);
T_SAME_STRUCT(zcall_rusage, struct rusage);
T_SAME_FIELD(zcall_rusage, struct rusage, ru_utime);
T_SAME_FIELD(zcall_rusage, struct rusage, ru_stime);
T_SAME_FIELD(zcall_rusage, struct rusage, ru_maxrss);
T_SAME_FIELD(zcall_rusage, struct rusage, ru_ixrss);
T_SAME_FIELD(zcall_rusage, struct rusage, ru_idrss);
T_SAME_FIELD(zcall_rusage, struct rusage, ru_isrss);
T_SAME_FIELD(zcall_rusage, struct rusage, ru_minflt);
T_SAME_FIELD(zcall_rusage, struct rusage, ru_majflt);
T_SAME_FIELD(zcall_rusage, struct rusage, ru_nswap);
T_SAME_FIELD(zcall_rusage, struct rusage, ru_inblock);
T_SAME_FIELD(zcall_rusage, struct rusage, ru_oublock);
T_SAME_FIELD(zcall_rusage, struct rusage, ru_msgsnd);
T_SAME_FIELD(zcall_rusage, struct rusage, ru_msgrcv);
T_SAME_FIELD(zcall_rusage, struct rusage, ru_nsignals);
T_SAME_FIELD(zcall_rusage, struct rusage, ru_nvcsw);
T_SAME_FIELD(zcall_rusage, struct rusage, ru_nivcsw);

// The C library names siginfo's union members its own way: its si_* macros reach them.
T_SAME_STRUCT(zcall_siginfo, siginfo_t);
T_SAME_FIELD(zcall_siginfo, siginfo_t, si_signo);
T_SAME_FIELD(zcall_siginfo, siginfo_t, si_errno);
T_SAME_FIELD(zcall_siginfo, siginfo_t, si_code);
static_assert(offsetof(zcall_siginfo, _sifields._kill._pid) == offsetof(siginfo_t, si_pid));
static_assert(offsetof(zcall_siginfo, _sifields._kill._uid) == offsetof(siginfo_t, si_uid));
static_assert(offsetof(zcall_siginfo, _sifields._timer._tid) == offsetof(siginfo_t, si_timerid));
static_assert(offsetof(zcall_siginfo, _sifields._timer._overrun) == offsetof(siginfo_t, si_overrun));
static_assert(offsetof(zcall_siginfo, _sifields._timer._sigval) == offsetof(siginfo_t, si_value));
static_assert(offsetof(zcall_siginfo, _sifields._rt._sigval) == offsetof(siginfo_t, si_value));
static_assert(offsetof(zcall_siginfo, _sifields._sigchld._status) == offsetof(siginfo_t, si_status));
static_assert(offsetof(zcall_siginfo, _sifields._sigchld._utime) == offsetof(siginfo_t, si_utime));
static_assert(offsetof(zcall_siginfo, _sifields._sigchld._stime) == offsetof(siginfo_t, si_stime));
static_assert(offsetof(zcall_siginfo, _sifields._sigfault._addr) == offsetof(siginfo_t, si_addr));
static_assert(offsetof(zcall_siginfo, _sifields._sigpoll._band) == offsetof(siginfo_t, si_band));
static_assert(offsetof(zcall_siginfo, _sifields._sigpoll._fd) == offsetof(siginfo_t, si_fd));
static_assert(offsetof(zcall_siginfo, _sifields._sigsys._call_addr) == offsetof(siginfo_t, si_call_addr));
static_assert(offsetof(zcall_siginfo, _sifields._sigsys._syscall) == offsetof(siginfo_t, si_syscall));
static_assert(offsetof(zcall_siginfo, _sifields._sigsys._arch) == offsetof(siginfo_t, si_arch));
T_SAME_STRUCT(zcall_sigval, union sigval);
// The C library's utsname has the kernel's new_utsname layout.
T_SAME_STRUCT(zcall_new_utsname, struct utsname);
T_SAME_FIELD(zcall_new_utsname, struct utsname, sysname);
T_SAME_FIELD(zcall_new_utsname, struct utsname, nodename);
T_SAME_FIELD(zcall_new_utsname, struct utsname, release);
T_SAME_FIELD(zcall_new_utsname, struct utsname, version);
T_SAME_FIELD(zcall_new_utsname, struct utsname, machine);
T_SAME_FIELD(zcall_new_utsname, struct utsname, domainname);
T_SAME_STRUCT(struct zcall_sysinfo, struct sysinfo);
T_SAME_FIELD(struct zcall_sysinfo, struct sysinfo, uptime);
T_SAME_FIELD(struct zcall_sysinfo, struct sysinfo, loads);
T_SAME_FIELD(struct zcall_sysinfo, struct sysinfo, totalram);
T_SAME_FIELD(struct zcall_sysinfo, struct sysinfo, freeram);
T_SAME_FIELD(struct zcall_sysinfo, struct sysinfo, sharedram);
T_SAME_FIELD(struct zcall_sysinfo, struct sysinfo, bufferram);
T_SAME_FIELD(struct zcall_sysinfo, struct sysinfo, totalswap);
T_SAME_FIELD(struct zcall_sysinfo, struct sysinfo, freeswap);
T_SAME_FIELD(struct zcall_sysinfo, struct sysinfo, procs);
T_SAME_FIELD(struct zcall_sysinfo, struct sysinfo, pad);
T_SAME_FIELD(struct zcall_sysinfo, struct sysinfo, totalhigh);
T_SAME_FIELD(struct zcall_sysinfo, struct sysinfo, freehigh);
T_SAME_FIELD(struct zcall_sysinfo, struct sysinfo, mem_unit);
T_SAME_STRUCT(zcall_sched_param, struct sched_param);
T_SAME_FIELD(zcall_sched_param, struct sched_param, sched_priority);

T_SAME_STRUCT(zcall_stack_t, stack_t);
T_SAME_FIELD(zcall_stack_t, stack_t, ss_sp);
T_SAME_FIELD(zcall_stack_t, stack_t, ss_flags);
T_SAME_FIELD(zcall_stack_t, stack_t, ss_size);
T_SAME_STRUCT(zcall_sigevent, struct sigevent);
T_SAME_FIELD(zcall_sigevent, struct sigevent, sigev_value);
T_SAME_FIELD(zcall_sigevent, struct sigevent, sigev_signo);
T_SAME_FIELD(zcall_sigevent, struct sigevent, sigev_notify);
static_assert(offsetof(zcall_sigevent, _sigev_un._tid) == offsetof(struct sigevent, _sigev_un._tid));
T_SAME_STRUCT(zcall_itimerval, struct itimerval);
T_SAME_FIELD(zcall_itimerval, struct itimerval, it_interval);
T_SAME_FIELD(zcall_itimerval, struct itimerval, it_value);
T_SAME_STRUCT(zcall_timex, struct timex);
T_SAME_FIELD(zcall_timex, struct timex, modes);
T_SAME_FIELD(zcall_timex, struct timex, offset);
T_SAME_FIELD(zcall_timex, struct timex, freq);
T_SAME_FIELD(zcall_timex, struct timex, maxerror);
T_SAME_FIELD(zcall_timex, struct timex, esterror);
T_SAME_FIELD(zcall_timex, struct timex, status);
T_SAME_FIELD(zcall_timex, struct timex, constant);
T_SAME_FIELD(zcall_timex, struct timex, precision);
T_SAME_FIELD(zcall_timex, struct timex, tolerance);
T_SAME_FIELD(zcall_timex, struct timex, time);
T_SAME_FIELD(zcall_timex, struct timex, tick);
T_SAME_FIELD(zcall_timex, struct timex, ppsfreq);
T_SAME_FIELD(zcall_timex, struct timex, jitter);
T_SAME_FIELD(zcall_timex, struct timex, shift);
T_SAME_FIELD(zcall_timex, struct timex, stabil);
T_SAME_FIELD(zcall_timex, struct timex, jitcnt);
T_SAME_FIELD(zcall_timex, struct timex, calcnt);
T_SAME_FIELD(zcall_timex, struct timex, errcnt);
T_SAME_FIELD(zcall_timex, struct timex, stbcnt);
T_SAME_FIELD(zcall_timex, struct timex, tai);

T_SAME_STRUCT(zcall_sock_filter, struct sock_filter);
T_SAME_FIELD(zcall_sock_filter, struct sock_filter, code);
T_SAME_FIELD(zcall_sock_filter, struct sock_filter, jt);
T_SAME_FIELD(zcall_sock_filter, struct sock_filter, jf);
T_SAME_FIELD(zcall_sock_filter, struct sock_filter, k);
T_SAME_STRUCT(zcall_sock_fprog, struct sock_fprog);
T_SAME_FIELD(zcall_sock_fprog, struct sock_fprog, len);
T_SAME_FIELD(zcall_sock_fprog, struct sock_fprog, filter);
T_SAME_STRUCT(zcall_robust_list_head, struct robust_list_head);
T_SAME_FIELD(zcall_robust_list_head, struct robust_list_head, list);
T_SAME_FIELD(zcall_robust_list_head, struct robust_list_head, futex_offset);
T_SAME_FIELD(zcall_robust_list_head, struct robust_list_head, list_op_pending);

T_SAME_STRUCT(struct zcall_futex_waitv, struct futex_waitv);
T_SAME_FIELD(struct zcall_futex_waitv, struct futex_waitv, val);
T_SAME_FIELD(struct zcall_futex_waitv, struct futex_waitv, uaddr);
T_SAME_FIELD(struct zcall_futex_waitv, struct futex_waitv, flags);

T_SAME_STRUCT(zcall_signalfd_siginfo, struct signalfd_siginfo);
T_SAME_FIELD(zcall_signalfd_siginfo, struct signalfd_siginfo, ssi_signo);
T_SAME_FIELD(zcall_signalfd_siginfo, struct signalfd_siginfo, ssi_errno);
T_SAME_FIELD(zcall_signalfd_siginfo, struct signalfd_siginfo, ssi_code);
T_SAME_FIELD(zcall_signalfd_siginfo, struct signalfd_siginfo, ssi_pid);
T_SAME_FIELD(zcall_signalfd_siginfo, struct signalfd_siginfo, ssi_uid);
T_SAME_FIELD(zcall_signalfd_siginfo, struct signalfd_siginfo, ssi_fd);
T_SAME_FIELD(zcall_signalfd_siginfo, struct signalfd_siginfo, ssi_tid);
T_SAME_FIELD(zcall_signalfd_siginfo, struct signalfd_siginfo, ssi_band);
T_SAME_FIELD(zcall_signalfd_siginfo, struct signalfd_siginfo, ssi_overrun);
T_SAME_FIELD(zcall_signalfd_siginfo, struct signalfd_siginfo, ssi_trapno);
T_SAME_FIELD(zcall_signalfd_siginfo, struct signalfd_siginfo, ssi_status);
T_SAME_FIELD(zcall_signalfd_siginfo, struct signalfd_siginfo, ssi_int);
T_SAME_FIELD(zcall_signalfd_siginfo, struct signalfd_siginfo, ssi_ptr);
T_SAME_FIELD(zcall_signalfd_siginfo, struct signalfd_siginfo, ssi_utime);
T_SAME_FIELD(zcall_signalfd_siginfo, struct signalfd_siginfo, ssi_stime);
T_SAME_FIELD(zcall_signalfd_siginfo, struct signalfd_siginfo, ssi_addr);
T_SAME_FIELD(zcall_signalfd_siginfo, struct signalfd_siginfo, ssi_addr_lsb);
T_SAME_FIELD(zcall_signalfd_siginfo, struct signalfd_siginfo, ssi_syscall);
T_SAME_FIELD(zcall_signalfd_siginfo, struct signalfd_siginfo, ssi_call_addr);
T_SAME_FIELD(zcall_signalfd_siginfo, struct signalfd_siginfo, ssi_arch);

T_SAME_STRUCT(zcall_io_sqring_offsets, struct io_sqring_offsets);
T_SAME_FIELD(zcall_io_sqring_offsets, struct io_sqring_offsets, head);
T_SAME_FIELD(zcall_io_sqring_offsets, struct io_sqring_offsets, tail);
T_SAME_FIELD(zcall_io_sqring_offsets, struct io_sqring_offsets, ring_mask);
T_SAME_FIELD(zcall_io_sqring_offsets, struct io_sqring_offsets, ring_entries);
T_SAME_FIELD(zcall_io_sqring_offsets, struct io_sqring_offsets, flags);
T_SAME_FIELD(zcall_io_sqring_offsets, struct io_sqring_offsets, dropped);
T_SAME_FIELD(zcall_io_sqring_offsets, struct io_sqring_offsets, array);
T_SAME_STRUCT(zcall_io_cqring_offsets, struct io_cqring_offsets);
T_SAME_FIELD(zcall_io_cqring_offsets, struct io_cqring_offsets, head);
T_SAME_FIELD(zcall_io_cqring_offsets, struct io_cqring_offsets, tail);
T_SAME_FIELD(zcall_io_cqring_offsets, struct io_cqring_offsets, ring_mask);
T_SAME_FIELD(zcall_io_cqring_offsets, struct io_cqring_offsets, ring_entries);
T_SAME_FIELD(zcall_io_cqring_offsets, struct io_cqring_offsets, overflow);
T_SAME_FIELD(zcall_io_cqring_offsets, struct io_cqring_offsets, cqes);
T_SAME_FIELD(zcall_io_cqring_offsets, struct io_cqring_offsets, flags);
T_SAME_STRUCT(zcall_io_uring_params, struct io_uring_params);
T_SAME_FIELD(zcall_io_uring_params, struct io_uring_params, sq_entries);
T_SAME_FIELD(zcall_io_uring_params, struct io_uring_params, cq_entries);
T_SAME_FIELD(zcall_io_uring_params, struct io_uring_params, flags);
T_SAME_FIELD(zcall_io_uring_params, struct io_uring_params, sq_thread_cpu);
T_SAME_FIELD(zcall_io_uring_params, struct io_uring_params, sq_thread_idle);
T_SAME_FIELD(zcall_io_uring_params, struct io_uring_params, features);
T_SAME_FIELD(zcall_io_uring_params, struct io_uring_params, wq_fd);
T_SAME_FIELD(zcall_io_uring_params, struct io_uring_params, sq_off);
T_SAME_FIELD(zcall_io_uring_params, struct io_uring_params, cq_off);
T_SAME_STRUCT(zcall_io_uring_sqe, struct io_uring_sqe);
T_SAME_FIELD(zcall_io_uring_sqe, struct io_uring_sqe, opcode);
T_SAME_FIELD(zcall_io_uring_sqe, struct io_uring_sqe, flags);
T_SAME_FIELD(zcall_io_uring_sqe, struct io_uring_sqe, ioprio);
T_SAME_FIELD(zcall_io_uring_sqe, struct io_uring_sqe, fd);
T_SAME_FIELD(zcall_io_uring_sqe, struct io_uring_sqe, off);
T_SAME_FIELD(zcall_io_uring_sqe, struct io_uring_sqe, addr2);
T_SAME_FIELD(zcall_io_uring_sqe, struct io_uring_sqe, cmd_op);
T_SAME_FIELD(zcall_io_uring_sqe, struct io_uring_sqe, addr);
T_SAME_FIELD(zcall_io_uring_sqe, struct io_uring_sqe, splice_off_in);
T_SAME_FIELD(zcall_io_uring_sqe, struct io_uring_sqe, len);
T_SAME_FIELD(zcall_io_uring_sqe, struct io_uring_sqe, rw_flags);
T_SAME_FIELD(zcall_io_uring_sqe, struct io_uring_sqe, poll32_events);
T_SAME_FIELD(zcall_io_uring_sqe, struct io_uring_sqe, msg_flags);
T_SAME_FIELD(zcall_io_uring_sqe, struct io_uring_sqe, user_data);
T_SAME_FIELD(zcall_io_uring_sqe, struct io_uring_sqe, buf_index);
T_SAME_FIELD(zcall_io_uring_sqe, struct io_uring_sqe, buf_group);
T_SAME_FIELD(zcall_io_uring_sqe, struct io_uring_sqe, personality);
T_SAME_FIELD(zcall_io_uring_sqe, struct io_uring_sqe, splice_fd_in);
T_SAME_FIELD(zcall_io_uring_sqe, struct io_uring_sqe, file_index);
T_SAME_FIELD(zcall_io_uring_sqe, struct io_uring_sqe, addr_len);
T_SAME_FIELD(zcall_io_uring_sqe, struct io_uring_sqe, addr3);
T_SAME_STRUCT(zcall_io_uring_cqe, struct io_uring_cqe);
T_SAME_FIELD(zcall_io_uring_cqe, struct io_uring_cqe, user_data);
T_SAME_FIELD(zcall_io_uring_cqe, struct io_uring_cqe, res);
T_SAME_FIELD(zcall_io_uring_cqe, struct io_uring_cqe, flags);

// The C++ names are the same types, or (statx, statfs, futex_waitv) derive from them adding nothing.
static_assert(sizeof(struct zcall::statx) == sizeof(struct zcall_statx));
static_assert(sizeof(struct zcall::statfs) == sizeof(struct zcall_statfs));
static_assert(sizeof(struct zcall::sysinfo) == sizeof(struct zcall_sysinfo));
static_assert(sizeof(struct zcall::futex_waitv) == sizeof(struct zcall_futex_waitv));
static_assert(std::is_same_v<zcall::io_uring_sqe, zcall_io_uring_sqe>);

}  // namespace
