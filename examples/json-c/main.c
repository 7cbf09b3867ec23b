/*
 * json-c: reads one JSON document from stdin and prints it re-indented
 * (two spaces a level, one member or element a line, ": " after a key),
 * written with the standard C library subset minrt provides.
 *   json-c < doc.json      exit 0; invalid JSON: a message on stderr
 *                          naming the line and column, exit 1
 * Strings and numbers are printed as they were written (after checking
 * them against the grammar of RFC 8259); a number is also read with
 * strtod, so "1e999" is refused as out of range.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "minrt.h"

static char *text;	/* the whole input, NUL-terminated */
static size_t pos;

static void fail(const char *what)
{
	size_t i, line = 1, col = 1;

	for (i = 0; text && i < pos && text[i]; i++, col++)
		if (text[i] == '\n')
			line++, col = 0;
	fflush(stdout);
	fprintf(stderr, "json-c: %zu:%zu: %s\n", line, col, what);
	exit(1);
}

static void skip_space(void)
{
	while (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\n' || text[pos] == '\r')
		pos++;
}

static void indent(int depth)
{
	while (depth-- > 0)
		fputs("  ", stdout);
}

/* A string: the quotes, escapes checked, control characters refused. */
static void string(void)
{
	size_t start = pos++;

	for (;;) {
		unsigned char c = (unsigned char)text[pos];

		if (c == '"')
			break;
		if (c < 0x20)
			fail(c ? "control character in string" : "unterminated string");
		if (c == '\\') {
			pos++;
			if (text[pos] == 'u') {
				int i;

				for (i = 1; i <= 4; i++)
					if (!isxdigit((unsigned char)text[pos + i]))
						fail("bad \\u escape");
				pos += 4;
			} else if (!strchr("\"\\/bfnrt", text[pos]) || !text[pos]) {
				fail("bad escape");
			}
		}
		pos++;
	}
	pos++;
	fwrite(text + start, 1, pos - start, stdout);
}

static void number(void)
{
	size_t start = pos;
	char *end;
	double v;

	if (text[pos] == '-')
		pos++;
	if (text[pos] == '0') {
		if (isdigit((unsigned char)text[++pos]))
			fail("leading zero in number");
	} else if (isdigit((unsigned char)text[pos])) {
		while (isdigit((unsigned char)text[pos]))
			pos++;
	} else {
		fail("bad number");
	}
	if (text[pos] == '.') {
		if (!isdigit((unsigned char)text[++pos]))
			fail("bad fraction");
		while (isdigit((unsigned char)text[pos]))
			pos++;
	}
	if (text[pos] == 'e' || text[pos] == 'E') {
		pos++;
		if (text[pos] == '+' || text[pos] == '-')
			pos++;
		if (!isdigit((unsigned char)text[pos]))
			fail("bad exponent");
		while (isdigit((unsigned char)text[pos]))
			pos++;
	}
	errno = 0;
	v = strtod(text + start, &end);
	if ((size_t)(end - text) != pos || (errno == ERANGE && (v > 1 || v < -1)))
		fail("number out of range");
	fwrite(text + start, 1, pos - start, stdout);
}

static void value(int depth);

/* An object or array: members one a line, empty ones as {} and []. */
static void container(int depth, char close)
{
	int n = 0;

	putchar(text[pos++]);
	skip_space();
	if (text[pos] == close) {
		putchar(text[pos++]);
		return;
	}
	for (;;) {
		puts(n++ ? "," : "");
		indent(depth + 1);
		skip_space();
		if (close == '}') {
			if (text[pos] != '"')
				fail("expected a string key");
			string();
			skip_space();
			if (text[pos++] != ':')
				fail("expected ':'");
			fputs(": ", stdout);
			skip_space();
		}
		value(depth + 1);
		skip_space();
		if (text[pos] == close)
			break;
		if (text[pos] != ',')
			fail(close == '}' ? "expected ',' or '}'" : "expected ',' or ']'");
		pos++;
	}
	putchar('\n');
	indent(depth);
	putchar(text[pos++]);
}

static void literal(const char *word)
{
	size_t n = strlen(word);

	if (strncmp(text + pos, word, n))
		fail("unexpected character");
	pos += n;
	fputs(word, stdout);
}

static void value(int depth)
{
	if (depth > 200)
		fail("nested too deep");
	switch (text[pos]) {
	case '{': container(depth, '}'); break;
	case '[': container(depth, ']'); break;
	case '"': string(); break;
	case 't': literal("true"); break;
	case 'f': literal("false"); break;
	case 'n': literal("null"); break;
	case '-': case '0': case '1': case '2': case '3': case '4':
	case '5': case '6': case '7': case '8': case '9': number(); break;
	default: fail(text[pos] ? "unexpected character" : "unexpected end of input");
	}
}

int main(void)
{
	size_t len = 0, cap = 4096;
	long n;

	/* stdin whole, into a buffer that doubles as it fills. */
	if (!(text = malloc(cap)))
		fail("out of memory");
	while ((n = minrt_read(0, text + len, cap - len - 1)) > 0) {
		len += (size_t)n;
		if (cap - len < 2 && !(text = realloc(text, cap *= 2)))
			fail("out of memory");
	}
	text[len] = 0;
	if (strlen(text) != len)
		fail("NUL byte in input");
	skip_space();
	value(0);
	skip_space();
	if (pos != len)
		fail("text after the document");
	putchar('\n');
	free(text);
	return 0;
}
