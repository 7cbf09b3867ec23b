/*
 * assert.h - assert(expr): when expr is false, writes
 *     file:line: func: Assertion 'expr' failed.
 * on stderr and calls abort(). Nothing at all under NDEBUG. As the
 * standard requires, this header may be included again after NDEBUG
 * changes, and assert follows the latest setting.
 */
#undef assert
#ifdef NDEBUG
#define assert(expr) ((void)0)
#else
#define assert(expr) ((expr) ? (void)0 : \
	__minrt_assert_fail(#expr, __FILE__, __LINE__, __extension__ __FUNCTION__))
#endif

#ifndef _ASSERT_H
#define _ASSERT_H

#ifdef __cplusplus
extern "C" {
#endif

__attribute__((__noreturn__)) void __minrt_assert_fail(const char *, const char *, unsigned, const char *);

#ifdef __cplusplus
}
#endif

#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L && !defined(__cplusplus)
#define static_assert _Static_assert
#endif

#endif
