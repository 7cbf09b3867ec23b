/*
 * kernel32.h - the few kernel32.dll functions minrt calls, declared by hand
 * (no <windows.h>: it drags in thousands of lines and the mingw CRT's view
 * of the world).
 *
 * The Win64 calling convention, which every declaration here follows (it is
 * gcc's default for x86_64-w64-mingw32, so no attribute is needed):
 *   rcx rdx r8 r9   integer and pointer arguments 1-4; the rest on the stack
 *   32 bytes        of "shadow space" the caller reserves above the return
 *                   address, where the callee may spill rcx..r9
 *   rsp             16-byte aligned before the `call`
 *   rax             the result
 *   rbx rbp rdi rsi r12-r15 xmm6-xmm15   preserved by the callee
 * Note that rdi and rsi are preserved, unlike the SysV ABI.
 *
 * dllimport makes gcc call through the import address table directly
 * (`call *__imp_WriteFile(%rip)`), so the linker adds no jump thunk per
 * function. The import library (-lkernel32, from mingw-w64) supplies the
 * __imp_ symbols and the .idata pieces the linker script gathers.
 *
 * Types: DWORD is 32 bits and BOOL is int (Windows is LLP64); a wide
 * string is UTF-16, unsigned short here (wchar_t is 16 bits on Windows too,
 * but this keeps the code honest about what it handles).
 */
#ifndef MINRT_KERNEL32_H
#define MINRT_KERNEL32_H

#include <stddef.h>
#include <stdint.h>

typedef void *__minrt_handle;
typedef uint32_t __minrt_dword;
typedef uint16_t __minrt_wchar;

#define MINRT_IMPORT __attribute__((dllimport))

MINRT_IMPORT __minrt_wchar *GetCommandLineW(void);
MINRT_IMPORT int WriteFile(__minrt_handle h, const void *buf, __minrt_dword len,
			   __minrt_dword *done, void *overlapped);
MINRT_IMPORT int ReadFile(__minrt_handle h, void *buf, __minrt_dword len,
			  __minrt_dword *done, void *overlapped);
MINRT_IMPORT __minrt_dword GetLastError(void);
MINRT_IMPORT void SetLastError(__minrt_dword error);
MINRT_IMPORT __attribute__((noreturn)) void ExitProcess(unsigned status);
MINRT_IMPORT __minrt_dword GetEnvironmentVariableW(const __minrt_wchar *name,
						   __minrt_wchar *buf, __minrt_dword size);
MINRT_IMPORT void *VirtualAlloc(void *addr, size_t len, __minrt_dword type, __minrt_dword prot);
MINRT_IMPORT int VirtualFree(void *addr, size_t len, __minrt_dword type);
MINRT_IMPORT __minrt_handle CreateFileW(const __minrt_wchar *name, __minrt_dword access,
					__minrt_dword share, void *security, __minrt_dword disposition,
					__minrt_dword flags, __minrt_handle template_file);
MINRT_IMPORT int CloseHandle(__minrt_handle h);
MINRT_IMPORT int QueryPerformanceCounter(int64_t *count);
MINRT_IMPORT int QueryPerformanceFrequency(int64_t *freq);

/*
 * The standard handle for fd 0, 1 or 2 (input, output, error), as
 * GetStdHandle returns it: that function reads it from the process
 * parameters the PEB points at, and so does this, without the import and
 * without a call that would clobber the caller's argument registers (a
 * tenth of a tiny program). The layout has been the same on every x86-64
 * Windows, and wine: gs:0x60 holds the PEB's address, PEB+0x20 the
 * RTL_USER_PROCESS_PARAMETERS (both in winternl.h), whose StandardInput,
 * StandardOutput and StandardError follow each other from offset 0x20.
 * SetStdHandle writes there too, so each call reads afresh.
 */
static inline __minrt_handle __minrt_std_handle(unsigned fd)
{
	char *peb, *params;

	__asm__("mov %%gs:0x60, %0" : "=r"(peb));
	params = *(char **)(peb + 0x20);
	return ((__minrt_handle *)(params + 0x20))[fd];
}

/*
 * A file's handle is its descriptor: minrt_open returns the HANDLE as an
 * int, and minrt_read/minrt_write/minrt_close turn it back. Lossless,
 * because 64-bit Windows keeps kernel handles within 32 bits so that they
 * can be shared with 32-bit processes: Microsoft documents that a handle
 * may be truncated to 32 bits and sign-extended back ("Interprocess
 * Communication Between 32-bit and 64-bit Applications"). Handles are
 * multiples of 4, so a file's descriptor is never 0, 1 or 2, which stay
 * the standard handles.
 */
static inline __minrt_handle __minrt_fd_handle(int fd)
{
	return (unsigned)fd <= 2 ? __minrt_std_handle((unsigned)fd) : (__minrt_handle)(intptr_t)fd;
}

/* GetLastError values minrt turns into errno values. */
#define MINRT_ERROR_INVALID_HANDLE 6
#define MINRT_ERROR_HANDLE_EOF 38
#define MINRT_ERROR_BROKEN_PIPE 109
#define MINRT_ERROR_NO_DATA 232

#define MINRT_MEM_COMMIT 0x1000
#define MINRT_MEM_RESERVE 0x2000
#define MINRT_MEM_RELEASE 0x8000
#define MINRT_PAGE_READWRITE 0x04

/*
 * The calling thread's last-error value, as GetLastError returns it:
 * that function reads the thread's TEB (what gs points at on x86-64) at
 * offset 0x68, a layout every x86-64 Windows (and wine) shares. Reading
 * it here saves an import in programs whose only use is an error path.
 */
static inline __minrt_dword __minrt_last_error(void)
{
	__minrt_dword e;

	__asm__ volatile("mov %%gs:0x68, %0" : "=r"(e) : : "memory");
	return e;
}

/*
 * The Win32 error of a failed ReadFile/WriteFile as -errno (the Linux
 * values, so a program tests for -EPIPE the same everywhere): a bad
 * handle and a closed pipe, the two a program acts on, get their own.
 * Inline: in a tiny program the error path is a fifth of the code.
 */
static inline long __minrt_errno_of(__minrt_dword error)
{
	if (error == MINRT_ERROR_INVALID_HANDLE)
		return -9; /* EBADF */
	if (error == MINRT_ERROR_BROKEN_PIPE || error == MINRT_ERROR_NO_DATA)
		return -32; /* EPIPE: the reader has gone */
	return -5; /* EIO, disk full included: one more case costs 14 bytes */
}

#endif
