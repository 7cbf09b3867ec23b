/*
 * inttypes.h - printf/scanf conversions for the stdint.h types, and
 * strtoimax/strtoumax.
 *
 * The length modifier must name the type stdint.h really uses, or gcc's
 * format check warns even where the sizes agree. The compiler does not
 * say which type it chose, so it is derived:
 * - 64 bits: `long` where long is 64 bits (Linux), else `long long`
 *   (Windows, 32-bit targets).
 * - 32 bits: `int`, except on gcc's bare-metal ELF targets with a 32-bit
 *   long (arm-none-eabi, riscv*-elf), whose newlib ABI makes int32_t and
 *   int_least32_t `long` (int_fast32_t and intptr_t stay `int`).
 * - 8 and 16 bits: promoted to int, so plain "d".
 */
#ifndef _INTTYPES_H
#define _INTTYPES_H

#include <stdint.h>

#define __need_wchar_t
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct { intmax_t quot, rem; } imaxdiv_t;

intmax_t strtoimax(const char *__restrict, char **__restrict, int);
uintmax_t strtoumax(const char *__restrict, char **__restrict, int);
intmax_t imaxabs(intmax_t);
imaxdiv_t imaxdiv(intmax_t, intmax_t);

#ifdef __cplusplus
}
#endif

#if __LONG_MAX__ > 0x7fffffff
#define __MINRT_PRI64 "l"
#else
#define __MINRT_PRI64 "ll"
#endif
#if __LONG_MAX__ == 0x7fffffff && !defined(__linux__) && !defined(_WIN32)
#define __MINRT_PRI32 "l"
#else
#define __MINRT_PRI32 ""
#endif
/* width 64 -> the 64-bit modifier; 32 or less -> int */
#if __INT_FAST16_WIDTH__ == 64
#define __MINRT_PRIF16 __MINRT_PRI64
#else
#define __MINRT_PRIF16 ""
#endif
#if __INT_FAST32_WIDTH__ == 64
#define __MINRT_PRIF32 __MINRT_PRI64
#else
#define __MINRT_PRIF32 ""
#endif
#if __INTPTR_WIDTH__ == 64
#define __MINRT_PRIPTR __MINRT_PRI64
#else
#define __MINRT_PRIPTR ""
#endif

#define PRId8 "d"
#define PRId16 "d"
#define PRId32 __MINRT_PRI32 "d"
#define PRId64 __MINRT_PRI64 "d"
#define PRIdLEAST8 "d"
#define PRIdLEAST16 "d"
#define PRIdLEAST32 __MINRT_PRI32 "d"
#define PRIdLEAST64 __MINRT_PRI64 "d"
#define PRIdFAST8 "d"
#define PRIdFAST16 __MINRT_PRIF16 "d"
#define PRIdFAST32 __MINRT_PRIF32 "d"
#define PRIdFAST64 __MINRT_PRI64 "d"
#define PRIdMAX __MINRT_PRI64 "d"
#define PRIdPTR __MINRT_PRIPTR "d"

#define PRIi8 "i"
#define PRIi16 "i"
#define PRIi32 __MINRT_PRI32 "i"
#define PRIi64 __MINRT_PRI64 "i"
#define PRIiLEAST8 "i"
#define PRIiLEAST16 "i"
#define PRIiLEAST32 __MINRT_PRI32 "i"
#define PRIiLEAST64 __MINRT_PRI64 "i"
#define PRIiFAST8 "i"
#define PRIiFAST16 __MINRT_PRIF16 "i"
#define PRIiFAST32 __MINRT_PRIF32 "i"
#define PRIiFAST64 __MINRT_PRI64 "i"
#define PRIiMAX __MINRT_PRI64 "i"
#define PRIiPTR __MINRT_PRIPTR "i"

#define PRIu8 "u"
#define PRIu16 "u"
#define PRIu32 __MINRT_PRI32 "u"
#define PRIu64 __MINRT_PRI64 "u"
#define PRIuLEAST8 "u"
#define PRIuLEAST16 "u"
#define PRIuLEAST32 __MINRT_PRI32 "u"
#define PRIuLEAST64 __MINRT_PRI64 "u"
#define PRIuFAST8 "u"
#define PRIuFAST16 __MINRT_PRIF16 "u"
#define PRIuFAST32 __MINRT_PRIF32 "u"
#define PRIuFAST64 __MINRT_PRI64 "u"
#define PRIuMAX __MINRT_PRI64 "u"
#define PRIuPTR __MINRT_PRIPTR "u"

#define PRIo8 "o"
#define PRIo16 "o"
#define PRIo32 __MINRT_PRI32 "o"
#define PRIo64 __MINRT_PRI64 "o"
#define PRIoLEAST8 "o"
#define PRIoLEAST16 "o"
#define PRIoLEAST32 __MINRT_PRI32 "o"
#define PRIoLEAST64 __MINRT_PRI64 "o"
#define PRIoFAST8 "o"
#define PRIoFAST16 __MINRT_PRIF16 "o"
#define PRIoFAST32 __MINRT_PRIF32 "o"
#define PRIoFAST64 __MINRT_PRI64 "o"
#define PRIoMAX __MINRT_PRI64 "o"
#define PRIoPTR __MINRT_PRIPTR "o"

#define PRIx8 "x"
#define PRIx16 "x"
#define PRIx32 __MINRT_PRI32 "x"
#define PRIx64 __MINRT_PRI64 "x"
#define PRIxLEAST8 "x"
#define PRIxLEAST16 "x"
#define PRIxLEAST32 __MINRT_PRI32 "x"
#define PRIxLEAST64 __MINRT_PRI64 "x"
#define PRIxFAST8 "x"
#define PRIxFAST16 __MINRT_PRIF16 "x"
#define PRIxFAST32 __MINRT_PRIF32 "x"
#define PRIxFAST64 __MINRT_PRI64 "x"
#define PRIxMAX __MINRT_PRI64 "x"
#define PRIxPTR __MINRT_PRIPTR "x"

#define PRIX8 "X"
#define PRIX16 "X"
#define PRIX32 __MINRT_PRI32 "X"
#define PRIX64 __MINRT_PRI64 "X"
#define PRIXLEAST8 "X"
#define PRIXLEAST16 "X"
#define PRIXLEAST32 __MINRT_PRI32 "X"
#define PRIXLEAST64 __MINRT_PRI64 "X"
#define PRIXFAST8 "X"
#define PRIXFAST16 __MINRT_PRIF16 "X"
#define PRIXFAST32 __MINRT_PRIF32 "X"
#define PRIXFAST64 __MINRT_PRI64 "X"
#define PRIXMAX __MINRT_PRI64 "X"
#define PRIXPTR __MINRT_PRIPTR "X"

/* scanf stores through a pointer, so 8 and 16 bits need hh and h. */
#define SCNd8 "hhd"
#define SCNd16 "hd"
#define SCNd32 __MINRT_PRI32 "d"
#define SCNd64 __MINRT_PRI64 "d"
#define SCNdLEAST8 "hhd"
#define SCNdLEAST16 "hd"
#define SCNdLEAST32 __MINRT_PRI32 "d"
#define SCNdLEAST64 __MINRT_PRI64 "d"
#define SCNdMAX __MINRT_PRI64 "d"
#define SCNdPTR __MINRT_PRIPTR "d"
#define SCNi8 "hhi"
#define SCNi16 "hi"
#define SCNi32 __MINRT_PRI32 "i"
#define SCNi64 __MINRT_PRI64 "i"
#define SCNiMAX __MINRT_PRI64 "i"
#define SCNiPTR __MINRT_PRIPTR "i"
#define SCNu8 "hhu"
#define SCNu16 "hu"
#define SCNu32 __MINRT_PRI32 "u"
#define SCNu64 __MINRT_PRI64 "u"
#define SCNuLEAST8 "hhu"
#define SCNuLEAST16 "hu"
#define SCNuLEAST32 __MINRT_PRI32 "u"
#define SCNuLEAST64 __MINRT_PRI64 "u"
#define SCNuMAX __MINRT_PRI64 "u"
#define SCNuPTR __MINRT_PRIPTR "u"
#define SCNx8 "hhx"
#define SCNx16 "hx"
#define SCNx32 __MINRT_PRI32 "x"
#define SCNx64 __MINRT_PRI64 "x"
#define SCNxMAX __MINRT_PRI64 "x"
#define SCNxPTR __MINRT_PRIPTR "x"
#define SCNo8 "hho"
#define SCNo16 "ho"
#define SCNo32 __MINRT_PRI32 "o"
#define SCNo64 __MINRT_PRI64 "o"
#define SCNoMAX __MINRT_PRI64 "o"
#define SCNoPTR __MINRT_PRIPTR "o"

#endif
