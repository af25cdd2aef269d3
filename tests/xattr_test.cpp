// SPDX-License-Identifier: MIT
// Extended attributes, by path (setxattr, getxattr, listxattr, removexattr), by path without
// following a final symlink (the l forms) and by descriptor (the f forms). The user namespace
// of a file in /tmp, which the test makes and removes.
#include <fcntl.h>
#include <sys/xattr.h>

#include <cerrno>
#include <string>

#include "helpers.hpp"

namespace {

constexpr char name[] = "user.zcall";

// Whether the file system of dir takes user.* attributes: asked through the C library.
bool takes_user_xattrs(const t_tmpdir& dir) {
  const std::string probe = dir.path("probe");
  if (!t_put(dir.fd(), "probe", "")) return false;
  return ::setxattr(probe.c_str(), "user.probe", "", 0, 0) == 0 || errno != ENOTSUP;
}

#define SKIP_WITHOUT_USER_XATTRS(dir) \
  if (!takes_user_xattrs(dir)) GTEST_SKIP() << "the file system of /tmp takes no user.* extended attributes"

// Names in a listxattr buffer.
std::string names(const char* list, std::size_t size) { return std::string(list, size); }

TEST(xattr_path, set_get_list_and_remove_by_path) {
  T_TMPDIR(dir);
  SKIP_WITHOUT_USER_XATTRS(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", ""));
  const std::string f = dir.path("f");
  T_EXPECT_OK(zcall_setxattr(f.c_str(), name, "v1", 2, ZCALL_XATTR_CREATE));
  T_EXPECT_ERR(zcall_setxattr(f.c_str(), name, "v2", 2, ZCALL_XATTR_CREATE), EEXIST);
  EXPECT_EQ(T_EXPECT_OK(zcall_getxattr(f.c_str(), name, nullptr, 0)), 2u) << "size 0 asks for the size";
  char value[16] = {};
  EXPECT_EQ(T_EXPECT_OK(zcall_getxattr(f.c_str(), name, value, sizeof value)), 2u);
  EXPECT_EQ(std::string(value, 2), "v1");
  T_EXPECT_ERR(zcall_getxattr(f.c_str(), name, value, 1), ERANGE);
  char list[256];
  const std::size_t n = T_EXPECT_OK(zcall_listxattr(f.c_str(), list, sizeof list));
  EXPECT_NE(names(list, n).find(std::string(name) + '\0'), std::string::npos);
  T_EXPECT_OK(zcall_removexattr(f.c_str(), name));
  T_EXPECT_ERR(zcall_getxattr(f.c_str(), name, value, sizeof value), ENODATA);
  T_EXPECT_ERR(zcall_removexattr(f.c_str(), name), ENODATA);
  T_EXPECT_ERR(zcall_setxattr(f.c_str(), name, "v", 1, ZCALL_XATTR_REPLACE), ENODATA);
  T_EXPECT_ERR(zcall_setxattr(dir.path("missing").c_str(), name, "v", 1, 0), ENOENT);
  T_EXPECT_ERR(zcall_listxattr(dir.path("missing").c_str(), list, sizeof list), ENOENT);
}

TEST(xattr_link, the_l_forms_act_on_the_symlink_itself) {
  T_TMPDIR(dir);
  SKIP_WITHOUT_USER_XATTRS(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", ""));
  ASSERT_EQ(symlinkat("f", dir.fd(), "link"), 0);
  const std::string f = dir.path("f"), link = dir.path("link");
  // Through the link, the plain form reaches the file; the l form stays on the link, where user.* is refused.
  T_EXPECT_OK(zcall_setxattr(link.c_str(), name, "via", 3, 0));
  T_EXPECT_ERR(zcall_lsetxattr(link.c_str(), name, "v", 1, 0), EPERM);
  char value[16];
  EXPECT_EQ(T_EXPECT_OK(zcall_lgetxattr(f.c_str(), name, value, sizeof value)), 3u);
  T_EXPECT_ERR(zcall_lgetxattr(link.c_str(), name, value, sizeof value), ENODATA);
  char list[256];
  EXPECT_EQ(T_EXPECT_OK(zcall_llistxattr(link.c_str(), list, sizeof list)), 0u);
  EXPECT_GT(T_EXPECT_OK(zcall_llistxattr(f.c_str(), list, sizeof list)), 0u);
  T_EXPECT_ERR(zcall_lremovexattr(link.c_str(), name), EPERM);
  T_EXPECT_OK(zcall_lsetxattr(f.c_str(), "user.other", "x", 1, 0));
  T_EXPECT_OK(zcall_lremovexattr(f.c_str(), name));
  T_EXPECT_ERR(zcall_getxattr(f.c_str(), name, value, sizeof value), ENODATA);
}

TEST(xattr_fd, the_f_forms_act_on_an_open_file) {
  T_TMPDIR(dir);
  SKIP_WITHOUT_USER_XATTRS(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", ""));
  t_fd fd(openat(dir.fd(), "f", O_RDONLY | O_CLOEXEC));
  T_EXPECT_OK(zcall_fsetxattr(fd.get(), name, "fd", 2, 0));
  char value[16];
  EXPECT_EQ(T_EXPECT_OK(zcall_fgetxattr(fd.get(), name, value, sizeof value)), 2u);
  EXPECT_EQ(std::string(value, 2), "fd");
  char list[256];
  const std::size_t n = T_EXPECT_OK(zcall_flistxattr(fd.get(), list, sizeof list));
  EXPECT_NE(names(list, n).find(std::string(name) + '\0'), std::string::npos);
  T_EXPECT_ERR(zcall_flistxattr(fd.get(), list, 1), ERANGE);
  T_EXPECT_OK(zcall_fremovexattr(fd.get(), name));
  T_EXPECT_ERR(zcall_fgetxattr(fd.get(), name, value, sizeof value), ENODATA);
  T_EXPECT_ERR(zcall_fsetxattr(fd.get(), name, "v", 1, 0x8), EINVAL);
  T_EXPECT_ERR(zcall_fsetxattr(-1, name, "v", 1, 0), EBADF);
  T_EXPECT_ERR(zcall_fremovexattr(-1, name), EBADF);
}

TEST(cpp_xattr, results_and_errnos) {
  T_TMPDIR(dir);
  SKIP_WITHOUT_USER_XATTRS(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", ""));
  const std::string f = dir.path("f");
  EXPECT_FALSE(zcall::setxattr(f.c_str(), name, "abc", 3));
  auto [size, err] = zcall::getxattr(f.c_str(), name, nullptr, 0);
  EXPECT_FALSE(err);
  EXPECT_EQ(size, 3u);
  EXPECT_EQ(zcall::setxattr(f.c_str(), name, "abc", 3, zcall::xattr::CREATE), zcall::Errno::EXIST);
  EXPECT_FALSE(zcall::removexattr(f.c_str(), name));
  EXPECT_EQ(zcall::removexattr(f.c_str(), name), zcall::Errno::NODATA);
}

// --- The *xattrat calls (Linux 6.13) ----------------------------------------------------------------

TEST(xattr_at, set_get_list_and_remove_relative_to_a_directory) {
  T_SKIP_WITHOUT_SYSCALL(listxattrat, -1, nullptr, 0, nullptr, 0);
  T_TMPDIR(dir);
  SKIP_WITHOUT_USER_XATTRS(dir);
  ASSERT_TRUE(t_put(dir.fd(), "f", ""));
  char value[] = "at";
  zcall_xattr_args args = {reinterpret_cast<std::uintptr_t>(value), 2, ZCALL_XATTR_CREATE};
  T_EXPECT_OK(zcall_setxattrat(dir.fd(), "f", 0, name, &args, sizeof args));
  T_EXPECT_ERR(zcall_setxattrat(dir.fd(), "f", 0, name, &args, sizeof args), EEXIST);
  char back[8] = {};
  zcall_xattr_args get = {reinterpret_cast<std::uintptr_t>(back), sizeof back, 0};
  EXPECT_EQ(T_EXPECT_OK(zcall_getxattrat(dir.fd(), "f", 0, name, &get, sizeof get)), 2u);
  EXPECT_EQ(std::string(back, 2), "at");
  char list[256];
  const std::size_t n = T_EXPECT_OK(zcall_listxattrat(dir.fd(), "f", 0, list, sizeof list));
  EXPECT_NE(names(list, n).find(std::string(name) + '\0'), std::string::npos);
  T_EXPECT_OK(zcall_removexattrat(dir.fd(), "f", 0, name));
  T_EXPECT_ERR(zcall_removexattrat(dir.fd(), "f", 0, name), ENODATA);
}

TEST(xattr_at, fails_with_einval_for_bad_at_flags_or_size_and_enoent) {
  T_SKIP_WITHOUT_SYSCALL(listxattrat, -1, nullptr, 0, nullptr, 0);
  T_TMPDIR(dir);
  zcall_xattr_args args = {};
  T_EXPECT_ERR(zcall_getxattrat(dir.fd(), "missing", 0, name, &args, sizeof args), ENOENT);
  T_EXPECT_ERR(zcall_getxattrat(dir.fd(), ".", 0x1, name, &args, sizeof args), EINVAL);
  T_EXPECT_ERR(zcall_setxattrat(dir.fd(), ".", 0, name, &args, 8), EINVAL);
  char list[16];
  T_EXPECT_ERR(zcall_listxattrat(dir.fd(), ".", 0x1, list, sizeof list), EINVAL);
  T_EXPECT_ERR(zcall_removexattrat(dir.fd(), "missing", 0, name), ENOENT);
}

}  // namespace
