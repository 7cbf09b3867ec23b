/*
 * Differential driver: ctype.h for every argument it accepts (EOF and
 * 0-255): which classes hold (as 0/1: the standard promises only
 * "nonzero"), tolower and toupper. See drv.h.
 */
#include <ctype.h>
#include "drv.h"

int main(int argc, char **argv)
{
	int c;

	drv_init(argc, argv);
	for (c = -1; c < 256; c++) {
		drv_case_begin();
		drv_i64(c);
		drv_str(" ");
		drv_u64(!!isalnum(c));
		drv_u64(!!isalpha(c));
		drv_u64(!!isblank(c));
		drv_u64(!!iscntrl(c));
		drv_u64(!!isdigit(c));
		drv_u64(!!isgraph(c));
		drv_u64(!!islower(c));
		drv_u64(!!isprint(c));
		drv_u64(!!ispunct(c));
		drv_u64(!!isspace(c));
		drv_u64(!!isupper(c));
		drv_u64(!!isxdigit(c));
		drv_str(" ");
		drv_i64(tolower(c));
		drv_str(" ");
		drv_i64(toupper(c));
		drv_case_end();
	}
	drv_group("ctype");
	drv_flush();
	return 0;
}
