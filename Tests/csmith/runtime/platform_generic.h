/* platform_generic.h: Kiln's csmith-compatible platform hooks. csmith's generated main() calls
 * platform_main_begin() first and platform_main_end(crc, print_hash_value) last; the latter prints
 * the final "checksum = %X" line that test harnesses compare. No platform-specific behaviour. */
#ifndef KILN_CSMITH_PLATFORM_GENERIC_H
#define KILN_CSMITH_PLATFORM_GENERIC_H
#include <stdio.h>
#include <stdint.h>

static void platform_main_begin(void) {
    /* nothing to set up */
}

static void platform_main_end(uint32_t crc, int flag) {
    (void)flag;
    printf("checksum = %X\n", (unsigned)crc);
}
#endif
