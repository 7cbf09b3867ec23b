/*
 * utf.h - UTF-16 (what Windows speaks) to UTF-8 (what minrt's API speaks)
 * and back, without kernel32's converters: these are a few loops, and
 * unlike WideCharToMultiByte they keep unpaired surrogates (legal in
 * Windows file names and command lines) as WTF-8, the encoding Rust's
 * OsString uses, so nothing is lost on the way.
 */
#ifndef MINRT_UTF_H
#define MINRT_UTF_H

#include "kernel32.h"

/* Encodes n UTF-16 units of src into dst (room for 3 bytes per unit);
 * returns the bytes written. No NUL is added. */
size_t __minrt_utf16_to_8(char *dst, const __minrt_wchar *src, size_t n);

/* Decodes the NUL-terminated UTF-8 (or WTF-8) string src into dst (room
 * for strlen(src) + 1 units), NUL-terminated; returns the units before the
 * NUL. A malformed sequence becomes U+FFFD. */
size_t __minrt_utf8_to_16(__minrt_wchar *dst, const char *src);

#endif
