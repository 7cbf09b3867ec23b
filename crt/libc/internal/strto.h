/*
 * The integer parser behind strtol and its family (stdlib/__minrt_strto.c).
 */
#ifndef MINRT_LIBC_STRTO_H
#define MINRT_LIBC_STRTO_H

/*
 * Parses an integer in base (0 or 2-36) as the strto* functions do; max
 * is the largest value of the result type. For a signed type (is_signed)
 * the result's range is [-max-1, max], else [0, max] with a '-' sign
 * negating in the unsigned type. Out of range: errno ERANGE and the
 * nearest end of the range. Returns the value's bits, for the caller to
 * convert to its type.
 */
unsigned long long __minrt_strto(const char *s, char **end, int base,
                                 unsigned long long max, int is_signed);

#endif
