/*
 * strerror: a short message for each errno value minrt's functions set
 * or return (glibc's wording), "Unknown error" for the rest. One string
 * table, indexed by a table of offsets (no pointers to relocate).
 */
#include <errno.h>
#include <string.h>

#define MSGS \
	X(0, "Success") \
	X(EPERM, "Operation not permitted") \
	X(ENOENT, "No such file or directory") \
	X(EINTR, "Interrupted system call") \
	X(EIO, "Input/output error") \
	X(E2BIG, "Argument list too long") \
	X(EBADF, "Bad file descriptor") \
	X(EAGAIN, "Resource temporarily unavailable") \
	X(ENOMEM, "Cannot allocate memory") \
	X(EACCES, "Permission denied") \
	X(EFAULT, "Bad address") \
	X(EEXIST, "File exists") \
	X(ENOTDIR, "Not a directory") \
	X(EISDIR, "Is a directory") \
	X(EINVAL, "Invalid argument") \
	X(EMFILE, "Too many open files") \
	X(ENOSPC, "No space left on device") \
	X(ESPIPE, "Illegal seek") \
	X(EPIPE, "Broken pipe") \
	X(EDOM, "Numerical argument out of domain") \
	X(ERANGE, "Numerical result out of range") \
	X(ENAMETOOLONG, "File name too long") \
	X(ENOSYS, "Function not implemented") \
	X(EOVERFLOW, "Value too large for defined data type") \
	X(EILSEQ, "Invalid or incomplete multibyte or wide character") \
	X(ENOTSUP, "Operation not supported")

/* The messages, back to back, each with its NUL. */
static const char text[] =
#define X(e, m) m "\0"
	MSGS
#undef X
	"Unknown error";

/* codes[i] and the i-th message of text go together. */
static const unsigned char codes[] = {
#define X(e, m) e,
	MSGS
#undef X
};

char *strerror(int e)
{
	const char *s = text;
	size_t i;

	for (i = 0; i < sizeof codes && codes[i] != e; i++)
		s += strlen(s) + 1;
	return (char *)s;
}
