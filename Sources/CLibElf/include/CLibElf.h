// Exposes the system libelf (Debian libelf-dev) to Swift: Kiln writes ELF objects through it.
// Also declares the one helper libelf needs from the OS: an anonymous, unnamed scratch file.
#include <libelf.h>
#include <gelf.h>

/// Returns a read/write file descriptor for an anonymous scratch file (memfd_create, falling back
/// to an unlinked temp file in $TMPDIR or /tmp), or -1 with errno set. Close-on-exec.
int kiln_elf_scratch_fd(void);
