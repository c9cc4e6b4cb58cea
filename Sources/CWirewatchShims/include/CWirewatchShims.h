#ifndef CWIREWATCH_SHIMS_H
#define CWIREWATCH_SHIMS_H

/// Renames `from` to `to` (both relative to the working directory or absolute) without
/// replacing an existing `to`. Returns 0, or -1 with errno set (EEXIST when `to` exists).
/// Uses renameat2(RENAME_NOREPLACE); on file systems without it, falls back to link+unlink,
/// which is equally atomic for the claimant and never overwrites.
int ww_rename_noreplace(const char *from, const char *to);

#endif
