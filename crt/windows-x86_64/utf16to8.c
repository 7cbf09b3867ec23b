#include "utf.h"

size_t __minrt_utf16_to_8(char *dst, const __minrt_wchar *src, size_t n)
{
	unsigned char *d = (unsigned char *)dst;
	const __minrt_wchar *end = src + n;

	while (src < end) {
		uint32_t c = *src++;

		if (c < 0x80) {
			*d++ = (unsigned char)c;
			continue;
		}
		if (c < 0x800) {
			*d++ = (unsigned char)(0xc0 | c >> 6);
		} else {
			/* A high surrogate and a low one make one code point above
			 * U+FFFF (4 bytes); any other unit, an unpaired surrogate
			 * included, takes 3. */
			if (c - 0xd800 < 0x400 && src < end && *src - 0xdc00u < 0x400) {
				c = 0x10000 + ((c - 0xd800) << 10) + (*src++ - 0xdc00u);
				*d++ = (unsigned char)(0xf0 | c >> 18);
				*d++ = (unsigned char)(0x80 | (c >> 12 & 0x3f));
			} else {
				*d++ = (unsigned char)(0xe0 | c >> 12);
			}
			*d++ = (unsigned char)(0x80 | (c >> 6 & 0x3f));
		}
		*d++ = (unsigned char)(0x80 | (c & 0x3f));
	}
	return (size_t)(d - (unsigned char *)dst);
}
