/*
 * Intentionally empty. mingw-w64's gcc ships a float.h that does
 * `#include_next <float.h>` to reach the mingw CRT's header of that name;
 * -nostdinc removes the CRT's directory, so this directory, searched after
 * the compiler's own (-isystem, last), ends the chain. The compiler's
 * header alone defines everything the standard asks of float.h.
 */
