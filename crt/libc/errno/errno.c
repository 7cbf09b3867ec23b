/*
 * errno: one int for the one thread minrt runs. In its own object so
 * that a program that never sets or reads it carries no storage for it.
 */
#include <errno.h>

int errno;
