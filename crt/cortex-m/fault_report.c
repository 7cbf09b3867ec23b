/*
 * The default fault report, on stderr:
 *     hard fault            (or: stack overflow, unhandled exception)
 *     ipsr  0x00000003
 *     r0    0x00000000
 *     ...                   r1 r2 r3 r12 lr pc xpsr, if stacked
 *     cfsr  0x00000400      cfsr hfsr mmfar bfar, ARMv7-M only
 *     ...
 * Fixed-width hex, one register a line: easy to read and to grep.
 */
#include "minrt.h"
#include "minrt_cortex_m.h"
#include "scb.h"

/* "ipsr" then the names of reg[], NUL-padded to 5 columns (no NUL after
 * "mmfar": the width is fixed, the strings need no end). */
static const char names[13][5] = {
	"ipsr", "r0", "r1", "r2", "r3", "r12", "lr", "pc", "xpsr", "cfsr", "hfsr", "mmfar", "bfar",
};

static void line(int i, uint32_t v)
{
	char buf[17];
	int n;

	for (n = 0; n < 5; n++)
		buf[n] = names[i][n] ? names[i][n] : ' ';
	buf[5] = ' ';
	buf[6] = '0';
	buf[7] = 'x';
	for (n = 15; n > 7; n--, v >>= 4)
		buf[n] = "0123456789abcdef"[v & 15];
	buf[16] = '\n';
	minrt_write_all(2, buf, sizeof buf);
}

__attribute__((weak)) void minrt_fault_report(const struct minrt_fault *f)
{
	int i;

	/* Lengths by hand: minrt_puts would pull strlen in for these. */
	if (!f->stacked)
		minrt_write_all(2, "stack overflow\n", 15);
	else if (f->exception == 3)
		minrt_write_all(2, "hard fault\n", 11);
	else
		minrt_write_all(2, "unhandled exception\n", 20);
	line(0, f->exception);
	for (i = f->stacked ? 0 : 8; i < (MINRT_ARMV7M ? 12 : 8); i++)
		line(i + 1, f->reg[i]);
}
