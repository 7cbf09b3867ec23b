/*
 * spawn-c PROGRAM < LINE: runs PROGRAM with LINE, read from stdin, as its
 * exact command line (UTF-8, without a trailing newline), and exits with
 * its exit status. Windows-only: it is how the tests hand a program a raw
 * command line, quotes and backslashes untouched, which no shell and no
 * wine argv quoting would let through. The child shares our standard
 * handles.
 */
#include "minrt.h"

#include <stdint.h>

typedef void *HANDLE;
typedef uint32_t DWORD;
typedef uint16_t WCHAR;

struct startup_info {
	DWORD cb;
	WCHAR *reserved, *desktop, *title;
	DWORD x, y, xsize, ysize, xchars, ychars, fill, flags;
	uint16_t show, reserved2_len;
	void *reserved2;
	HANDLE in, out, err;
};

struct process_info {
	HANDLE process, thread;
	DWORD pid, tid;
};

#define STARTF_USESTDHANDLES 0x100
#define CP_UTF8 65001
#define INFINITE 0xffffffff

__attribute__((dllimport)) int CreateProcessW(const WCHAR *app, WCHAR *cmdline, void *pattr, void *tattr,
					      int inherit, DWORD flags, void *env, const WCHAR *dir,
					      struct startup_info *si, struct process_info *pi);
__attribute__((dllimport)) DWORD WaitForSingleObject(HANDLE h, DWORD ms);
__attribute__((dllimport)) int GetExitCodeProcess(HANDLE h, DWORD *code);
__attribute__((dllimport)) HANDLE GetStdHandle(DWORD which);
__attribute__((dllimport)) int MultiByteToWideChar(unsigned cp, DWORD flags, const char *s, int n,
						   WCHAR *w, int wn);

int main(int argc, char **argv)
{
	/* ~100 KiB of locals: ___chkstk_ms walks them down page by page. */
	char line[32768];
	WCHAR wline[32768], wapp[1024];
	struct startup_info si = { sizeof si };
	struct process_info pi;
	DWORD code;
	long n, len = 0;

	if (argc != 2) {
		minrt_puts(2, "usage: spawn-c PROGRAM < COMMAND-LINE\n");
		return 2;
	}
	while (len < (long)sizeof line - 1 && (n = minrt_read(0, line + len, sizeof line - 1 - len)) > 0)
		len += n;
	if (len && line[len - 1] == '\n')
		len--;
	line[len] = 0;
	if (!MultiByteToWideChar(CP_UTF8, 0, line, -1, wline, 32768) ||
	    !MultiByteToWideChar(CP_UTF8, 0, argv[1], -1, wapp, 1024))
		return 125;
	si.flags = STARTF_USESTDHANDLES;
	si.in = GetStdHandle((DWORD)-10);
	si.out = GetStdHandle((DWORD)-11);
	si.err = GetStdHandle((DWORD)-12);
	if (!CreateProcessW(wapp, wline, 0, 0, 1, 0, 0, 0, &si, &pi)) {
		minrt_puts(2, "spawn-c: CreateProcessW failed\n");
		return 126;
	}
	WaitForSingleObject(pi.process, INFINITE);
	if (!GetExitCodeProcess(pi.process, &code))
		return 127;
	return (int)code;
}
