/*
 * math.h - the small part of it that parsers and formatters need: fabs,
 * floor, ceil, trunc, round, fmod, sqrt (exact results, all of them), and
 * the classification macros. Programs that need a full libm on Cortex-M
 * use newlib's.
 */
#ifndef _MATH_H
#define _MATH_H

#ifdef __cplusplus
extern "C" {
#endif

#define HUGE_VAL (__builtin_huge_val())
#define HUGE_VALF (__builtin_huge_valf())
#define INFINITY (__builtin_inff())
#define NAN (__builtin_nanf(""))

#define isnan(x) __builtin_isnan(x)
#define isinf(x) __builtin_isinf(x)
#define isfinite(x) __builtin_isfinite(x)
#define signbit(x) __builtin_signbit(x)

double fabs(double);
double floor(double);
double ceil(double);
double trunc(double);
double round(double);
double fmod(double, double);
double sqrt(double);

#ifdef __cplusplus
}
#endif

#endif
