#include "utf.h"

size_t __minrt_utf8_to_16(__minrt_wchar *dst, const char *src)
{
	const unsigned char *s = (const unsigned char *)src;
	__minrt_wchar *d = dst;

	while (*s) {
		uint32_t c = *s++;
		int more = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;

		if (c >= 0x80) {
			/* The lead byte's payload bits, then 6 from each continuation
			 * byte; a missing continuation byte or a stray one (0x80-0xbf,
			 * more == 0, or a lead above 0xf4) makes U+FFFD. */
			c &= 0x3f >> more;
			for (; more && (*s & 0xc0) == 0x80; more--)
				c = c << 6 | (*s++ & 0x3f);
			if (more || c < 0x80 || c > 0x10ffff)
				c = 0xfffd;
		}
		if (c >= 0x10000) {
			c -= 0x10000;
			*d++ = (__minrt_wchar)(0xd800 | c >> 10);
			c = 0xdc00 | (c & 0x3ff);
		}
		*d++ = (__minrt_wchar)c;
	}
	*d = 0;
	return (size_t)(d - dst);
}
