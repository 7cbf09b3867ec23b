/*
 * stdio_impl.h - the FILE structure and the formatting core's interface,
 * shared by the files of crt/libc/stdio. Not public: names are __minrt_.
 *
 * One FILE per standard stream, each with a static buffer (bss: it costs
 * no file bytes). Output is accumulated in buf[0..pos); input is read from
 * buf[pos..end). A stream is used for one direction only (stdin reads,
 * stdout/stderr write), so one pair of indices serves both.
 *
 * Buffering decides when the buffer goes out: full (when it fills, fflush,
 * exit), line (also at the end of any call that wrote a '\n') and none (at
 * the end of every call; the buffer then only gathers one call's pieces, so
 * that a printf to stderr is one write, as with musl and glibc).
 */
#ifndef MINRT_STDIO_IMPL_H
#define MINRT_STDIO_IMPL_H

#include <stdio.h>
#include <stdarg.h>
#include <stdint.h>

struct __minrt_FILE {
	unsigned char *buf;
	unsigned pos, end, size;
	int fd;
	unsigned char mode;	/* _IOFBF, _IOLBF or _IONBF */
	unsigned char flags;	/* F_* below */
};

#define F_ERR 1		/* a write or read failed (ferror) */
#define F_EOF 2		/* end of input seen (feof) */
#define F_NL 4		/* a '\n' is buffered (line mode flushes at call end) */
#define F_TTY 8		/* mode not decided yet: ask whether fd is a terminal */

/* Whether stdout's buffering depends on a terminal. Not on Cortex-M: the
 * semihosting console is the only output there, and line-buffered. */
#if defined(__arm__)
#define STDIO_ASKS_TTY 0
#else
#define STDIO_ASKS_TTY 1
#endif

/* Empties f's output buffer; 0, or EOF with errno set and F_ERR. */
int __minrt_fflush(FILE *f);
/* Buffers (or writes) n bytes; returns n, or less after a write error. */
size_t __minrt_fwrite(const void *s, size_t n, FILE *f);
/* What ends every output call: flushes as f's buffering mode says. */
int __minrt_fend(FILE *f);
/* Decides f's mode on its first use: line-buffered on a terminal. */
void __minrt_ftty(FILE *f);
/* Reads more input into f's buffer; 0 at end or error. */
int __minrt_frefill(FILE *f);
/* Flushes stdout: exit()'s stdio hook. */
void __minrt_stdio_exit(void);
/* Whether fd is a terminal (Linux TCGETS, Windows GetConsoleMode). */
int __minrt_isatty(int fd);

/*
 * The formatting core (vfmt.c) writes through an `out`: a FILE or a string
 * with a limit. `put` takes every piece; `count` is what the call would
 * have written in all, so snprintf can return it past the limit.
 */
struct __minrt_out {
	void (*put)(struct __minrt_out *o, const char *s, size_t n);
	size_t count;
	FILE *f;		/* the FILE output */
	char *p, *lim;		/* the string output: next byte, last usable byte */
};

/* Conversion flags and a parsed conversion, for the floating formatter. */
#define FL_LEFT 1
#define FL_PLUS 2
#define FL_SPACE 4
#define FL_ALT 8
#define FL_ZERO 16
#define FL_UPPER 32

struct __minrt_spec {
	int width;
	int prec;		/* -1: none given */
	unsigned flags;
	char conv;		/* the conversion letter, lowercased: f e g a */
	const char *text;	/* the conversion as written, from its '%' */
	size_t text_len;
};

int __minrt_vfmt(struct __minrt_out *o, const char *fmt, va_list ap);
/* Writes n copies of c. */
void __minrt_fmt_pad(struct __minrt_out *o, char c, size_t n);
/*
 * Formats one double for %f %e %g %a (fmt_fp.c). vfmt calls it through
 * this name, which -Wl,--defsym=__minrt_printf_fp=__minrt_printf_nofp
 * points at the integer-only stand-in (printf_nofp.c) instead.
 */
void __minrt_printf_fp(struct __minrt_out *o, double v, const struct __minrt_spec *sp);
void __minrt_printf_nofp(struct __minrt_out *o, double v, const struct __minrt_spec *sp);

/* The string and FILE outputs. */
void __minrt_out_str(struct __minrt_out *o, const char *s, size_t n);
void __minrt_out_file(struct __minrt_out *o, const char *s, size_t n);

#endif
