// The scratch file libelf writes an object into before Kiln reads the bytes back: a memfd (no name
// in any file system), or, where memfd_create is unavailable, a temp file unlinked right away.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>
#include "CLibElf.h"

int kiln_elf_scratch_fd(void) {
  int fd = memfd_create("kiln-elf", MFD_CLOEXEC);
  if (fd >= 0) return fd;
  const char *dir = getenv("TMPDIR");
  if (dir == NULL || dir[0] == '\0') dir = "/tmp";
  char path[4096];
  int n = snprintf(path, sizeof path, "%s/kiln-elf-XXXXXX", dir);
  if (n < 0 || (size_t)n >= sizeof path) { errno = ENAMETOOLONG; return -1; }
  fd = mkostemp(path, O_CLOEXEC);
  if (fd < 0) return -1;
  unlink(path);
  return fd;
}
