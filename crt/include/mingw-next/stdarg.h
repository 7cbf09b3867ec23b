/*
 * Intentionally empty. mingw-w64's gcc ships a stdarg.h that does
 * `#include_next <stdarg.h>` to reach the mingw CRT's header of that name;
 * -nostdinc removes the CRT's directory, so this directory, searched after
 * the compiler's own (-isystem, last), ends the chain. The compiler's
 * header alone defines everything the standard asks of stdarg.h.
 */
