#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "CWirewatchShims.h"

#ifndef RENAME_NOREPLACE
#define RENAME_NOREPLACE (1 << 0)
#endif

int ww_rename_noreplace(const char *from, const char *to) {
#ifdef SYS_renameat2
    long r = syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE);
    if (r == 0) return 0;
    if (errno != EINVAL && errno != ENOSYS) return -1;
#endif
    /* Fallback: link fails with EEXIST instead of replacing; then drop the old name. */
    if (link(from, to) != 0) return -1;
    if (unlink(from) != 0) {
        int saved = errno;
        unlink(to);
        errno = saved;
        return -1;
    }
    return 0;
}
