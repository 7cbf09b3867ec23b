/*
 * Exercises the Linux system layer: sys-c IN OUT reads file IN (which the
 * test fills with "0123456789"), writes "written\n" to OUT, and prints one
 * line per call with its result, errors as the negative errno values the
 * wrappers return.
 */
#include "minrt.h"

static void show(const char *what, long v)
{
	minrt_puts(1, what);
	minrt_puts(1, " ");
	minrt_print_i64(1, v);
	minrt_puts(1, "\n");
}

int main(int argc, char **argv)
{
	char buf[16];
	struct minrt_timespec ts = { 0, 0 };
	long fd, r;
	char *map;

	if (argc != 3)
		return 2;
	show("openat missing:", minrt_sys_openat(MINRT_AT_FDCWD, "/nonexistent/x", MINRT_O_RDONLY, 0));
	fd = minrt_sys_openat(MINRT_AT_FDCWD, argv[1], MINRT_O_RDONLY | MINRT_O_CLOEXEC, 0);
	show("openat in is fd 3:", fd);
	r = minrt_sys_read((int)fd, buf, 4);
	show("read:", r);
	minrt_write_all(1, buf, (size_t)r);
	minrt_puts(1, "\n");
	show("lseek end:", minrt_sys_lseek((int)fd, 0, MINRT_SEEK_END));
	show("lseek 6:", minrt_sys_lseek((int)fd, 6, MINRT_SEEK_SET));
	r = minrt_sys_read((int)fd, buf, sizeof buf);
	show("read rest:", r);
	minrt_write_all(1, buf, (size_t)r);
	minrt_puts(1, "\n");
	show("close:", minrt_sys_close((int)fd));
	show("close again:", minrt_sys_close((int)fd));

	fd = minrt_sys_openat(MINRT_AT_FDCWD, argv[2], MINRT_O_WRONLY | MINRT_O_CREAT | MINRT_O_TRUNC, 0644);
	show("write out:", minrt_sys_write((int)fd, "written\n", 8));
	show("close out:", minrt_sys_close((int)fd));

	map = (char *)minrt_sys_mmap(0, 8192, MINRT_PROT_READ | MINRT_PROT_WRITE,
				     MINRT_MAP_PRIVATE | MINRT_MAP_ANONYMOUS, -1, 0);
	show("mmap failed:", (unsigned long)map > -4096UL);
	map[8191] = 'x';
	show("mprotect:", minrt_sys_mprotect(map, 8192, MINRT_PROT_READ));
	show("page kept:", map[8191] == 'x');
	show("munmap:", minrt_sys_munmap(map, 8192));
	show("munmap bad length:", minrt_sys_munmap(map, 0));

	show("clock_gettime:", minrt_sys_clock_gettime(MINRT_CLOCK_MONOTONIC, &ts));
	show("clock runs:", ts.tv_sec > 0 || ts.tv_nsec > 0);
	show("getrandom:", minrt_sys_getrandom(buf, 16, 0));
	show("getpid positive:", minrt_sys_getpid() > 0);
	show("kill bad signal:", minrt_sys_kill(minrt_sys_getpid(), 1000));
	return 0;
}
