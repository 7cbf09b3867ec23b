#include "../internal/stdio_impl.h"

char *fgets(char *__restrict s, int n, FILE *__restrict f)
{
	char *p = s;

	if (n <= 0)
		return 0;
	while (--n) {
		int c = fgetc(f);

		if (c == EOF) {
			if (p == s || (f->flags & F_ERR))
				return 0;
			break;
		}
		*p++ = (char)c;
		if (c == '\n')
			break;
	}
	*p = 0;
	return s;
}
