/*
 * Splitting the command line into arguments by the rules of Microsoft's C
 * runtime ("Parsing C command-line arguments" in its documentation), so a
 * minrt program sees the argv an MSVC-built one would:
 *
 *   - argv[0], the program name, ends at the first space or tab outside
 *     double quotes; its quotes are dropped and backslashes are literal.
 *   - Other arguments are separated by runs of spaces and tabs.
 *   - Double quotes start and end a quoted part, in which whitespace is
 *     literal; a quoted part can sit inside an argument (a"b c"d is "ab cd").
 *   - Inside a quoted part, "" is one literal quote and the part goes on.
 *   - 2n backslashes before a quote are n backslashes and the quote quotes;
 *     2n+1 backslashes before a quote are n backslashes and a literal quote.
 *   - Backslashes not before a quote are literal.
 *   - A quoted part the line ends in is closed by the end.
 *
 * The line arrives here already converted to UTF-8, where every byte of a
 * multi-byte character is >= 0x80, so working on bytes can never split or
 * misread a character. (One difference from the CRT, which splits UTF-16:
 * a surrogate pair with a quote between its halves stays two unpaired
 * halves here. No real command line contains that.)
 *
 * The split is done in place: the output never runs ahead of the input,
 * since each argument consumes at least the separator its NUL replaces.
 */

static int blank(char c)
{
	return c == ' ' || c == '\t';
}

/* Splits the NUL-terminated line s into argc strings, each NUL-terminated,
 * back to back from s; returns argc (at least 1: argv[0] may be ""). */
int __minrt_split_cmdline(char *s)
{
	const char *r = s;
	char *w = s;
	int argc = 0, quoted = 0;
	unsigned bs;

	for (; *r && (quoted || !blank(*r)); r++)
		if (*r == '"')
			quoted = !quoted;
		else
			*w++ = *r;
	for (;;) {
		/* Consume the separator before writing the NUL over it. */
		if (*r)
			r++;
		*w++ = 0;
		argc++;
		while (blank(*r))
			r++;
		if (!*r)
			return argc;
		for (quoted = 0;;) {
			for (bs = 0; *r == '\\'; r++)
				bs++;
			if (*r == '"') {
				r++;
				for (; bs >= 2; bs -= 2)
					*w++ = '\\';
				if (bs)
					*w++ = '"'; /* escaped */
				else if (quoted && *r == '"')
					*w++ = *r++; /* "" inside quotes */
				else
					quoted = !quoted;
				continue;
			}
			for (; bs; bs--)
				*w++ = '\\';
			if (!*r || (!quoted && blank(*r)))
				break;
			*w++ = *r++;
		}
	}
}
