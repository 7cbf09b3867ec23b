/*
 * minrt_open: CreateFileW on the path converted to UTF-16. The handle is
 * the descriptor (see __minrt_fd_handle in kernel32.h).
 *
 * Others may read, write and delete the file while it is open
 * (FILE_SHARE_*), which is what a POSIX program expects. Append mode asks
 * for FILE_APPEND_DATA without FILE_WRITE_DATA: then every WriteFile goes
 * to the end of the file, as O_APPEND does.
 */
#include "minrt.h"
#include "kernel32.h"
#include "utf.h"

#define GENERIC_READ 0x80000000u
#define GENERIC_WRITE 0x40000000u
#define FILE_APPEND_DATA 0x0004u
#define FILE_SHARE_ALL 0x0007u /* read | write | delete */
#define CREATE_ALWAYS 2
#define OPEN_EXISTING 3
#define OPEN_ALWAYS 4
#define FILE_ATTRIBUTE_NORMAL 0x80
#define INVALID_HANDLE_VALUE ((__minrt_handle)(intptr_t)-1)

/* CreateFileW's errors as the errno values Linux gives in the same case. */
static long open_error(__minrt_dword e)
{
	switch (e) {
	case 2:   /* ERROR_FILE_NOT_FOUND */
	case 3:   /* ERROR_PATH_NOT_FOUND */
		return -2; /* ENOENT */
	case 5:   /* ERROR_ACCESS_DENIED (also: the path is a directory) */
	case 32:  /* ERROR_SHARING_VIOLATION */
		return -13; /* EACCES */
	case 123: /* ERROR_INVALID_NAME */
		return -22; /* EINVAL */
	case 206: /* ERROR_FILENAME_EXCED_RANGE */
		return -36; /* ENAMETOOLONG */
	}
	return -5; /* EIO */
}

long minrt_open(const char *path, int mode)
{
	static const __minrt_dword access[] = {GENERIC_READ, GENERIC_WRITE, FILE_APPEND_DATA};
	static const __minrt_dword disposition[] = {OPEN_EXISTING, CREATE_ALWAYS, OPEN_ALWAYS};
	__minrt_wchar wpath[strlen(path) + 1];
	__minrt_handle h;

	if ((unsigned)mode > MINRT_OPEN_APPEND)
		return -22; /* EINVAL */
	__minrt_utf8_to_16(wpath, path);
	h = CreateFileW(wpath, access[mode], FILE_SHARE_ALL, 0, disposition[mode], FILE_ATTRIBUTE_NORMAL, 0);
	if (h == INVALID_HANDLE_VALUE)
		return open_error(__minrt_last_error());
	return (long)(intptr_t)h;
}
