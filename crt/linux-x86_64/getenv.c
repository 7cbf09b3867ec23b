#include "minrt.h"

extern char **__minrt_environ;

/* Each entry is "NAME=value": match the name, then require the '='. */
char *minrt_getenv(const char *name)
{
	char **e = __minrt_environ;

	if (!e)
		return 0;
	for (; *e; e++) {
		const char *p = *e, *n = name;

		while (*n && *p == *n)
			p++, n++;
		if (!*n && *p == '=')
			return (char *)p + 1;
	}
	return 0;
}
