/*
 * ctype.h - character classes of the C locale (ASCII; bytes 128-255 are in
 * no class). Functions, not table macros: a class is a compare or two, and
 * a table would cost every program that tests one class 256 bytes.
 * The argument is an unsigned char value or EOF, as the standard says.
 */
#ifndef _CTYPE_H
#define _CTYPE_H

#ifdef __cplusplus
extern "C" {
#endif

int isalnum(int);
int isalpha(int);
int isblank(int);
int iscntrl(int);
int isdigit(int);
int isgraph(int);
int islower(int);
int isprint(int);
int ispunct(int);
int isspace(int);
int isupper(int);
int isxdigit(int);
int tolower(int);
int toupper(int);

#ifdef __cplusplus
}
#endif

#endif
