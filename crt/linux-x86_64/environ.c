/*
 * The environment as the kernel passed it. Startup stores it here only
 * when this object is linked (start_c.c references it weakly), that is
 * when minrt_getenv or minrt_getauxval is used.
 */
char **__minrt_environ;
