/* SPDX-License-Identifier: MIT */
/*
 * zcall on Linux: the kernel's structs and the typed wrappers only Linux has;
 * those other kernels have too are in <zcall/posix.h>. Included by
 * <zcall/zcall.h>; not meant to be included on its own.
 *
 * Each wrapper is named after the syscall it makes and returns a zcall_ret;
 * the comment says what r1 holds on success. Pointers must stay valid for
 * the duration of the call (and, for io_uring, for as long as the kernel may
 * use them). A sockaddr argument may be any zcall_sockaddr_* or the C
 * library's struct sockaddr_*: the layouts are the kernel's.
 */
#ifndef ZCALL_LINUX_H
#define ZCALL_LINUX_H

#ifndef ZCALL_ZCALL_H
#error "include <zcall/zcall.h>, not <zcall/linux.h>"
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* --- Kernel structs, with the kernel's layout -------------------------------------------- */

/** struct __kernel_timespec: 64-bit seconds on every architecture. */
typedef struct zcall_timespec {
  int64_t tv_sec;
  int64_t tv_nsec;
} zcall_timespec;

typedef struct zcall_itimerspec {
  zcall_timespec it_interval;
  zcall_timespec it_value;
} zcall_itimerspec;

/** The kernel's sigset_t: 64 signals, 8 bytes (the C library's is 128 bytes); on mips64, 128 signals,
 * 16 bytes (its _NSIG is 128). Signal n is bit (n - 1) % 64 of sig[(n - 1) / 64]. */
typedef struct zcall_sigset_t {
#if defined(__mips64)
  uint64_t sig[2];
#else
  uint64_t sig[1];
#endif
} zcall_sigset_t;

typedef struct zcall_sockaddr {
  uint16_t sa_family;
  char sa_data[14];
} zcall_sockaddr;

typedef struct zcall_in_addr {
  uint32_t s_addr; /* network byte order */
} zcall_in_addr;

typedef struct zcall_sockaddr_in {
  uint16_t sin_family;
  uint16_t sin_port; /* network byte order */
  zcall_in_addr sin_addr;
  uint8_t sin_zero[8];
} zcall_sockaddr_in;

/** The kernel's in6_addr; s6_addr is a C library macro, so the union is spelled out. */
typedef struct zcall_in6_addr {
  union {
    uint8_t u6_addr8[16];
    uint16_t u6_addr16[8];
    uint32_t u6_addr32[4];
  } in6_u;
} zcall_in6_addr;

typedef struct zcall_sockaddr_in6 {
  uint16_t sin6_family;
  uint16_t sin6_port; /* network byte order */
  uint32_t sin6_flowinfo;
  zcall_in6_addr sin6_addr;
  uint32_t sin6_scope_id;
} zcall_sockaddr_in6;

typedef struct zcall_sockaddr_un {
  uint16_t sun_family;
  char sun_path[108];
} zcall_sockaddr_un;

/** Large and aligned enough for any address family. */
typedef struct __attribute__((aligned(8))) zcall_sockaddr_storage {
  uint16_t ss_family;
  char ss_data[126];
} zcall_sockaddr_storage;

typedef struct zcall_msghdr {
  void* msg_name;
  uint32_t msg_namelen;
  zcall_iovec* msg_iov;
  size_t msg_iovlen;
  void* msg_control;
  size_t msg_controllen;
  uint32_t msg_flags;
} zcall_msghdr;

typedef struct zcall_mmsghdr {
  zcall_msghdr msg_hdr;
  uint32_t msg_len; /* set by the kernel: bytes sent or received */
} zcall_mmsghdr;

typedef struct zcall_cmsghdr {
  size_t cmsg_len;
  int cmsg_level;
  int cmsg_type;
} zcall_cmsghdr;

typedef struct zcall_pollfd {
  int fd;
  short events;
  short revents;
} zcall_pollfd;

/** A terminal's size, which ZCALL_TIOCGWINSZ reads. */
typedef struct zcall_winsize {
  unsigned short ws_row;
  unsigned short ws_col;
  unsigned short ws_xpixel;
  unsigned short ws_ypixel;
} zcall_winsize;

/**
 * What epoll hands back with an event: the kernel keeps 64 bits and reads
 * none of them, so they hold whichever is handy, as glibc's epoll_data_t:
 * ev.data.fd = fd, ev.data.ptr = conn. u64 comes first, so {events, {n}} sets it.
 */
typedef union zcall_epoll_data {
  uint64_t u64;
  void* ptr;
  int fd;
  uint32_t u32;
} zcall_epoll_data;

/** struct epoll_event: packed on x86_64 (12 bytes), naturally aligned elsewhere (16). */
typedef struct
#if defined(__x86_64__)
    __attribute__((packed))
#endif
    zcall_epoll_event {
  uint32_t events;
  zcall_epoll_data data;
} zcall_epoll_event;

/** For openat2(2). */
typedef struct zcall_open_how {
  uint64_t flags;
  uint64_t mode;
  uint64_t resolve;
} zcall_open_how;

typedef struct zcall_statx_timestamp {
  int64_t tv_sec;
  uint32_t tv_nsec;
  int32_t __reserved;
} zcall_statx_timestamp;

/** For statx(2): 256 bytes; fields past stx_dio_offset_align are left to newer kernels.
 * A struct tag without a typedef, like struct stat, since the function zcall_statx shares its name. */
struct zcall_statx {
  uint32_t stx_mask;
  uint32_t stx_blksize;
  uint64_t stx_attributes;
  uint32_t stx_nlink;
  uint32_t stx_uid;
  uint32_t stx_gid;
  uint16_t stx_mode;
  uint16_t __spare0[1];
  uint64_t stx_ino;
  uint64_t stx_size;
  uint64_t stx_blocks;
  uint64_t stx_attributes_mask;
  zcall_statx_timestamp stx_atime;
  zcall_statx_timestamp stx_btime;
  zcall_statx_timestamp stx_ctime;
  zcall_statx_timestamp stx_mtime;
  uint32_t stx_rdev_major;
  uint32_t stx_rdev_minor;
  uint32_t stx_dev_major;
  uint32_t stx_dev_minor;
  uint64_t stx_mnt_id;
  uint32_t stx_dio_mem_align;
  uint32_t stx_dio_offset_align;
  uint64_t __spare3[12];
};

/* For fstat(2): the kernel's struct stat, whose layout is per architecture (ppc64's is x86_64's, with
 * st_nlink a long before st_mode). Times are timespecs named as POSIX names them (st_atime is a C
 * library macro). */
#if defined(__mips64)
/** The time fields of mips64's struct stat: 32-bit seconds and nanoseconds. */
typedef struct zcall_stat_time {
  uint32_t tv_sec;
  uint32_t tv_nsec;
} zcall_stat_time;

/* mips64 (n64): the layout of the 32-bit kernel's stat64, with a 32-bit st_dev and st_rdev (the kernel's
 * new_encode_dev) and 32-bit unsigned times; zcall_statx has the whole of each. */
typedef struct zcall_stat {
  uint32_t st_dev;
  uint32_t __pad0[3];
  uint64_t st_ino;
  uint32_t st_mode;
  uint32_t st_nlink;
  uint32_t st_uid;
  uint32_t st_gid;
  uint32_t st_rdev;
  uint32_t __pad1[3];
  int64_t st_size;
  zcall_stat_time st_atim;
  zcall_stat_time st_mtim;
  zcall_stat_time st_ctim;
  uint32_t st_blksize;
  uint32_t __pad2;
  uint64_t st_blocks;
} zcall_stat;
#elif defined(__x86_64__) || defined(__powerpc64__)
typedef struct zcall_stat {
  uint64_t st_dev;
  uint64_t st_ino;
  uint64_t st_nlink;
  uint32_t st_mode;
  uint32_t st_uid;
  uint32_t st_gid;
  uint32_t __pad0;
  uint64_t st_rdev;
  int64_t st_size;
  int64_t st_blksize;
  int64_t st_blocks;
  zcall_timespec st_atim;
  zcall_timespec st_mtim;
  zcall_timespec st_ctim;
  int64_t __unused[3];
} zcall_stat;
#elif defined(__s390x__)
/* s390x: x86_64's fields up to st_size, then the times, then st_blksize and st_blocks. */
typedef struct zcall_stat {
  uint64_t st_dev;
  uint64_t st_ino;
  uint64_t st_nlink;
  uint32_t st_mode;
  uint32_t st_uid;
  uint32_t st_gid;
  uint32_t __pad0;
  uint64_t st_rdev;
  int64_t st_size;
  zcall_timespec st_atim;
  zcall_timespec st_mtim;
  zcall_timespec st_ctim;
  int64_t st_blksize;
  int64_t st_blocks;
  int64_t __unused[3];
} zcall_stat;
#else
typedef struct zcall_stat {
  uint64_t st_dev;
  uint64_t st_ino;
  uint32_t st_mode;
  uint32_t st_nlink;
  uint32_t st_uid;
  uint32_t st_gid;
  uint64_t st_rdev;
  uint64_t __pad1;
  int64_t st_size;
  int32_t st_blksize;
  int32_t __pad2;
  int64_t st_blocks;
  zcall_timespec st_atim;
  zcall_timespec st_mtim;
  zcall_timespec st_ctim;
  uint32_t __unused4;
  uint32_t __unused5;
} zcall_stat;
#endif

/** For statfs(2) and fstatfs(2): the kernel's struct statfs, every field a long on 64-bit architectures but s390x.
 * A struct tag, as the function shares its name. */
typedef struct zcall_fsid_t {
  int32_t val[2];
} zcall_fsid_t;

#if defined(__mips64)
/* mips64's order, with f_frsize third and five spare words. */
struct zcall_statfs {
  int64_t f_type;
  int64_t f_bsize;
  int64_t f_frsize;
  int64_t f_blocks;
  int64_t f_bfree;
  int64_t f_files;
  int64_t f_ffree;
  int64_t f_bavail;
  zcall_fsid_t f_fsid;
  int64_t f_namelen;
  int64_t f_flags;
  int64_t f_spare[5];
};
#elif defined(__s390x__)
/* s390x mixes widths: the fields that are not counts of blocks or files are 32-bit. */
struct zcall_statfs {
  uint32_t f_type;
  uint32_t f_bsize;
  int64_t f_blocks;
  int64_t f_bfree;
  int64_t f_bavail;
  int64_t f_files;
  int64_t f_ffree;
  zcall_fsid_t f_fsid;
  uint32_t f_namelen;
  uint32_t f_frsize;
  uint32_t f_flags;
  uint32_t f_spare[4];
};
#else
struct zcall_statfs {
  int64_t f_type;
  int64_t f_bsize;
  int64_t f_blocks;
  int64_t f_bfree;
  int64_t f_bavail;
  int64_t f_files;
  int64_t f_ffree;
  zcall_fsid_t f_fsid;
  int64_t f_namelen;
  int64_t f_frsize;
  int64_t f_flags;
  int64_t f_spare[4];
};
#endif

/* Records of a variable length, whose last member is a flexible array: standard C, an extension in C++. */
#if defined(__cplusplus) && defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
#endif
/** What getdents64(2) writes: records of d_reclen bytes each, d_name NUL-terminated; d_type: ZCALL_DT_*. */
typedef struct zcall_linux_dirent64 {
  uint64_t d_ino;
  int64_t d_off;
  uint16_t d_reclen;
  uint8_t d_type;
  char d_name[];
} zcall_linux_dirent64;

/** For name_to_handle_at(2) and open_by_handle_at(2): handle_bytes is the room in f_handle (up to ZCALL_MAX_HANDLE_SZ).
 */
typedef struct zcall_file_handle {
  uint32_t handle_bytes;
  int32_t handle_type;
  unsigned char f_handle[];
} zcall_file_handle;

/** What a read of an inotify descriptor returns: events, each followed by len bytes of name (NUL-padded). */
typedef struct zcall_inotify_event {
  int32_t wd;
  uint32_t mask;
  uint32_t cookie;
  uint32_t len;
  char name[];
} zcall_inotify_event;

/** What lsm_get_self_attr(2) and lsm_set_self_attr(2) read and write: records of len bytes. */
typedef struct zcall_lsm_ctx {
  uint64_t id;
  uint64_t flags;
  uint64_t len;
  uint64_t ctx_len;
  uint8_t ctx[];
} zcall_lsm_ctx;
#if defined(__cplusplus) && defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

/** What a read of a fanotify descriptor returns, event by event (event_len bytes each). */
typedef struct zcall_fanotify_event_metadata {
  uint32_t event_len;
  uint8_t vers; /* ZCALL_FANOTIFY_METADATA_VERSION */
  uint8_t reserved;
  uint16_t metadata_len;
  uint64_t mask __attribute__((aligned(8)));
  int32_t fd; /* ZCALL_FAN_NOFD, or a descriptor of the object, to close */
  int32_t pid;
} zcall_fanotify_event_metadata;

/** For capget(2) and capset(2): version ZCALL_LINUX_CAPABILITY_VERSION_3 takes two data structs,
 * capabilities 0-31 in the first and 32-63 in the second. */
typedef struct zcall_cap_user_header {
  uint32_t version;
  int32_t pid; /* 0: the caller */
} zcall_cap_user_header;

typedef struct zcall_cap_user_data {
  uint32_t effective;
  uint32_t permitted;
  uint32_t inheritable;
} zcall_cap_user_data;

/** For prlimit64(2), getrlimit(2) and setrlimit(2): the kernel's struct rlimit64, which struct rlimit
 * equals on 64-bit architectures. ZCALL_RLIM_INFINITY is no limit. */
typedef struct zcall_rlimit {
  uint64_t rlim_cur;
  uint64_t rlim_max;
} zcall_rlimit;

typedef struct zcall_timeval {
  int64_t tv_sec;
  int64_t tv_usec;
} zcall_timeval;

/** For gettimeofday(2): the kernel's struct timezone, which it keeps only as settimeofday(2) last set it. */
typedef struct zcall_timezone {
  int tz_minuteswest;
  int tz_dsttime;
} zcall_timezone;

/** For getrusage(2) (and wait4(2)). */
typedef struct zcall_rusage {
  zcall_timeval ru_utime;
  zcall_timeval ru_stime;
  int64_t ru_maxrss; /* in KiB */
  int64_t ru_ixrss;
  int64_t ru_idrss;
  int64_t ru_isrss;
  int64_t ru_minflt;
  int64_t ru_majflt;
  int64_t ru_nswap;
  int64_t ru_inblock;
  int64_t ru_oublock;
  int64_t ru_msgsnd;
  int64_t ru_msgrcv;
  int64_t ru_nsignals;
  int64_t ru_nvcsw;
  int64_t ru_nivcsw;
} zcall_rusage;

/** A signal's value, as sigqueue and timers carry it. */
typedef union zcall_sigval {
  int32_t sival_int;
  void* sival_ptr;
} zcall_sigval;

/** The kernel's siginfo: 128 bytes, which waitid(2), rt_sigtimedwait(2) and an SA_SIGINFO handler fill.
 * Which member of _sifields holds depends on the signal and si_code. The members keep the kernel's names
 * (_pid, not si_pid, which the C library's <signal.h> defines as a macro for its own layout). */
typedef struct zcall_siginfo {
  int32_t si_signo;
#if defined(__mips64)
  int32_t si_code; /* mips swaps si_code and si_errno */
  int32_t si_errno;
#else
  int32_t si_errno;
  int32_t si_code;
#endif
  union {
    int32_t _pad[28];
    struct {
      int32_t _pid;
      uint32_t _uid;
    } _kill; /* kill, tgkill, and si_code ZCALL_SI_USER */
    struct {
      int32_t _tid;
      int32_t _overrun;
      zcall_sigval _sigval;
      int32_t _sys_private;
    } _timer; /* POSIX timers */
    struct {
      int32_t _pid;
      uint32_t _uid;
      zcall_sigval _sigval;
    } _rt; /* rt_sigqueueinfo, and si_code ZCALL_SI_QUEUE */
    struct {
      int32_t _pid;
      uint32_t _uid;
      int32_t _status; /* the exit status, or the signal: see si_code ZCALL_CLD_* */
      int64_t _utime;
      int64_t _stime;
    } _sigchld; /* SIGCHLD and waitid */
    struct {
      void* _addr;
    } _sigfault; /* SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP: the faulting address */
    struct {
      int64_t _band;
      int32_t _fd;
    } _sigpoll;
    struct {
      void* _call_addr;
      int32_t _syscall;
      uint32_t _arch;
    } _sigsys; /* SIGSYS from seccomp */
  } _sifields;
} zcall_siginfo;

/* The kernel's struct sigaction, which rt_sigaction(2) reads: not the C library's, whose mask is 128
 * bytes and whose sa_handler is a macro (so the fields take the names musl gives the kernel's struct).
 * mips64 puts flags (an unsigned int) first and has no sa_restorer.
 * x86_64 and aarch64 have sa_restorer, the address a handler returns to; riscv64 and loongarch64 have
 * none, and return through the vDSO. On x86_64 the kernel needs one: set ZCALL_SA_RESTORER in flags and
 * zcall_rt_sigreturn as restorer (zcall::rt_sigaction does so). aarch64 returns through its vDSO when
 * ZCALL_SA_RESTORER is not set. ppc64 has the field and the flag, which the kernel keeps but never uses:
 * a handler returns through the vDSO's sigtramp (or a trampoline in the signal frame). s390x has both and
 * uses the restorer when the flag is set, else the vDSO's __kernel_rt_sigreturn (or an svc in the frame). */
#if defined(__x86_64__) || defined(__aarch64__) || defined(__powerpc64__) || defined(__s390x__)
/** The flag that says sa_restorer is set: only the architectures that have the field define it. */
#define ZCALL_SA_RESTORER 0x04000000
#endif
typedef struct zcall_sigaction {
#if defined(__mips64)
  uint32_t flags; /* ZCALL_SA_*: first on mips, an unsigned int */
#endif
  union {
    void (*handler)(int);                       /* NULL: the default action; (void (*)(int))1: ignore */
    void (*action)(int, zcall_siginfo*, void*); /* with ZCALL_SA_SIGINFO; the void* is the ucontext */
  };
#if !defined(__mips64)
  uint64_t flags; /* ZCALL_SA_* */
#endif
#if defined(__x86_64__) || defined(__aarch64__) || defined(__powerpc64__) || defined(__s390x__)
  void (*restorer)(void);
#endif
  zcall_sigset_t mask; /* blocked while the handler runs, besides the signal itself */
} zcall_sigaction;

/** For sigaltstack(2). */
#if defined(__mips64)
typedef struct zcall_stack_t {
  void* ss_sp;
  size_t ss_size;   /* at least MINSIGSTKSZ: 2048 on mips64 */
  int32_t ss_flags; /* ZCALL_SS_ONSTACK, _DISABLE, _AUTODISARM; last on mips, as IRIX had it */
} zcall_stack_t;
#else
typedef struct zcall_stack_t {
  void* ss_sp;
  int32_t ss_flags; /* ZCALL_SS_ONSTACK, _DISABLE, _AUTODISARM */
  size_t ss_size;   /* at least MINSIGSTKSZ: 2048 on x86_64, riscv64 and s390x, 4096 on loongarch64, 5120 on
                       aarch64, 8192 on ppc64 */
} zcall_stack_t;
#endif

/** For timer_create(2): how the timer notifies. */
typedef struct zcall_sigevent {
  zcall_sigval sigev_value;
  int32_t sigev_signo;
  int32_t sigev_notify; /* ZCALL_SIGEV_SIGNAL, _NONE, _THREAD_ID */
  union {
    int32_t _pad[12];
    int32_t _tid; /* the thread to signal, for ZCALL_SIGEV_THREAD_ID */
  } _sigev_un;
} zcall_sigevent;

/** For setitimer(2) and getitimer(2). */
typedef struct zcall_itimerval {
  zcall_timeval it_interval;
  zcall_timeval it_value;
} zcall_itimerval;

/** For clock_adjtime(2): the kernel's struct __kernel_timex, 208 bytes. */
typedef struct zcall_timex {
  uint32_t modes; /* ZCALL_ADJ_*: what to set; 0 only reads */
  int32_t __pad1;
  int64_t offset;
  int64_t freq;
  int64_t maxerror;
  int64_t esterror;
  int32_t status;
  int32_t __pad2;
  int64_t constant;
  int64_t precision;
  int64_t tolerance;
  zcall_timeval time;
  int64_t tick;
  int64_t ppsfreq;
  int64_t jitter;
  int32_t shift;
  int32_t __pad3;
  int64_t stabil;
  int64_t jitcnt;
  int64_t calcnt;
  int64_t errcnt;
  int64_t stbcnt;
  int32_t tai;
  int32_t __reserved[11];
} zcall_timex;

/** For mount_setattr(2) and open_tree_attr(2): ZCALL_MOUNT_ATTR_SIZE_VER0 bytes. */
typedef struct zcall_mount_attr {
  uint64_t attr_set;    /* ZCALL_MOUNT_ATTR_* to set */
  uint64_t attr_clr;    /* and to clear */
  uint64_t propagation; /* 0, or ZCALL_MS_PRIVATE, _SLAVE, _SHARED, _UNBINDABLE */
  uint64_t userns_fd;   /* for ZCALL_MOUNT_ATTR_IDMAP */
} zcall_mount_attr;

/** For clone3(2): ZCALL_CLONE_ARGS_SIZE_VER2 bytes; every pointer is passed as a uint64_t. */
typedef struct zcall_clone_args {
  uint64_t flags; /* ZCALL_CLONE_*, without the exit signal */
  uint64_t pidfd; /* int*: gets a pidfd of the child with ZCALL_CLONE_PIDFD */
  uint64_t child_tid;
  uint64_t parent_tid;
  uint64_t exit_signal; /* what the parent gets when the child ends, usually SIGCHLD */
  uint64_t stack;       /* the lowest address of the child's stack, or 0 to share the caller's (see zcall_clone3) */
  uint64_t stack_size;
  uint64_t tls;
  uint64_t set_tid;
  uint64_t set_tid_size;
  uint64_t cgroup;
} zcall_clone_args;

/** A classic BPF instruction and program, for a seccomp filter (ZCALL_SECCOMP_SET_MODE_FILTER). */
typedef struct zcall_sock_filter {
  uint16_t code; /* ZCALL_BPF_* */
  uint8_t jt;
  uint8_t jf;
  uint32_t k;
} zcall_sock_filter;

typedef struct zcall_sock_fprog {
  uint16_t len;
  zcall_sock_filter* filter;
} zcall_sock_fprog;

/** For landlock_create_ruleset(2): the rights the ruleset handles, ZCALL_LANDLOCK_ACCESS_*. A kernel that
 * does not know a right refuses it: ask the ABI version first. */
typedef struct zcall_landlock_ruleset_attr {
  uint64_t handled_access_fs;
  uint64_t handled_access_net;
  uint64_t scoped;
  uint64_t quiet_access_fs; /* the quiet_ fields: Linux 7.2; earlier kernels take them as long as they are 0 */
  uint64_t quiet_access_net;
  uint64_t quiet_scoped;
} zcall_landlock_ruleset_attr;

/** For landlock_add_rule(2), ZCALL_LANDLOCK_RULE_PATH_BENEATH: packed, 12 bytes, as the kernel's. */
typedef struct __attribute__((packed)) zcall_landlock_path_beneath_attr {
  uint64_t allowed_access;
  int32_t parent_fd;
} zcall_landlock_path_beneath_attr;

/** For landlock_add_rule(2), ZCALL_LANDLOCK_RULE_NET_PORT. */
typedef struct zcall_landlock_net_port_attr {
  uint64_t allowed_access;
  uint64_t port;
} zcall_landlock_net_port_attr;

/** For set_robust_list(2) and get_robust_list(2). */
typedef struct zcall_robust_list {
  struct zcall_robust_list* next;
} zcall_robust_list;

typedef struct zcall_robust_list_head {
  zcall_robust_list list;
  int64_t futex_offset;
  zcall_robust_list* list_op_pending;
} zcall_robust_list_head;

/** For rseq(2): 32-byte aligned; the kernel updates cpu_id and the rest while registered. Register its
 * first 32 bytes (the original size, which every kernel takes) or as many as getauxval(AT_RSEQ_FEATURE_SIZE)
 * says the kernel fills. The layout of Linux 7.2; a struct tag, as the function shares its name. */
struct __attribute__((aligned(32))) zcall_rseq {
  uint32_t cpu_id_start;
  uint32_t cpu_id;
  uint64_t rseq_cs;
  uint32_t flags;
  uint32_t node_id;
  uint32_t mm_cid;
  uint32_t slice_ctrl; /* Linux 7.2: time slice extension */
  uint8_t __reserved;
};

#if defined(__riscv)
/** For riscv_hwprobe(2): a key and the value the kernel fills in. A struct tag, as the function shares
 * its name. */
struct zcall_riscv_hwprobe {
  int64_t key;
  uint64_t value;
};
#endif

/** For statmount(2) and listmount(2): ZCALL_MNT_ID_REQ_SIZE_VER1 bytes. */
typedef struct zcall_mnt_id_req {
  uint32_t size;
  union {
    uint32_t mnt_ns_fd; /* listmount and statmount of another namespace's mounts */
    uint32_t mnt_fd;
  };
  uint64_t mnt_id;    /* statmount: the mount; listmount: the mount whose children to list */
  uint64_t param;     /* statmount: ZCALL_STATMOUNT_*; listmount: list after this id */
  uint64_t mnt_ns_id; /* 0: the caller's namespace */
} zcall_mnt_id_req;

/** What statmount(2) fills: the fixed part of Linux 7.2's struct statmount. The fields marked [str] are
 * offsets into the strings that follow it in the caller's buffer, at (const char*)(sm + 1) + offset.
 * A struct tag, as the function shares its name. */
struct zcall_statmount {
  uint32_t size;
  uint32_t mnt_opts; /* [str] */
  uint64_t mask;
  uint32_t sb_dev_major;
  uint32_t sb_dev_minor;
  uint64_t sb_magic;
  uint32_t sb_flags;
  uint32_t fs_type; /* [str] */
  uint64_t mnt_id;
  uint64_t mnt_parent_id;
  uint32_t mnt_id_old;
  uint32_t mnt_parent_id_old;
  uint64_t mnt_attr;
  uint64_t mnt_propagation;
  uint64_t mnt_peer_group;
  uint64_t mnt_master;
  uint64_t propagate_from;
  uint32_t mnt_root;  /* [str] */
  uint32_t mnt_point; /* [str] */
  uint64_t mnt_ns_id;
  uint32_t fs_subtype; /* [str] */
  uint32_t sb_source;  /* [str] */
  uint32_t opt_num;
  uint32_t opt_array; /* [str] */
  uint32_t opt_sec_num;
  uint32_t opt_sec_array; /* [str] */
  uint64_t supported_mask;
  uint32_t mnt_uidmap_num;
  uint32_t mnt_uidmap; /* [str] */
  uint32_t mnt_gidmap_num;
  uint32_t mnt_gidmap; /* [str] */
  uint64_t __spare2[43];
};

/** For file_getattr(2) and file_setattr(2): ZCALL_FILE_ATTR_SIZE_VER0 bytes. */
typedef struct zcall_file_attr {
  uint64_t fa_xflags; /* ZCALL_FS_XFLAG_* */
  uint32_t fa_extsize;
  uint32_t fa_nextents;
  uint32_t fa_projid;
  uint32_t fa_cowextsize;
} zcall_file_attr;

/** For the *xattrat calls: the value and its size, 16 bytes. */
typedef struct zcall_xattr_args {
  uint64_t value; /* a pointer, as a uint64_t */
  uint32_t size;
  uint32_t flags; /* setxattrat: ZCALL_XATTR_CREATE or _REPLACE */
} zcall_xattr_args;

/** For uname(2): each field a NUL-terminated string. */
typedef struct zcall_new_utsname {
  char sysname[65];
  char nodename[65];
  char release[65];
  char version[65];
  char machine[65];
  char domainname[65];
} zcall_new_utsname;

/** For sysinfo(2); a struct tag, as the function shares its name. Sizes are in units of mem_unit bytes. */
struct zcall_sysinfo {
  int64_t uptime; /* seconds since boot */
  uint64_t loads[3];
  uint64_t totalram;
  uint64_t freeram;
  uint64_t sharedram;
  uint64_t bufferram;
  uint64_t totalswap;
  uint64_t freeswap;
  uint16_t procs;
  uint16_t pad;
  uint64_t totalhigh;
  uint64_t freehigh;
  uint32_t mem_unit;
};

/** For sched_setscheduler(2), sched_setparam(2) and sched_getparam(2). */
typedef struct zcall_sched_param {
  int32_t sched_priority;
} zcall_sched_param;

/** For sched_setattr(2) and sched_getattr(2): ZCALL_SCHED_ATTR_SIZE_VER1 bytes. */
typedef struct zcall_sched_attr {
  uint32_t size;
  uint32_t sched_policy;
  uint64_t sched_flags;
  int32_t sched_nice;
  uint32_t sched_priority;
  uint64_t sched_runtime; /* SCHED_DEADLINE, in nanoseconds */
  uint64_t sched_deadline;
  uint64_t sched_period;
  uint32_t sched_util_min;
  uint32_t sched_util_max;
} zcall_sched_attr;

/** For cachestat(2) (Linux 6.5): the byte range to ask about (len 0: to the end of the file), and the
 * answer, in pages. The answer is a struct tag, as the function shares its name. */
typedef struct zcall_cachestat_range {
  uint64_t off;
  uint64_t len;
} zcall_cachestat_range;

struct zcall_cachestat {
  uint64_t nr_cache;
  uint64_t nr_dirty;
  uint64_t nr_writeback;
  uint64_t nr_evicted;
  uint64_t nr_recently_evicted;
};

/** For futex_waitv(2); a struct tag, as the function shares its name. */
struct zcall_futex_waitv {
  uint64_t val;
  uint64_t uaddr;
  uint32_t flags;
  uint32_t __reserved;
};

/** What a signalfd read returns: 128 bytes. */
typedef struct zcall_signalfd_siginfo {
  uint32_t ssi_signo;
  int32_t ssi_errno;
  int32_t ssi_code;
  uint32_t ssi_pid;
  uint32_t ssi_uid;
  int32_t ssi_fd;
  uint32_t ssi_tid;
  uint32_t ssi_band;
  uint32_t ssi_overrun;
  uint32_t ssi_trapno;
  int32_t ssi_status;
  int32_t ssi_int;
  uint64_t ssi_ptr;
  uint64_t ssi_utime;
  uint64_t ssi_stime;
  uint64_t ssi_addr;
  uint16_t ssi_addr_lsb;
  uint16_t __pad2;
  int32_t ssi_syscall;
  uint64_t ssi_call_addr;
  uint32_t ssi_arch;
  uint8_t __pad[28];
} zcall_signalfd_siginfo;

/** io_uring: where each ring's fields are, relative to the ring's mmap. */
typedef struct zcall_io_sqring_offsets {
  uint32_t head;
  uint32_t tail;
  uint32_t ring_mask;
  uint32_t ring_entries;
  uint32_t flags;
  uint32_t dropped;
  uint32_t array;
  uint32_t resv1;
  uint64_t user_addr;
} zcall_io_sqring_offsets;

typedef struct zcall_io_cqring_offsets {
  uint32_t head;
  uint32_t tail;
  uint32_t ring_mask;
  uint32_t ring_entries;
  uint32_t overflow;
  uint32_t cqes;
  uint32_t flags;
  uint32_t resv1;
  uint64_t user_addr;
} zcall_io_cqring_offsets;

/** For io_uring_setup(2): the caller sets flags (and the fields they name); the kernel fills the rest. */
typedef struct zcall_io_uring_params {
  uint32_t sq_entries;
  uint32_t cq_entries;
  uint32_t flags;
  uint32_t sq_thread_cpu;
  uint32_t sq_thread_idle;
  uint32_t features;
  uint32_t wq_fd;
  uint32_t resv[3];
  zcall_io_sqring_offsets sq_off;
  zcall_io_cqring_offsets cq_off;
} zcall_io_uring_params;

/* A submission queue entry: 64 bytes. The unions carry each opcode's own names for a field;
 * the kernel's anonymous structs inside them are standard C11 but an extension in C++. */
#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wnested-anon-types"
#pragma clang diagnostic ignored "-Wgnu-anonymous-struct"
#endif
typedef struct zcall_io_uring_sqe {
  uint8_t opcode;
  uint8_t flags;
  uint16_t ioprio;
  int32_t fd;
  union {
    uint64_t off;
    uint64_t addr2;
    __extension__ struct {
      uint32_t cmd_op;
      uint32_t __pad1;
    };
  };
  union {
    uint64_t addr;
    uint64_t splice_off_in;
    __extension__ struct {
      uint32_t level;
      uint32_t optname;
    };
  };
  uint32_t len;
  union {
    int32_t rw_flags;
    uint32_t fsync_flags;
    uint16_t poll_events;
    uint32_t poll32_events;
    uint32_t sync_range_flags;
    uint32_t msg_flags;
    uint32_t timeout_flags;
    uint32_t accept_flags;
    uint32_t cancel_flags;
    uint32_t open_flags;
    uint32_t statx_flags;
    uint32_t fadvise_advice;
    uint32_t splice_flags;
    uint32_t rename_flags;
    uint32_t unlink_flags;
    uint32_t hardlink_flags;
    uint32_t xattr_flags;
    uint32_t msg_ring_flags;
    uint32_t uring_cmd_flags;
    uint32_t waitid_flags;
    uint32_t futex_flags;
    uint32_t install_fd_flags;
    uint32_t nop_flags;
    uint32_t pipe_flags;
  };
  uint64_t user_data;
  union {
    uint16_t buf_index;
    uint16_t buf_group;
  };
  uint16_t personality;
  union {
    int32_t splice_fd_in;
    uint32_t file_index;
    uint32_t zcrx_ifq_idx;
    uint32_t optlen;
    __extension__ struct {
      uint16_t addr_len;
      uint16_t __pad3[1];
    };
  };
  union {
    __extension__ struct {
      uint64_t addr3;
      uint64_t __pad2[1];
    };
    uint64_t optval;
  };
} zcall_io_uring_sqe;
#if defined(__clang__)
#pragma clang diagnostic pop
#endif

/** A completion queue entry: 16 bytes. */
typedef struct zcall_io_uring_cqe {
  uint64_t user_data;
  int32_t res; /* the operation's result: -errno on error */
  uint32_t flags;
} zcall_io_uring_cqe;

/* statx, statfs and futex_waitv name both a struct and a function, as stat does in
 * POSIX; g++'s -Wshadow would call that hiding, so it is told not to. */
#if defined(__cplusplus) && defined(__GNUC__)
#define ZCALL_SHARES_A_STRUCT_NAME_BEGIN _Pragma("GCC diagnostic push") _Pragma("GCC diagnostic ignored \"-Wshadow\"")
#define ZCALL_SHARES_A_STRUCT_NAME_END _Pragma("GCC diagnostic pop")
#else
#define ZCALL_SHARES_A_STRUCT_NAME_BEGIN
#define ZCALL_SHARES_A_STRUCT_NAME_END
#endif

/* --- Basic and vectored I/O -------------------------------------------------------------- */

/** See dup3(2). r1 = newfd; flags: ZCALL_O_CLOEXEC. */
ZCALL_API zcall_ret zcall_dup3(int oldfd, int newfd, int flags);
/** See ioctl(2). r1 = what the request returns, usually 0. */
ZCALL_API zcall_ret zcall_ioctl(int fd, unsigned long request, uintptr_t arg);
/** See lseek(2). r1 = the new offset; whence: ZCALL_SEEK_SET, _CUR, _END, _DATA, _HOLE. */
ZCALL_API zcall_ret zcall_lseek(int fd, int64_t offset, int whence);
/** See pread(2). r1 = bytes read at offset; the file position does not move. */
ZCALL_API zcall_ret zcall_pread64(int fd, void* buf, size_t count, int64_t offset);
/** See preadv2(2). Like preadv, with ZCALL_RWF_* flags; offset -1 reads at the file position. */
ZCALL_API zcall_ret zcall_preadv2(int fd, const zcall_iovec* iov, int iovcnt, int64_t offset, int flags);
/** See pwrite(2). r1 = bytes written at offset; the file position does not move. */
ZCALL_API zcall_ret zcall_pwrite64(int fd, const void* buf, size_t count, int64_t offset);
/** See pwritev2(2). Like pwritev, with ZCALL_RWF_* flags; offset -1 writes at the file position. */
ZCALL_API zcall_ret zcall_pwritev2(int fd, const zcall_iovec* iov, int iovcnt, int64_t offset, int flags);

/* --- Files and directories --------------------------------------------------------------- */

/** See copy_file_range(2). r1 = bytes copied; a non-null offset is used and advanced instead of the position. */
ZCALL_API zcall_ret zcall_copy_file_range(int fd_in, int64_t* off_in, int fd_out, int64_t* off_out, size_t len,
                                          unsigned int flags);
/** See fallocate(2). r1 = 0; mode: 0 or ZCALL_FALLOC_FL_*. */
ZCALL_API zcall_ret zcall_fallocate(int fd, int mode, int64_t offset, int64_t len);
/** See fdatasync(2). r1 = 0. */
ZCALL_API zcall_ret zcall_fdatasync(int fd);
/** See fstat(2). r1 = 0; fills *statbuf. */
ZCALL_API zcall_ret zcall_fstat(int fd, zcall_stat* statbuf);
/** See fsync(2). r1 = 0. */
ZCALL_API zcall_ret zcall_fsync(int fd);
/** See ftruncate(2). r1 = 0. */
ZCALL_API zcall_ret zcall_ftruncate(int fd, int64_t length);
/** See mkdirat(2). r1 = 0; dirfd may be ZCALL_AT_FDCWD. */
ZCALL_API zcall_ret zcall_mkdirat(int dirfd, const char* path, unsigned int mode);
/** See openat(2). r1 = the new fd; mode matters only with ZCALL_O_CREAT or ZCALL_O_TMPFILE. */
ZCALL_API zcall_ret zcall_openat(int dirfd, const char* path, int flags, unsigned int mode);
/** See openat2(2). r1 = the new fd; size is sizeof(zcall_open_how). */
ZCALL_API zcall_ret zcall_openat2(int dirfd, const char* path, const zcall_open_how* how, size_t size);
/** See renameat2(2). r1 = 0; flags: 0 or ZCALL_RENAME_*. */
ZCALL_API zcall_ret zcall_renameat2(int olddirfd, const char* oldpath, int newdirfd, const char* newpath,
                                    unsigned int flags);
/** See sendfile(2). r1 = bytes copied; a non-null offset is used and advanced instead of in_fd's position. */
ZCALL_API zcall_ret zcall_sendfile(int out_fd, int in_fd, int64_t* offset, size_t count);
/* See statx(2). r1 = 0; fills *buf with at least the fields in mask (ZCALL_STATX_*). */
ZCALL_SHARES_A_STRUCT_NAME_BEGIN
ZCALL_API zcall_ret zcall_statx(int dirfd, const char* path, int flags, unsigned int mask, struct zcall_statx* buf);
ZCALL_SHARES_A_STRUCT_NAME_END
/** See sync_file_range(2). r1 = 0; flags: ZCALL_SYNC_FILE_RANGE_*. */
ZCALL_API zcall_ret zcall_sync_file_range(int fd, int64_t offset, int64_t nbytes, unsigned int flags);
/** See unlinkat(2). r1 = 0; flags: 0 or ZCALL_AT_REMOVEDIR. */
ZCALL_API zcall_ret zcall_unlinkat(int dirfd, const char* path, int flags);

/* See cachestat(2) (Linux 6.5). r1 = 0; fills *cstat with the page cache state of range; flags is 0. */
ZCALL_SHARES_A_STRUCT_NAME_BEGIN
ZCALL_API zcall_ret zcall_cachestat(int fd, const zcall_cachestat_range* range, struct zcall_cachestat* cstat,
                                    unsigned int flags);
ZCALL_SHARES_A_STRUCT_NAME_END
/** See close_range(2). r1 = 0; flags: 0, ZCALL_CLOSE_RANGE_UNSHARE, _CLOEXEC. */
ZCALL_API zcall_ret zcall_close_range(unsigned int fd, unsigned int max_fd, unsigned int flags);
/** See dup(2). r1 = the lowest free descriptor, now a copy of oldfd. */
ZCALL_API zcall_ret zcall_dup(int oldfd);
/** See access(2). r1 = 0 if the real ids may access path as mode (ZCALL_F_OK, _R_OK, _W_OK, _X_OK) asks. */
ZCALL_API zcall_ret zcall_faccessat(int dirfd, const char* path, int mode);
/** See faccessat2(2). Like faccessat, with flags: ZCALL_AT_EACCESS, _SYMLINK_NOFOLLOW, _EMPTY_PATH. */
ZCALL_API zcall_ret zcall_faccessat2(int dirfd, const char* path, int mode, int flags);
/** See posix_fadvise(2). r1 = 0; advice: ZCALL_POSIX_FADV_*. */
ZCALL_API zcall_ret zcall_fadvise64(int fd, int64_t offset, int64_t len, int advice);
/** See fchmod(2). r1 = 0. */
ZCALL_API zcall_ret zcall_fchmod(int fd, unsigned int mode);
/** See fchmodat(2). r1 = 0; follows a final symlink (no flags: see fchmodat2). */
ZCALL_API zcall_ret zcall_fchmodat(int dirfd, const char* path, unsigned int mode);
/** See fchmodat2(2) (Linux 6.6). Like fchmodat, with flags: ZCALL_AT_SYMLINK_NOFOLLOW, _EMPTY_PATH. */
ZCALL_API zcall_ret zcall_fchmodat2(int dirfd, const char* path, unsigned int mode, unsigned int flags);
/** See fchown(2). r1 = 0; an id of (uint32_t)-1 is left as it is. */
ZCALL_API zcall_ret zcall_fchown(int fd, uint32_t owner, uint32_t group);
/** See fchownat(2). r1 = 0; flags: ZCALL_AT_SYMLINK_NOFOLLOW, _EMPTY_PATH. */
ZCALL_API zcall_ret zcall_fchownat(int dirfd, const char* path, uint32_t owner, uint32_t group, int flags);
/** See flock(2). r1 = 0; operation: ZCALL_LOCK_SH, _EX or _UN, with _NB not to wait. */
ZCALL_API zcall_ret zcall_flock(int fd, unsigned int operation);
/* See fstatfs(2). r1 = 0; fills *buf. */
ZCALL_SHARES_A_STRUCT_NAME_BEGIN
ZCALL_API zcall_ret zcall_fstatfs(int fd, struct zcall_statfs* buf);
/** See getdents64(2). r1 = bytes of zcall_linux_dirent64 records written to dirp; 0 at the end. */
ZCALL_API zcall_ret zcall_getdents64(int fd, void* dirp, unsigned int count);
/** See linkat(2). r1 = 0; flags: ZCALL_AT_SYMLINK_FOLLOW, _EMPTY_PATH. */
ZCALL_API zcall_ret zcall_linkat(int olddirfd, const char* oldpath, int newdirfd, const char* newpath, int flags);
/** See mknodat(2). r1 = 0; mode holds the file type (ZCALL_S_IFREG, _IFIFO, ...); dev is the kernel's encoding. */
ZCALL_API zcall_ret zcall_mknodat(int dirfd, const char* path, unsigned int mode, unsigned int dev);
/** See name_to_handle_at(2). r1 = 0; handle->handle_bytes says the room in f_handle (ZCALL_EOVERFLOW, with the size
 * needed in it, if too small). */
ZCALL_API zcall_ret zcall_name_to_handle_at(int dirfd, const char* path, zcall_file_handle* handle, int* mount_id,
                                            int flags);
/** See fstatat(2). r1 = 0; fills *statbuf; flags: ZCALL_AT_SYMLINK_NOFOLLOW, _EMPTY_PATH, _NO_AUTOMOUNT. */
ZCALL_API zcall_ret zcall_newfstatat(int dirfd, const char* path, zcall_stat* statbuf, int flags);
/** See open_by_handle_at(2). r1 = the new fd; needs CAP_DAC_READ_SEARCH. */
ZCALL_API zcall_ret zcall_open_by_handle_at(int mount_fd, zcall_file_handle* handle, int flags);
/** See readahead(2). r1 = 0. */
ZCALL_API zcall_ret zcall_readahead(int fd, int64_t offset, size_t count);
/** See readlinkat(2). r1 = bytes of the link's target in buf, without a NUL. */
ZCALL_API zcall_ret zcall_readlinkat(int dirfd, const char* path, char* buf, int bufsiz);
/** See statfs(2). r1 = 0; fills *buf. */
ZCALL_API zcall_ret zcall_statfs(const char* path, struct zcall_statfs* buf);
/** See symlinkat(2). r1 = 0. */
ZCALL_API zcall_ret zcall_symlinkat(const char* target, int newdirfd, const char* linkpath);
/** See sync(2). r1 = 0. */
ZCALL_API zcall_ret zcall_sync(void);
/** See syncfs(2). r1 = 0. */
ZCALL_API zcall_ret zcall_syncfs(int fd);
/** See truncate(2). r1 = 0. */
ZCALL_API zcall_ret zcall_truncate(const char* path, int64_t length);
/** See utimensat(2). r1 = 0; times[0] is the access time, times[1] the modification time (NULL: now; ZCALL_UTIME_NOW,
 * _OMIT in tv_nsec). */
ZCALL_API zcall_ret zcall_utimensat(int dirfd, const char* path, const zcall_timespec* times, int flags);

/* --- Extended attributes ----------------------------------------------------------------- */

/** See fgetxattr(2). getxattr of an open file. */
ZCALL_API zcall_ret zcall_fgetxattr(int fd, const char* name, void* value, size_t size);
/** See flistxattr(2). listxattr of an open file. */
ZCALL_API zcall_ret zcall_flistxattr(int fd, char* list, size_t size);
/** See fremovexattr(2). removexattr of an open file. */
ZCALL_API zcall_ret zcall_fremovexattr(int fd, const char* name);
/** See fsetxattr(2). setxattr of an open file. */
ZCALL_API zcall_ret zcall_fsetxattr(int fd, const char* name, const void* value, size_t size, int flags);
/** See getxattr(2). r1 = the value's size; with size 0, the size only. */
ZCALL_API zcall_ret zcall_getxattr(const char* path, const char* name, void* value, size_t size);
/** See lgetxattr(2). getxattr of a symlink itself. */
ZCALL_API zcall_ret zcall_lgetxattr(const char* path, const char* name, void* value, size_t size);
/** See listxattr(2). r1 = bytes of NUL-terminated names written to list; with size 0, the size only. */
ZCALL_API zcall_ret zcall_listxattr(const char* path, char* list, size_t size);
/** See llistxattr(2). listxattr of a symlink itself. */
ZCALL_API zcall_ret zcall_llistxattr(const char* path, char* list, size_t size);
/** See lremovexattr(2). removexattr of a symlink itself. */
ZCALL_API zcall_ret zcall_lremovexattr(const char* path, const char* name);
/** See lsetxattr(2). setxattr of a symlink itself. */
ZCALL_API zcall_ret zcall_lsetxattr(const char* path, const char* name, const void* value, size_t size, int flags);
/** See removexattr(2). r1 = 0. */
ZCALL_API zcall_ret zcall_removexattr(const char* path, const char* name);
/** See setxattr(2). r1 = 0; flags: 0, ZCALL_XATTR_CREATE or ZCALL_XATTR_REPLACE. */
ZCALL_API zcall_ret zcall_setxattr(const char* path, const char* name, const void* value, size_t size, int flags);

/* --- Watching files: inotify and fanotify ------------------------------------------------ */

/** See fanotify_init(2). r1 = the new fanotify fd; flags: ZCALL_FAN_*; event_f_flags: the ZCALL_O_* of the descriptors
 * events carry. */
ZCALL_API zcall_ret zcall_fanotify_init(unsigned int flags, unsigned int event_f_flags);
/** See fanotify_mark(2). r1 = 0; flags: ZCALL_FAN_MARK_*; mask: ZCALL_FAN_* events. */
ZCALL_API zcall_ret zcall_fanotify_mark(int fanotify_fd, unsigned int flags, uint64_t mask, int dirfd,
                                        const char* path);
/** See inotify_add_watch(2). r1 = the watch descriptor; mask: ZCALL_IN_*. */
ZCALL_API zcall_ret zcall_inotify_add_watch(int fd, const char* path, uint32_t mask);
/** See inotify_init1(2). r1 = the new inotify fd; flags: ZCALL_IN_NONBLOCK, _CLOEXEC. */
ZCALL_API zcall_ret zcall_inotify_init1(int flags);
/** See inotify_rm_watch(2). r1 = 0. */
ZCALL_API zcall_ret zcall_inotify_rm_watch(int fd, int wd);

/* --- The working directory, root and file mode mask of the calling process --------------- */

/** See chdir(2). r1 = 0. */
ZCALL_API zcall_ret zcall_chdir(const char* path);
/** See chroot(2). r1 = 0; needs CAP_SYS_CHROOT. */
ZCALL_API zcall_ret zcall_chroot(const char* path);
/** See fchdir(2). r1 = 0. */
ZCALL_API zcall_ret zcall_fchdir(int fd);
/** See getcwd(2). r1 = the path's length in buf, its NUL included. */
ZCALL_API zcall_ret zcall_getcwd(char* buf, size_t size);
/** See umask(2). r1 = the previous mask; never fails. */
ZCALL_API zcall_ret zcall_umask(unsigned int mask);

/* --- Pipes and zero-copy (pipe2 is in posix.h) ------------------------------------------- */

/** See splice(2). r1 = bytes moved; one side must be a pipe; offsets as for copy_file_range. */
ZCALL_API zcall_ret zcall_splice(int fd_in, int64_t* off_in, int fd_out, int64_t* off_out, size_t len,
                                 unsigned int flags);
/** See tee(2). r1 = bytes duplicated from one pipe to another, without consuming them. */
ZCALL_API zcall_ret zcall_tee(int fd_in, int fd_out, size_t len, unsigned int flags);
/** See vmsplice(2). r1 = bytes moved between user memory and the pipe fd. */
ZCALL_API zcall_ret zcall_vmsplice(int fd, const zcall_iovec* iov, size_t nr_segs, unsigned int flags);

/* --- Sockets (the rest are in posix.h) --------------------------------------------------- */

/** See recvmmsg(2). r1 = messages received into msgvec[0..r1); timeout may be NULL. */
ZCALL_API zcall_ret zcall_recvmmsg(int fd, zcall_mmsghdr* msgvec, unsigned int vlen, int flags,
                                   zcall_timespec* timeout);
/** See sendmmsg(2). r1 = messages sent from msgvec[0..r1). */
ZCALL_API zcall_ret zcall_sendmmsg(int fd, zcall_mmsghdr* msgvec, unsigned int vlen, int flags);

/* --- Events: eventfd, signalfd, timerfd, epoll, poll ------------------------------------- */

/** See epoll_create1(2). r1 = the new epoll fd; flags: 0 or ZCALL_EPOLL_CLOEXEC. */
ZCALL_API zcall_ret zcall_epoll_create1(int flags);
/** See epoll_ctl(2). r1 = 0; op: ZCALL_EPOLL_CTL_ADD, _MOD, _DEL (event may be NULL for DEL). */
ZCALL_API zcall_ret zcall_epoll_ctl(int epfd, int op, int fd, zcall_epoll_event* event);
/** See epoll_pwait(2). r1 = ready events in events[0..r1); timeout in ms, -1 waits forever; sigmask may be NULL. */
ZCALL_API zcall_ret zcall_epoll_pwait(int epfd, zcall_epoll_event* events, int maxevents, int timeout,
                                      const zcall_sigset_t* sigmask);
/** See epoll_pwait2(2). Like epoll_pwait with a nanosecond timeout; NULL waits forever. */
ZCALL_API zcall_ret zcall_epoll_pwait2(int epfd, zcall_epoll_event* events, int maxevents,
                                       const zcall_timespec* timeout, const zcall_sigset_t* sigmask);
/** See eventfd(2). r1 = the new fd; flags: ZCALL_EFD_SEMAPHORE, _NONBLOCK, _CLOEXEC. */
ZCALL_API zcall_ret zcall_eventfd2(unsigned int initval, int flags);
/** See poll(2). r1 = descriptors with events; timeout in ms, -1 waits forever. Made with ppoll
 * where the architecture has no poll. */
ZCALL_API zcall_ret zcall_poll(zcall_pollfd* fds, unsigned int nfds, int timeout);
/** See ppoll(2). Like poll with a nanosecond timeout (NULL waits forever) and a signal mask (may be NULL).
 * The kernel writes the time left back into *timeout, so it is not const. */
ZCALL_API zcall_ret zcall_ppoll(zcall_pollfd* fds, unsigned int nfds, zcall_timespec* timeout,
                                const zcall_sigset_t* sigmask);
/** See signalfd(2). r1 = the fd (new if fd is -1) that reads a zcall_signalfd_siginfo per signal in mask. */
ZCALL_API zcall_ret zcall_signalfd4(int fd, const zcall_sigset_t* mask, int flags);
/** See timerfd_create(2). r1 = the new fd; clockid: ZCALL_CLOCK_*; flags: ZCALL_TFD_NONBLOCK, _CLOEXEC. */
ZCALL_API zcall_ret zcall_timerfd_create(int clockid, int flags);
/** See timerfd_gettime(2). r1 = 0; fills *curr with the time left and the interval. */
ZCALL_API zcall_ret zcall_timerfd_gettime(int fd, zcall_itimerspec* curr);
/** See timerfd_settime(2). r1 = 0; flags: 0 or ZCALL_TFD_TIMER_*; old may be NULL. */
ZCALL_API zcall_ret zcall_timerfd_settime(int fd, int flags, const zcall_itimerspec* new_value,
                                          zcall_itimerspec* old_value);

/* --- Memory ------------------------------------------------------------------------------ */

/** See madvise(2). r1 = 0; advice: ZCALL_MADV_*. */
ZCALL_API zcall_ret zcall_madvise(void* addr, size_t length, int advice);
/** See memfd_create(2). r1 = the new fd of an anonymous file; flags: ZCALL_MFD_*. */
ZCALL_API zcall_ret zcall_memfd_create(const char* name, unsigned int flags);
/** See mlock(2). r1 = 0. */
ZCALL_API zcall_ret zcall_mlock(const void* addr, size_t length);
/** See mprotect(2). r1 = 0; prot: ZCALL_PROT_*. */
ZCALL_API zcall_ret zcall_mprotect(void* addr, size_t length, int prot);
/** See mremap(2). r1 = the mapping's new address; new_address matters only with ZCALL_MREMAP_FIXED. */
ZCALL_API zcall_ret zcall_mremap(void* old_address, size_t old_size, size_t new_size, int flags, void* new_address);
/** See munlock(2). r1 = 0. */
ZCALL_API zcall_ret zcall_munlock(const void* addr, size_t length);

/** See msync(2). r1 = 0; flags: ZCALL_MS_ASYNC or _SYNC, with _INVALIDATE. */
ZCALL_API zcall_ret zcall_msync(void* addr, size_t length, int flags);
/** See mincore(2). r1 = 0; vec gets a byte per page, bit 0 set if it is resident. */
ZCALL_API zcall_ret zcall_mincore(void* addr, size_t length, unsigned char* vec);
/** See mlock2(2). r1 = 0; flags: 0 or ZCALL_MLOCK_ONFAULT. */
ZCALL_API zcall_ret zcall_mlock2(const void* addr, size_t length, unsigned int flags);
/** See mlockall(2). r1 = 0; flags: ZCALL_MCL_CURRENT, _FUTURE, _ONFAULT. */
ZCALL_API zcall_ret zcall_mlockall(int flags);
/** See munlockall(2). r1 = 0. */
ZCALL_API zcall_ret zcall_munlockall(void);
/** See mseal(2) (Linux 6.10). r1 = 0; the range can no longer be unmapped, remapped or reprotected; flags is 0. */
ZCALL_API zcall_ret zcall_mseal(void* addr, size_t length, unsigned long flags);
/** See pkey_mprotect(2). r1 = 0; like mprotect, also tagging the pages with pkey. */
ZCALL_API zcall_ret zcall_pkey_mprotect(void* addr, size_t length, int prot, int pkey);
/** See pkey_alloc(2). r1 = the new key; access_rights: 0, ZCALL_PKEY_DISABLE_ACCESS or _WRITE. ZCALL_ENOSPC without
 * protection keys. */
ZCALL_API zcall_ret zcall_pkey_alloc(unsigned int flags, unsigned int access_rights);
/** See pkey_free(2). r1 = 0. */
ZCALL_API zcall_ret zcall_pkey_free(int pkey);
/** See userfaultfd(2). r1 = the new fd; flags: ZCALL_O_CLOEXEC, _NONBLOCK, ZCALL_UFFD_USER_MODE_ONLY. */
ZCALL_API zcall_ret zcall_userfaultfd(int flags);
/** See mbind(2). r1 = 0; mode: ZCALL_MPOL_*; nodemask has maxnode bits. */
ZCALL_API zcall_ret zcall_mbind(void* addr, unsigned long length, unsigned long mode, const unsigned long* nodemask,
                                unsigned long maxnode, unsigned int flags);
/** See set_mempolicy(2). r1 = 0. */
ZCALL_API zcall_ret zcall_set_mempolicy(int mode, const unsigned long* nodemask, unsigned long maxnode);
/** See get_mempolicy(2). r1 = 0; flags: 0, ZCALL_MPOL_F_NODE, _ADDR, _MEMS_ALLOWED. */
ZCALL_API zcall_ret zcall_get_mempolicy(int* mode, unsigned long* nodemask, unsigned long maxnode, void* addr,
                                        unsigned long flags);
#if defined(ZCALL_SYS_memfd_secret)
/** See memfd_secret(2). r1 = the new fd, whose memory even the kernel does not map; flags: ZCALL_O_CLOEXEC. Not on
 * loongarch64, whose kernel has no such call; ZCALL_ENOSYS where the kernel was built without it. */
ZCALL_API zcall_ret zcall_memfd_secret(unsigned int flags);
#endif

/* --- Time and the CPU, from the vDSO ----------------------------------------------------- */

/*
 * These answer from the vDSO, the code the kernel maps into every process,
 * without entering the kernel, where the vDSO has the call; otherwise, and
 * when the vDSO answers ZCALL_ENOSYS, they trap. zcall finds the vDSO on first
 * use (prctl(PR_GET_AUXV), else /proc/self/auxv), without a lock, and
 * zcall_vdso_init can tell it instead. One difference from the trap: a
 * pointer that lies in user space but cannot be written makes the vDSO fault
 * (SIGSEGV), as in the C library, and so does an address between the top of
 * user space and the kernel's half. NULL where the call takes none, the first
 * 64 KiB and the kernel's half of the address space still give ZCALL_EFAULT.
 */

/** See clock_gettime(2). r1 = 0; fills *tp. */
ZCALL_API zcall_ret zcall_clock_gettime(int clockid, zcall_timespec* tp);
/** See clock_getres(2). r1 = 0; fills *res, which may be NULL. */
ZCALL_API zcall_ret zcall_clock_getres(int clockid, zcall_timespec* res);
/** See gettimeofday(2). r1 = 0; fills *tv and *tz, either of which may be NULL. */
ZCALL_API zcall_ret zcall_gettimeofday(zcall_timeval* tv, zcall_timezone* tz);
#if defined(ZCALL_SYS_time)
/** See time(2). r1 = the seconds since the Epoch, also stored in *tloc unless it is NULL. x86_64 only: the other
 * architectures have no time call (use zcall_clock_gettime with ZCALL_CLOCK_REALTIME). */
ZCALL_API zcall_ret zcall_time(int64_t* tloc);
#endif
/** See getcpu(2). r1 = 0; cpu and node may be NULL; cache is unused (NULL). */
ZCALL_API zcall_ret zcall_getcpu(unsigned int* cpu, unsigned int* node, void* cache);
/** Points zcall at the vDSO whose ELF header is at elf_header, instead of the one it would find; with NULL, at none,
 * so that every call above traps. The image must be mapped and readable as its program headers describe it: zcall
 * checks what the image says against itself, not against the memory map. Returns how many of the calls above the
 * image serves: 0 if it is not a vDSO image zcall can read, and then none is used. Optional; call it before other
 * threads use zcall. */
ZCALL_API unsigned zcall_vdso_init(const void* elf_header);
/** The same, from an auxiliary vector (pairs of words ending with AT_NULL, as a program's _start finds past envp):
 * the vDSO at AT_SYSINFO_EHDR, if every page of it is still mapped (AT_PAGESZ gives the page size). An auxv without
 * those, or NULL, means no vDSO. */
ZCALL_API unsigned zcall_vdso_init_auxv(const uintptr_t* auxv);

/* --- Processes, signals and time --------------------------------------------------------- */

/** See clock_nanosleep(2). r1 = 0; flags: 0 or ZCALL_TIMER_ABSTIME; rem may be NULL. */
ZCALL_API zcall_ret zcall_clock_nanosleep(int clockid, int flags, const zcall_timespec* request, zcall_timespec* rem);
/** See exit_group(2). Ends every thread of the process; does not return. */
ZCALL_API void zcall_exit_group(int status) __attribute__((noreturn));
/** See getppid(2). r1 = the parent's process id. */
ZCALL_API zcall_ret zcall_getppid(void);
/** See getrandom(2). r1 = bytes written to buf; flags: ZCALL_GRND_*. */
ZCALL_API zcall_ret zcall_getrandom(void* buf, size_t buflen, unsigned int flags);
/** See gettid(2). r1 = the calling thread's id. */
ZCALL_API zcall_ret zcall_gettid(void);
/** See kill(2). r1 = 0. */
ZCALL_API zcall_ret zcall_kill(int pid, int sig);
/** See nanosleep(2). r1 = 0; on ZCALL_EINTR, *rem (may be NULL) holds the time left. */
ZCALL_API zcall_ret zcall_nanosleep(const zcall_timespec* request, zcall_timespec* rem);
/** See pidfd_getfd(2). r1 = a new fd in this process for targetfd of the process behind pidfd. */
ZCALL_API zcall_ret zcall_pidfd_getfd(int pidfd, int targetfd, unsigned int flags);
/** See pidfd_open(2). r1 = a pidfd for pid; flags: 0 or ZCALL_PIDFD_NONBLOCK. */
ZCALL_API zcall_ret zcall_pidfd_open(int pid, unsigned int flags);
/** See pidfd_send_signal(2). r1 = 0; info may be NULL. */
ZCALL_API zcall_ret zcall_pidfd_send_signal(int pidfd, int sig, void* info, unsigned int flags);
/** See prctl(2). r1 = what option returns; unused arguments should be 0. */
ZCALL_API zcall_ret zcall_prctl(int option, uintptr_t arg2, uintptr_t arg3, uintptr_t arg4, uintptr_t arg5);
/** See rt_sigprocmask(2). r1 = 0; how: ZCALL_SIG_BLOCK, _UNBLOCK, _SETMASK; set and oldset may be NULL. */
ZCALL_API zcall_ret zcall_rt_sigprocmask(int how, const zcall_sigset_t* set, zcall_sigset_t* oldset);
/** See sched_yield(2). r1 = 0. */
ZCALL_API zcall_ret zcall_sched_yield(void);
/** See tgkill(2). r1 = 0. */
ZCALL_API zcall_ret zcall_tgkill(int tgid, int tid, int sig);

/* --- Processes, scheduling and the system ------------------------------------------------ */

/** See exit(2). Ends the calling thread (the process, if it is the last); does not return. */
ZCALL_API void zcall_exit(int status) __attribute__((noreturn));
/** See wait4(2). r1 = the pid of the child whose state changed (0 with ZCALL_WNOHANG if none); wstatus and rusage may
 * be NULL. */
ZCALL_API zcall_ret zcall_wait4(int pid, int* wstatus, int options, zcall_rusage* rusage);
/** See waitid(2). r1 = 0; idtype: ZCALL_P_ALL, _PID, _PGID, _PIDFD; options: ZCALL_WEXITED and others; fills info
 * (si_pid 0 if nothing changed, with ZCALL_WNOHANG). */
ZCALL_API zcall_ret zcall_waitid(int idtype, int id, zcall_siginfo* info, int options, zcall_rusage* rusage);
/** See execve(2). Returns only on error: argv and envp are NULL-terminated arrays. */
ZCALL_API zcall_ret zcall_execve(const char* path, char* const* argv, char* const* envp);
/** See execveat(2). Returns only on error; flags: ZCALL_AT_EMPTY_PATH, _SYMLINK_NOFOLLOW. */
ZCALL_API zcall_ret zcall_execveat(int dirfd, const char* path, char* const* argv, char* const* envp, int flags);
/** See uname(2). r1 = 0; fills *buf. */
ZCALL_API zcall_ret zcall_uname(zcall_new_utsname* buf);
/* See sysinfo(2). r1 = 0; fills *info. */
ZCALL_SHARES_A_STRUCT_NAME_BEGIN
ZCALL_API zcall_ret zcall_sysinfo(struct zcall_sysinfo* info);
ZCALL_SHARES_A_STRUCT_NAME_END
/** See sethostname(2). r1 = 0; needs CAP_SYS_ADMIN in the UTS namespace's owner. */
ZCALL_API zcall_ret zcall_sethostname(const char* name, int len);
/** See setdomainname(2). r1 = 0. */
ZCALL_API zcall_ret zcall_setdomainname(const char* name, int len);
/** See sched_setaffinity(2). r1 = 0; mask is a bit per CPU, cpusetsize bytes. */
ZCALL_API zcall_ret zcall_sched_setaffinity(int pid, unsigned int cpusetsize, const uint64_t* mask);
/** See sched_getaffinity(2). r1 = bytes of mask the kernel wrote (its cpumask size), not 0. */
ZCALL_API zcall_ret zcall_sched_getaffinity(int pid, unsigned int cpusetsize, uint64_t* mask);
/** See sched_setattr(2). r1 = 0; attr->size is sizeof(zcall_sched_attr). */
ZCALL_API zcall_ret zcall_sched_setattr(int pid, zcall_sched_attr* attr, unsigned int flags);
/** See sched_getattr(2). r1 = 0; size is sizeof(zcall_sched_attr). */
ZCALL_API zcall_ret zcall_sched_getattr(int pid, zcall_sched_attr* attr, unsigned int size, unsigned int flags);
/** See sched_setscheduler(2). r1 = 0; policy: ZCALL_SCHED_*. */
ZCALL_API zcall_ret zcall_sched_setscheduler(int pid, int policy, const zcall_sched_param* param);
/** See sched_getscheduler(2). r1 = the policy, ZCALL_SCHED_*. */
ZCALL_API zcall_ret zcall_sched_getscheduler(int pid);
/** See sched_setparam(2). r1 = 0. */
ZCALL_API zcall_ret zcall_sched_setparam(int pid, const zcall_sched_param* param);
/** See sched_getparam(2). r1 = 0. */
ZCALL_API zcall_ret zcall_sched_getparam(int pid, zcall_sched_param* param);
/** See sched_get_priority_max(2). r1 = the highest static priority of policy. */
ZCALL_API zcall_ret zcall_sched_get_priority_max(int policy);
/** See sched_get_priority_min(2). r1 = the lowest static priority of policy. */
ZCALL_API zcall_ret zcall_sched_get_priority_min(int policy);
/** See sched_rr_get_interval(2). r1 = 0; fills *interval. */
ZCALL_API zcall_ret zcall_sched_rr_get_interval(int pid, zcall_timespec* interval);
/** See getpriority(2). r1 = 20 - nice, from 1 (nice 19) to 40 (nice -20): the kernel's value, which the C library turns
 * into the nice value; which: ZCALL_PRIO_*. */
ZCALL_API zcall_ret zcall_getpriority(int which, int who);
/** See setpriority(2). r1 = 0; which: ZCALL_PRIO_*. */
ZCALL_API zcall_ret zcall_setpriority(int which, int who, int niceval);
/** See ioprio_get(2). r1 = the I/O priority, class << ZCALL_IOPRIO_CLASS_SHIFT | data; which: ZCALL_IOPRIO_WHO_*. */
ZCALL_API zcall_ret zcall_ioprio_get(int which, int who);
/** See ioprio_set(2). r1 = 0. */
ZCALL_API zcall_ret zcall_ioprio_set(int which, int who, int ioprio);
/** See kcmp(2). r1 = 0 if the two processes share the resource type (ZCALL_KCMP_*) names, else 1 or 2 (an order), or 3
 * if merely unequal. */
ZCALL_API zcall_ret zcall_kcmp(int pid1, int pid2, int type, unsigned long idx1, unsigned long idx2);
/** See process_vm_readv(2). r1 = bytes read from pid's memory; flags is 0. */
ZCALL_API zcall_ret zcall_process_vm_readv(int pid, const zcall_iovec* local_iov, unsigned long liovcnt,
                                           const zcall_iovec* remote_iov, unsigned long riovcnt, unsigned long flags);
/** See process_vm_writev(2). r1 = bytes written to pid's memory; flags is 0. */
ZCALL_API zcall_ret zcall_process_vm_writev(int pid, const zcall_iovec* local_iov, unsigned long liovcnt,
                                            const zcall_iovec* remote_iov, unsigned long riovcnt, unsigned long flags);
/** See tkill(2). r1 = 0; prefer tgkill, which cannot hit a recycled thread id of another process. */
ZCALL_API zcall_ret zcall_tkill(int tid, int sig);
/** See membarrier(2). r1 = 0, or for ZCALL_MEMBARRIER_CMD_QUERY the commands supported. */
ZCALL_API zcall_ret zcall_membarrier(int cmd, unsigned int flags, int cpu_id);

/* --- Signals ----------------------------------------------------------------------------- */

/** See rt_sigaction(2). r1 = 0; act and oldact may be NULL; the sigset size is passed for the caller.
 * The struct is the kernel's (see zcall_sigaction): on x86_64 a handler needs ZCALL_SA_RESTORER and
 * zcall_rt_sigreturn as its restorer, which this call does not add. */
ZCALL_API zcall_ret zcall_rt_sigaction(int sig, const zcall_sigaction* act, zcall_sigaction* oldact);
#if defined(__x86_64__)
/** The restorer of an x86_64 handler: never called, but returned into, with the kernel's frame on the stack,
 * to make rt_sigreturn(2). An asm entry, whose CFI lets unwinders walk through the handler. */
ZCALL_API void zcall_rt_sigreturn(void);
#endif
/** See sigaltstack(2). r1 = 0; ss and old_ss may be NULL. */
ZCALL_API zcall_ret zcall_sigaltstack(const zcall_stack_t* ss, zcall_stack_t* old_ss);
/** See rt_sigtimedwait(2). r1 = the signal taken from set, which should be blocked; info may be NULL;
 * timeout NULL waits forever, {0, 0} only polls (ZCALL_EAGAIN if none is pending). */
ZCALL_API zcall_ret zcall_rt_sigtimedwait(const zcall_sigset_t* set, zcall_siginfo* info,
                                          const zcall_timespec* timeout);
/** See rt_sigqueueinfo(2). r1 = 0; sends sig with *info (si_code ZCALL_SI_QUEUE for a value) to process pid. */
ZCALL_API zcall_ret zcall_rt_sigqueueinfo(int pid, int sig, zcall_siginfo* info);
/** See rt_tgsigqueueinfo(2). r1 = 0; like rt_sigqueueinfo, to thread tid of process tgid. */
ZCALL_API zcall_ret zcall_rt_tgsigqueueinfo(int tgid, int tid, int sig, zcall_siginfo* info);
/** See sigsuspend(2). Waits with mask as the signal mask until a handler runs: always ZCALL_EINTR. */
ZCALL_API zcall_ret zcall_rt_sigsuspend(const zcall_sigset_t* mask);
/** See sigpending(2). r1 = 0; fills *set with the blocked signals waiting. */
ZCALL_API zcall_ret zcall_rt_sigpending(zcall_sigset_t* set);

/* --- Timers and clocks ------------------------------------------------------------------- */

/** See timer_create(2). r1 = 0; *timerid is the new timer; sevp NULL means SIGALRM to the process. */
ZCALL_API zcall_ret zcall_timer_create(int clockid, zcall_sigevent* sevp, int* timerid);
/** See timer_settime(2). r1 = 0; flags: 0 or ZCALL_TIMER_ABSTIME; old_value may be NULL. */
ZCALL_API zcall_ret zcall_timer_settime(int timerid, int flags, const zcall_itimerspec* new_value,
                                        zcall_itimerspec* old_value);
/** See timer_gettime(2). r1 = 0. */
ZCALL_API zcall_ret zcall_timer_gettime(int timerid, zcall_itimerspec* curr_value);
/** See timer_getoverrun(2). r1 = expirations missed since the last signal was delivered. */
ZCALL_API zcall_ret zcall_timer_getoverrun(int timerid);
/** See timer_delete(2). r1 = 0. */
ZCALL_API zcall_ret zcall_timer_delete(int timerid);
/** See clock_settime(2). r1 = 0; needs CAP_SYS_TIME, and sets the time of the whole system. */
ZCALL_API zcall_ret zcall_clock_settime(int clockid, const zcall_timespec* tp);
/** See clock_adjtime(2). r1 = the clock's state, ZCALL_TIME_OK or another ZCALL_TIME_*; modes 0 only reads. */
ZCALL_API zcall_ret zcall_clock_adjtime(int clockid, zcall_timex* tx);
/** See setitimer(2). r1 = 0; which: ZCALL_ITIMER_REAL, _VIRTUAL, _PROF. */
ZCALL_API zcall_ret zcall_setitimer(int which, const zcall_itimerval* new_value, zcall_itimerval* old_value);
/** See getitimer(2). r1 = 0. */
ZCALL_API zcall_ret zcall_getitimer(int which, zcall_itimerval* curr_value);

/* --- Credentials, capabilities, limits, sessions ----------------------------------------- */

/** See getuid(2). r1 = the real user id; never fails. */
ZCALL_API zcall_ret zcall_getuid(void);
/** See geteuid(2). r1 = the effective user id; never fails. */
ZCALL_API zcall_ret zcall_geteuid(void);
/** See getgid(2). r1 = the real group id; never fails. */
ZCALL_API zcall_ret zcall_getgid(void);
/** See getegid(2). r1 = the effective group id; never fails. */
ZCALL_API zcall_ret zcall_getegid(void);
/** See setuid(2). r1 = 0. */
ZCALL_API zcall_ret zcall_setuid(uint32_t uid);
/** See setgid(2). r1 = 0. */
ZCALL_API zcall_ret zcall_setgid(uint32_t gid);
/** See setreuid(2). r1 = 0; (uint32_t)-1 leaves an id as it is. */
ZCALL_API zcall_ret zcall_setreuid(uint32_t ruid, uint32_t euid);
/** See setregid(2). r1 = 0; (uint32_t)-1 leaves an id as it is. */
ZCALL_API zcall_ret zcall_setregid(uint32_t rgid, uint32_t egid);
/** See setresuid(2). r1 = 0; (uint32_t)-1 leaves an id as it is. */
ZCALL_API zcall_ret zcall_setresuid(uint32_t ruid, uint32_t euid, uint32_t suid);
/** See setresgid(2). r1 = 0; (uint32_t)-1 leaves an id as it is. */
ZCALL_API zcall_ret zcall_setresgid(uint32_t rgid, uint32_t egid, uint32_t sgid);
/** See getresuid(2). r1 = 0; fills the real, effective and saved user ids. */
ZCALL_API zcall_ret zcall_getresuid(uint32_t* ruid, uint32_t* euid, uint32_t* suid);
/** See getresgid(2). r1 = 0; fills the real, effective and saved group ids. */
ZCALL_API zcall_ret zcall_getresgid(uint32_t* rgid, uint32_t* egid, uint32_t* sgid);
/** See setfsuid(2). r1 = the previous file system user id, whether or not it changed: never fails. */
ZCALL_API zcall_ret zcall_setfsuid(uint32_t fsuid);
/** See setfsgid(2). r1 = the previous file system group id; never fails. */
ZCALL_API zcall_ret zcall_setfsgid(uint32_t fsgid);
/** See getgroups(2). r1 = the number of supplementary groups (written to list unless size is 0). */
ZCALL_API zcall_ret zcall_getgroups(int size, uint32_t* list);
/** See setgroups(2). r1 = 0. */
ZCALL_API zcall_ret zcall_setgroups(int size, const uint32_t* list);
/** See capget(2). r1 = 0; header->version ZCALL__LINUX_CAPABILITY_VERSION_3 takes data[2]; a wrong version gets
 * ZCALL_EINVAL and the kernel's version in header. */
ZCALL_API zcall_ret zcall_capget(zcall_cap_user_header* header, zcall_cap_user_data* data);
/** See capset(2). r1 = 0. */
ZCALL_API zcall_ret zcall_capset(zcall_cap_user_header* header, const zcall_cap_user_data* data);
/** See prlimit(2). r1 = 0; pid 0 is the caller; resource: ZCALL_RLIMIT_*; either pointer may be NULL. */
ZCALL_API zcall_ret zcall_prlimit64(int pid, unsigned int resource, const zcall_rlimit* new_limit,
                                    zcall_rlimit* old_limit);
/** See getrusage(2). r1 = 0; who: ZCALL_RUSAGE_SELF, _CHILDREN, _THREAD. */
ZCALL_API zcall_ret zcall_getrusage(int who, zcall_rusage* usage);
/** See personality(2). r1 = the previous persona; 0xffffffff only asks. Never fails. */
ZCALL_API zcall_ret zcall_personality(unsigned int persona);
/** See setsid(2). r1 = the new session id, the caller's pid. */
ZCALL_API zcall_ret zcall_setsid(void);
/** See getsid(2). r1 = the session id of pid (0: the caller). */
ZCALL_API zcall_ret zcall_getsid(int pid);
/** See setpgid(2). r1 = 0; 0 for either means the caller's pid. */
ZCALL_API zcall_ret zcall_setpgid(int pid, int pgid);
/** See getpgid(2). r1 = the process group of pid (0: the caller). */
ZCALL_API zcall_ret zcall_getpgid(int pid);
/** See getrlimit(2). r1 = 0; resource: ZCALL_RLIMIT_*. Made with prlimit64 where the architecture has no
 * getrlimit (loongarch64). */
ZCALL_API zcall_ret zcall_getrlimit(unsigned int resource, zcall_rlimit* limit);
/** See setrlimit(2). r1 = 0. Made with prlimit64 where the architecture has no setrlimit (loongarch64). */
ZCALL_API zcall_ret zcall_setrlimit(unsigned int resource, const zcall_rlimit* limit);

/* --- Mounts, namespaces and new processes ------------------------------------------------ */

/** See mount(2). r1 = 0; flags: ZCALL_MS_*; data is the file system's options, often a string. */
ZCALL_API zcall_ret zcall_mount(const char* source, const char* target, const char* fstype, unsigned long flags,
                                const void* data);
/** See umount2(2). r1 = 0; flags: ZCALL_MNT_FORCE, _DETACH, _EXPIRE, ZCALL_UMOUNT_NOFOLLOW. */
ZCALL_API zcall_ret zcall_umount2(const char* target, int flags);
/** See pivot_root(2). r1 = 0; moves the root mount to put_old and makes new_root the root, for the caller's mount
 * namespace. */
ZCALL_API zcall_ret zcall_pivot_root(const char* new_root, const char* put_old);
/** See fsopen(2). r1 = a file system context fd for fsconfig; flags: 0 or ZCALL_FSOPEN_CLOEXEC. */
ZCALL_API zcall_ret zcall_fsopen(const char* fsname, unsigned int flags);
/** See fsconfig(2). r1 = 0; cmd: ZCALL_FSCONFIG_SET_* to set key, ZCALL_FSCONFIG_CMD_CREATE to make the superblock. */
ZCALL_API zcall_ret zcall_fsconfig(int fd, unsigned int cmd, const char* key, const void* value, int aux);
/** See fsmount(2). r1 = a detached mount's fd, for move_mount; attr_flags: ZCALL_MOUNT_ATTR_*. */
ZCALL_API zcall_ret zcall_fsmount(int fs_fd, unsigned int flags, unsigned int attr_flags);
/** See fspick(2). r1 = a context fd for reconfiguring the mount at path; flags: ZCALL_FSPICK_*. */
ZCALL_API zcall_ret zcall_fspick(int dirfd, const char* path, unsigned int flags);
/** See move_mount(2). r1 = 0; flags: ZCALL_MOVE_MOUNT_* (F_EMPTY_PATH to move a mount fd). */
ZCALL_API zcall_ret zcall_move_mount(int from_dirfd, const char* from_path, int to_dirfd, const char* to_path,
                                     unsigned int flags);
/** See open_tree(2). r1 = an O_PATH fd of the mount, or with ZCALL_OPEN_TREE_CLONE of a detached copy of it. */
ZCALL_API zcall_ret zcall_open_tree(int dirfd, const char* path, unsigned int flags);
/** See open_tree_attr(2) (Linux 6.15). Like open_tree, changing the copy's attributes as mount_setattr does. */
ZCALL_API zcall_ret zcall_open_tree_attr(int dirfd, const char* path, unsigned int flags, zcall_mount_attr* attr,
                                         size_t size);
/** See mount_setattr(2). r1 = 0; size is sizeof(zcall_mount_attr); flags: ZCALL_AT_RECURSIVE and the AT_ path flags. */
ZCALL_API zcall_ret zcall_mount_setattr(int dirfd, const char* path, unsigned int flags, zcall_mount_attr* attr,
                                        size_t size);
/** See unshare(2). r1 = 0; flags: ZCALL_CLONE_NEW* and what else the caller stops sharing. */
ZCALL_API zcall_ret zcall_unshare(unsigned long flags);
/** See setns(2). r1 = 0; fd is a /proc/PID/ns/ file or a pidfd; nstype: 0 or the ZCALL_CLONE_NEW* it must be. */
ZCALL_API zcall_ret zcall_setns(int fd, int nstype);
/* clone(2) and clone3(2), as zcall makes them, are fork-like: the child gets a copy of the caller's memory
 * and returns from the same call on the same (copied) stack, r1 = 0 in the child and the child's pid in the
 * parent. So stack must be NULL (clone3: stack 0), and flags must not hold ZCALL_CLONE_VM: a child sharing
 * the caller's memory and running on its stack would overwrite the frames the parent returns through, and
 * a child on a stack of its own would return from this function with no frame to return to. Threads need
 * their own entry code in asm. Container runtimes' seccomp profiles often answer clone3 with ZCALL_ENOSYS:
 * fall back to clone then. */
/** See clone(2). r1 = the child's pid in the parent, 0 in the child; flags: ZCALL_CLONE_* | the exit signal.
 * The kernel's argument order differs by architecture (tls before child_tid on aarch64, riscv64, ppc64 and
 * mips64; the stack first on s390x); this takes them in x86_64's order everywhere. */
ZCALL_API zcall_ret zcall_clone(unsigned long flags, void* stack, int* parent_tid, int* child_tid, unsigned long tls);
/** See clone3(2). r1 = the child's pid in the parent, 0 in the child; size is sizeof(zcall_clone_args). */
ZCALL_API zcall_ret zcall_clone3(zcall_clone_args* args, size_t size);

/* --- Mount information, inode attributes, extended attributes at a path ------------------ */

/* See statmount(2) (Linux 6.8). r1 = 0; req->param says what to fill (ZCALL_STATMOUNT_*); buf->mask says what was. The
 * strings follow the struct in buf, at the offsets its [str] fields give. */
ZCALL_SHARES_A_STRUCT_NAME_BEGIN
ZCALL_API zcall_ret zcall_statmount(const zcall_mnt_id_req* req, struct zcall_statmount* buf, size_t bufsize,
                                    unsigned int flags);
ZCALL_SHARES_A_STRUCT_NAME_END
/** See listmount(2) (Linux 6.8). r1 = the mount ids written below req->mnt_id (ZCALL_LSMT_ROOT: the root), after
 * req->param. */
ZCALL_API zcall_ret zcall_listmount(const zcall_mnt_id_req* req, uint64_t* mnt_ids, size_t nr_mnt_ids,
                                    unsigned int flags);
/** See file_getattr(2) (Linux 6.17). r1 = 0; the inode's extended attributes (FS_XFLAG_*), as FS_IOC_FSGETXATTR gives
 * them. */
ZCALL_API zcall_ret zcall_file_getattr(int dirfd, const char* path, zcall_file_attr* attr, size_t size,
                                       unsigned int at_flags);
/** See file_setattr(2) (Linux 6.17). r1 = 0. */
ZCALL_API zcall_ret zcall_file_setattr(int dirfd, const char* path, zcall_file_attr* attr, size_t size,
                                       unsigned int at_flags);
/** See setxattrat(2) (Linux 6.13). r1 = 0; args->value points to args->size bytes; args->flags: ZCALL_XATTR_CREATE or
 * _REPLACE. */
ZCALL_API zcall_ret zcall_setxattrat(int dirfd, const char* path, unsigned int at_flags, const char* name,
                                     const zcall_xattr_args* args, size_t size);
/** See getxattrat(2) (Linux 6.13). r1 = the value's size, written to args->value (room: args->size; 0 asks for the size
 * only). */
ZCALL_API zcall_ret zcall_getxattrat(int dirfd, const char* path, unsigned int at_flags, const char* name,
                                     zcall_xattr_args* args, size_t size);
/** See listxattrat(2) (Linux 6.13). r1 = bytes of NUL-terminated names in list. */
ZCALL_API zcall_ret zcall_listxattrat(int dirfd, const char* path, unsigned int at_flags, char* list, size_t size);
/** See removexattrat(2) (Linux 6.13). r1 = 0. */
ZCALL_API zcall_ret zcall_removexattrat(int dirfd, const char* path, unsigned int at_flags, const char* name);

/* --- Security: seccomp, Landlock, LSM attributes ----------------------------------------- */

/** See seccomp(2). r1 = 0, or a notification fd with ZCALL_SECCOMP_FILTER_FLAG_NEW_LISTENER; operation:
 * ZCALL_SECCOMP_SET_MODE_FILTER (args: a zcall_sock_fprog) and others. */
ZCALL_API zcall_ret zcall_seccomp(unsigned int operation, unsigned int flags, void* args);
/** See landlock_create_ruleset(2). r1 = a ruleset fd, or with ZCALL_LANDLOCK_CREATE_RULESET_VERSION (attr NULL, size 0)
 * the Landlock ABI version. */
ZCALL_API zcall_ret zcall_landlock_create_ruleset(const zcall_landlock_ruleset_attr* attr, size_t size, uint32_t flags);
/** See landlock_add_rule(2). r1 = 0; rule_type: ZCALL_LANDLOCK_RULE_PATH_BENEATH (a zcall_landlock_path_beneath_attr)
 * or _NET_PORT. */
ZCALL_API zcall_ret zcall_landlock_add_rule(int ruleset_fd, int rule_type, const void* rule_attr, uint32_t flags);
/** See landlock_restrict_self(2). r1 = 0; needs no_new_privs (prctl) or CAP_SYS_ADMIN. */
ZCALL_API zcall_ret zcall_landlock_restrict_self(int ruleset_fd, uint32_t flags);
/** See lsm_get_self_attr(2) (Linux 6.8). r1 = the number of zcall_lsm_ctx records written; *size is the room in ctx,
 * and comes back as what was used or needed. */
ZCALL_API zcall_ret zcall_lsm_get_self_attr(unsigned int attr, zcall_lsm_ctx* ctx, uint32_t* size, uint32_t flags);
/** See lsm_set_self_attr(2) (Linux 6.8). r1 = 0. */
ZCALL_API zcall_ret zcall_lsm_set_self_attr(unsigned int attr, zcall_lsm_ctx* ctx, uint32_t size, uint32_t flags);
/** See lsm_list_modules(2) (Linux 6.8). r1 = the number of LSM ids written; *size is the room in bytes, and comes back
 * as what was used or needed. */
ZCALL_API zcall_ret zcall_lsm_list_modules(uint64_t* ids, uint32_t* size, uint32_t flags);

/* --- Threads, tracing and architecture-specific calls ------------------------------------ */

/** See set_tid_address(2). r1 = the caller's thread id; the kernel clears *tidptr and wakes a futex on it when the
 * thread ends. The C library has set one: change it only where it does not run. */
ZCALL_API zcall_ret zcall_set_tid_address(int* tidptr);
/** See set_robust_list(2). r1 = 0; len is sizeof(zcall_robust_list_head). The C library has set one for each thread. */
ZCALL_API zcall_ret zcall_set_robust_list(zcall_robust_list_head* head, size_t len);
/** See get_robust_list(2). r1 = 0; pid 0 is the caller. */
ZCALL_API zcall_ret zcall_get_robust_list(int pid, zcall_robust_list_head** head, size_t* len);
/* See rseq(2). r1 = 0; ZCALL_EBUSY if the thread has one registered, as the C library registers for each thread
 * (glibc 2.35). */
ZCALL_SHARES_A_STRUCT_NAME_BEGIN
ZCALL_API zcall_ret zcall_rseq(struct zcall_rseq* rseq, uint32_t rseq_len, int flags, uint32_t sig);
ZCALL_SHARES_A_STRUCT_NAME_END
/** See process_madvise(2). r1 = bytes advised in the process behind pidfd; advice: ZCALL_MADV_COLD, _PAGEOUT,
 * _WILLNEED, _COLLAPSE. */
ZCALL_API zcall_ret zcall_process_madvise(int pidfd, const zcall_iovec* iov, size_t iovcnt, int advice,
                                          unsigned int flags);
/** See process_mrelease(2). r1 = 0; frees the memory of a process that is being killed. */
ZCALL_API zcall_ret zcall_process_mrelease(int pidfd, unsigned int flags);
/** See ptrace(2). r1 = what the request returns. The raw PEEK requests store the word read at data, where the C
 * library's wrapper returns it. */
ZCALL_API zcall_ret zcall_ptrace(long request, int pid, void* addr, void* data);
/** See perf_event_open(2). r1 = the new event fd; attr is a struct perf_event_attr of <linux/perf_event.h>, opaque
 * here.
 */
ZCALL_API zcall_ret zcall_perf_event_open(const void* attr, int pid, int cpu, int group_fd, unsigned long flags);
/** See bpf(2). r1 = what cmd returns, often a new fd; attr is a union bpf_attr of <linux/bpf.h>, opaque here. */
ZCALL_API zcall_ret zcall_bpf(int cmd, void* attr, unsigned int size);
#if defined(__x86_64__)
/** The codes of arch_prctl(2), x86_64's own. */
#define ZCALL_ARCH_SET_GS 0x1001
#define ZCALL_ARCH_SET_FS 0x1002
#define ZCALL_ARCH_GET_FS 0x1003
#define ZCALL_ARCH_GET_GS 0x1004
/** See arch_prctl(2), x86_64 only. r1 = 0; the ZCALL_ARCH_GET_* codes store the value at addr. */
ZCALL_API zcall_ret zcall_arch_prctl(int code, unsigned long addr);
#endif
#if defined(__riscv)
/* See riscv_hwprobe(2), riscv64 only (Linux 6.4). r1 = 0; fills each pair's value for its key, for the CPUs in cpus
 * (NULL: all). */
ZCALL_SHARES_A_STRUCT_NAME_BEGIN
ZCALL_API zcall_ret zcall_riscv_hwprobe(struct zcall_riscv_hwprobe* pairs, size_t pair_count, size_t cpusetsize,
                                        uint64_t* cpus, unsigned int flags);
ZCALL_SHARES_A_STRUCT_NAME_END
/** See riscv_flush_icache(2), riscv64 only. r1 = 0; makes code written to [start, end) visible to instruction fetch. */
ZCALL_API zcall_ret zcall_riscv_flush_icache(void* start, void* end, unsigned long flags);
#endif

/* --- Futexes ----------------------------------------------------------------------------- */

/** See futex(2). r1 = what op returns (woken waiters for wake, 0 for wait). */
ZCALL_API zcall_ret zcall_futex(uint32_t* uaddr, int op, uint32_t val, const zcall_timespec* timeout, uint32_t* uaddr2,
                                uint32_t val3);
/** The futex_op_ helpers are futex(2) with one operation, named after it (futex_wait, futex_wake
 * and futex_requeue are the futex2 syscalls below).
 * FUTEX_WAIT: sleeps while *uaddr == val, at most timeout (NULL: forever). r1 = 0; ZCALL_EAGAIN if *uaddr != val. */
ZCALL_API zcall_ret zcall_futex_op_wait(uint32_t* uaddr, uint32_t val, const zcall_timespec* timeout);
/** FUTEX_WAIT_PRIVATE: futex_op_wait for a futex that no other process maps. */
ZCALL_API zcall_ret zcall_futex_op_wait_private(uint32_t* uaddr, uint32_t val, const zcall_timespec* timeout);
/** FUTEX_WAKE: wakes at most n waiters. r1 = waiters woken. */
ZCALL_API zcall_ret zcall_futex_op_wake(uint32_t* uaddr, uint32_t n);
/** FUTEX_WAKE_PRIVATE: futex_op_wake for a futex that no other process maps. */
ZCALL_API zcall_ret zcall_futex_op_wake_private(uint32_t* uaddr, uint32_t n);
/* See futex_waitv(2). r1 = the index of the futex that woke; timeout is absolute on clockid. */
ZCALL_SHARES_A_STRUCT_NAME_BEGIN
ZCALL_API zcall_ret zcall_futex_waitv(struct zcall_futex_waitv* waiters, unsigned int nr_futexes, unsigned int flags,
                                      const zcall_timespec* timeout, int clockid);
/** futex2 (Linux 6.7), whose flags (ZCALL_FUTEX2_SIZE_U32, ZCALL_FUTEX2_PRIVATE, ...) give the word's size.
 * futex_requeue(2): waiters[0] is the futex to wake from, whose word must equal waiters[0].val; waiters[1] the one
 * to move the rest to. r1 = waiters woken plus waiters moved; flags is 0. */
ZCALL_API zcall_ret zcall_futex_requeue(struct zcall_futex_waitv* waiters, unsigned int flags, int nr_wake,
                                        int nr_requeue);
ZCALL_SHARES_A_STRUCT_NAME_END
/** futex_wait(2): sleeps while the word at uaddr equals val, until a wake whose mask shares a bit with mask, or the
 * absolute time timeout on clockid (NULL: forever). r1 = 0; ZCALL_EAGAIN if the word differs. */
ZCALL_API zcall_ret zcall_futex_wait(void* uaddr, unsigned long val, unsigned long mask, unsigned int flags,
                                     const zcall_timespec* timeout, int clockid);
/** futex_wake(2): wakes at most nr waiters whose mask shares a bit with mask. r1 = waiters woken. */
ZCALL_API zcall_ret zcall_futex_wake(void* uaddr, unsigned long mask, int nr, unsigned int flags);

/* --- io_uring ---------------------------------------------------------------------------- */

/** See io_uring_enter(2). r1 = SQEs consumed; argsz is the size of what arg points to (or 0). */
ZCALL_API zcall_ret zcall_io_uring_enter(int fd, unsigned int to_submit, unsigned int min_complete, unsigned int flags,
                                         const void* arg, size_t argsz);
/** See io_uring_register(2). r1 = what opcode returns, usually 0. */
ZCALL_API zcall_ret zcall_io_uring_register(int fd, unsigned int opcode, const void* arg, unsigned int nr_args);
/** See io_uring_setup(2). r1 = the ring's fd; the kernel fills *params with the ring offsets for mmap. */
ZCALL_API zcall_ret zcall_io_uring_setup(unsigned int entries, zcall_io_uring_params* params);

#ifdef __cplusplus
}
#endif

#endif
