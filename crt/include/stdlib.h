/*
 * stdlib.h - memory, process, conversions, sorting, integer arithmetic.
 *
 * malloc & co. are minrt's allocator (minrt_malloc ...) under the standard
 * names; exit() runs the atexit handlers and flushes stdio, as returning
 * from main does; abort() ends the process as minrt_abort does (SIGABRT,
 * 134 in a shell; 3 on Windows; 134 from QEMU). C locale, one thread.
 */
#ifndef _STDLIB_H
#define _STDLIB_H

#define __need_size_t
#define __need_wchar_t
#define __need_NULL
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* __extension__ keeps -pedantic C89 quiet about `long long`. */

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
/* The C locale's longest multibyte character. */
#define MB_CUR_MAX ((size_t)1)

typedef struct { int quot, rem; } div_t;
typedef struct { long quot, rem; } ldiv_t;
__extension__ typedef struct { long long quot, rem; } lldiv_t;

void *malloc(size_t);
void *calloc(size_t, size_t);
void *realloc(void *, size_t);
void free(void *);
void *aligned_alloc(size_t, size_t);
int posix_memalign(void **, size_t, size_t);

__attribute__((__noreturn__)) void exit(int);
__attribute__((__noreturn__)) void _Exit(int);
__attribute__((__noreturn__)) void abort(void);
int atexit(void (*)(void));
char *getenv(const char *);

long strtol(const char *__restrict, char **__restrict, int);
unsigned long strtoul(const char *__restrict, char **__restrict, int);
__extension__ long long strtoll(const char *__restrict, char **__restrict, int);
__extension__ unsigned long long strtoull(const char *__restrict, char **__restrict, int);
int atoi(const char *);
long atol(const char *);
__extension__ long long atoll(const char *);
double strtod(const char *__restrict, char **__restrict);
float strtof(const char *__restrict, char **__restrict);
double atof(const char *);

void qsort(void *, size_t, size_t, int (*)(const void *, const void *));
void *bsearch(const void *, const void *, size_t, size_t,
              int (*)(const void *, const void *));

int abs(int);
long labs(long);
__extension__ long long llabs(long long);
div_t div(int, int);
ldiv_t ldiv(long, long);
__extension__ lldiv_t lldiv(long long, long long);

#ifdef __cplusplus
}
#endif

#endif
