/*
 * stdio.h - minrt's standard I/O subset: formatted output to stdout, stderr
 * and strings, formatted input from strings, and line/character I/O on the
 * three standard streams. C locale, single thread. No fopen: a minrt
 * program's files are minrt_* calls or the glue crate's.
 *
 * stdout is buffered (flushed when full, by fflush and at exit; line by line
 * when it is a terminal, and always on Cortex-M, whose semihosting console
 * is one), stderr is unbuffered. Floating conversions (%f %e %g %a) are
 * linked by default; a program linked with
 * -Wl,--defsym=__minrt_printf_fp=__minrt_printf_nofp leaves them out and
 * prints such a conversion's text unchanged (README, "printf").
 */
#ifndef _STDIO_H
#define _STDIO_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct __minrt_FILE FILE;

#define EOF (-1)
#define BUFSIZ 1024
#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2

extern FILE *const stdin;
extern FILE *const stdout;
extern FILE *const stderr;
#define stdin (stdin)
#define stdout (stdout)
#define stderr (stderr)

int printf(const char *__restrict fmt, ...) __attribute__((__format__(__printf__, 1, 2)));
int fprintf(FILE *__restrict f, const char *__restrict fmt, ...)
	__attribute__((__format__(__printf__, 2, 3)));
int sprintf(char *__restrict buf, const char *__restrict fmt, ...)
	__attribute__((__format__(__printf__, 2, 3)));
int snprintf(char *__restrict buf, size_t n, const char *__restrict fmt, ...)
	__attribute__((__format__(__printf__, 3, 4)));
int vprintf(const char *__restrict fmt, __builtin_va_list ap)
	__attribute__((__format__(__printf__, 1, 0)));
int vfprintf(FILE *__restrict f, const char *__restrict fmt, __builtin_va_list ap)
	__attribute__((__format__(__printf__, 2, 0)));
int vsprintf(char *__restrict buf, const char *__restrict fmt, __builtin_va_list ap)
	__attribute__((__format__(__printf__, 2, 0)));
int vsnprintf(char *__restrict buf, size_t n, const char *__restrict fmt, __builtin_va_list ap)
	__attribute__((__format__(__printf__, 3, 0)));

int sscanf(const char *__restrict s, const char *__restrict fmt, ...)
	__attribute__((__format__(__scanf__, 2, 3)));
int vsscanf(const char *__restrict s, const char *__restrict fmt, __builtin_va_list ap)
	__attribute__((__format__(__scanf__, 2, 0)));

int fputc(int c, FILE *f);
int putc(int c, FILE *f);
int putchar(int c);
int fputs(const char *__restrict s, FILE *__restrict f);
int puts(const char *s);
size_t fwrite(const void *__restrict p, size_t size, size_t n, FILE *__restrict f);
int fflush(FILE *f);

int fgetc(FILE *f);
int getc(FILE *f);
int getchar(void);
char *fgets(char *__restrict s, int n, FILE *__restrict f);
int ungetc(int c, FILE *f);

int ferror(FILE *f);
int feof(FILE *f);
void clearerr(FILE *f);
int setvbuf(FILE *__restrict f, char *__restrict buf, int mode, size_t size);

#ifdef __cplusplus
}
#endif

#endif
