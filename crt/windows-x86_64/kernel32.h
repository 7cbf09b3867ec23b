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
MINRT_IMPORT __minrt_handle GetStdHandle(__minrt_dword which);
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

/* GetStdHandle: STD_INPUT_HANDLE is (DWORD)-10, output -11, error -12. */
#define MINRT_STD_HANDLE(fd) ((__minrt_dword)(-10 - (fd)))

/* GetLastError values minrt turns into errno values. */
#define MINRT_ERROR_INVALID_HANDLE 6
#define MINRT_ERROR_NOT_ENOUGH_MEMORY 8
#define MINRT_ERROR_HANDLE_EOF 38
#define MINRT_ERROR_BROKEN_PIPE 109
#define MINRT_ERROR_DISK_FULL 112
#define MINRT_ERROR_NO_DATA 232

#define MINRT_MEM_COMMIT 0x1000
#define MINRT_MEM_RESERVE 0x2000
#define MINRT_MEM_RELEASE 0x8000
#define MINRT_PAGE_READWRITE 0x04

/* The Win32 errors of a failed ReadFile/WriteFile as -errno (errno.h values). */
long __minrt_errno_of(__minrt_dword error);

#endif
