/*
 * floatscan.h - text to a binary floating-point value, correctly rounded:
 * the core of strtod, strtof, atof and scanf's %f (internal/floatscan.c).
 */
#ifndef MINRT_FLOATSCAN_H
#define MINRT_FLOATSCAN_H

#include <stdint.h>

/*
 * Reads what strtod accepts from s (leading white space, sign, decimal or
 * hex digits, exponent, inf, infinity, nan, nan(chars)); *end gets the
 * first byte not used (s when there was no number). Returns the bits of
 * the nearest value (ties to even) with mbits fraction bits and ebits
 * exponent bits: 52/11 for double, 23/8 for float. Sets errno to ERANGE
 * when the result overflows to infinity, or underflows (is zero or
 * subnormal) and is inexact, as glibc does.
 */
uint64_t __minrt_floatscan(const char *s, char **end, int mbits, int ebits);

#endif
