// Empty translation unit: CLibElf only re-exports <libelf.h> and <gelf.h> (see include/CLibElf.h).
