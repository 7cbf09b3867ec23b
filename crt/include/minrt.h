/*
 * minrt.h - the public C API of minrt, the same on every target.
 *
 * A program's entry is the ordinary `int main(int argc, char **argv, char **envp)`
 * (or any of its standard forms); minrt's startup calls it and exits with its
 * value. System calls report errors as negative errno values (-EBADF, ...),
 * never through a global errno. Exit statuses follow the table in README.
 */
#ifndef MINRT_H
#define MINRT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* --- console and process ------------------------------------------------- */

/* Writes up to len bytes to fd (0 in, 1 out, 2 err); bytes written or -errno. */
long minrt_write(int fd, const void *buf, size_t len);
/* Reads up to len bytes from fd; bytes read (0 at end of input) or -errno. */
long minrt_read(int fd, void *buf, size_t len);
/* Writes all of buf, retrying short writes; 0 on success or -errno. */
long minrt_write_all(int fd, const void *buf, size_t len);
/* Ends the process with status (low 8 bits seen by a POSIX parent). */
_Noreturn void minrt_exit(int status);
/* Ends the process abnormally: SIGABRT on Linux, 3 on Windows, 134 on Cortex-M. */
_Noreturn void minrt_abort(void);
/* The value of environment variable name, or NULL (Windows: UTF-8 copy, freed never). */
char *minrt_getenv(const char *name);

/* --- panic ---------------------------------------------------------------- */

/* Prints "panicked at FILE:LINE:COL:" and msg (if not NULL) on stderr, exits 101. */
_Noreturn void minrt_panic(const char *file, unsigned line, unsigned col, const char *msg);
/* minrt_panic with counted strings (for Rust's &str); msg may be NULL. */
_Noreturn void minrt_panic_n(const char *file, size_t file_len, unsigned line,
                             unsigned col, const char *msg, size_t msg_len);
/* Marks the start of a panic; aborts at once if the process is already panicking. */
void minrt_panic_begin(void);
/* Panic at the caller's file and line (C has no column: 0). */
#define MINRT_PANIC(msg) minrt_panic(__FILE__, __LINE__, 0, (msg))

/* --- printer (no format strings, no buffering) ---------------------------- */

/* Writes the NUL-terminated string s to fd; 0 or -errno. */
long minrt_puts(int fd, const char *s);
/* Formats v in decimal into buf (at least 20 bytes); returns the length. */
size_t minrt_fmt_u64(char *buf, uint64_t v);
/* Formats v in decimal, with '-' when negative, into buf (at least 20 bytes). */
size_t minrt_fmt_i64(char *buf, int64_t v);
/* Formats v as "0x" and lowercase hex digits, no leading zeros, into buf (>= 18 bytes). */
size_t minrt_fmt_hex(char *buf, uint64_t v);
/* Writes v in decimal to fd; 0 or -errno. */
long minrt_print_u64(int fd, uint64_t v);
/* Writes v in decimal to fd; 0 or -errno. */
long minrt_print_i64(int fd, int64_t v);
/* Writes v as 0x-prefixed hex to fd; 0 or -errno. */
long minrt_print_hex(int fd, uint64_t v);

/* --- heap ------------------------------------------------------------------ */

/* len bytes aligned for any object (16 on 64-bit targets, 8 on 32-bit), or NULL. */
void *minrt_malloc(size_t len);
/* Frees p (NULL is a no-op); aborts on a pointer the allocator did not return. */
void minrt_free(void *p);
/* n*len zeroed bytes, or NULL (also when n*len overflows). */
void *minrt_calloc(size_t n, size_t len);
/* Resizes p to len bytes, in place when it can; NULL (p untouched) on failure. */
void *minrt_realloc(void *p, size_t len);
/* len bytes aligned to align (a power of two), or NULL. */
void *minrt_aligned_alloc(size_t align, size_t len);

/* --- memory and strings (the compiler also emits calls to these) ---------- */

void *memcpy(void *restrict dst, const void *restrict src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
int bcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);

#ifdef __cplusplus
}
#endif

#endif
