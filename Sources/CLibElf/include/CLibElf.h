// Exposes the system libelf (Debian libelf-dev) to Swift: Kiln writes ELF objects through it.
#include <libelf.h>
#include <gelf.h>
