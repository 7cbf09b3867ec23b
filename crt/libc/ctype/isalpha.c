/* isalpha: a letter (C locale: ASCII only). Setting bit 5 maps 'A'-'Z' onto 'a'-'z' and nothing else onto them. */
#include <ctype.h>

int isalpha(int c)
{
	return ((unsigned)c | 32) - 'a' < 26;
}
