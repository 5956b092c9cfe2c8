/*
 * A tiny unit-test harness: each check prints nothing when it passes
 * and "file:line: what" when it fails; main() ends with harness_done(),
 * which prints "N passed, N failed" and returns the exit status.
 */
#ifndef GKML_HARNESS_H
#define GKML_HARNESS_H

#include <stdio.h>
#include <string.h>

static int harness_pass, harness_fail;

#define OK(c) do {							\
	if (c) harness_pass++;						\
	else { harness_fail++;						\
		fprintf(stderr, "%s:%d: failed: %s\n", __FILE__, __LINE__, #c); } \
} while (0)

#define INT_EQ(a, b) do {						\
	long long a_ = (long long)(a), b_ = (long long)(b);		\
	if (a_ == b_) harness_pass++;					\
	else { harness_fail++;						\
		fprintf(stderr, "%s:%d: %s == %lld, want %lld\n",	\
		    __FILE__, __LINE__, #a, a_, b_); }			\
} while (0)

#define STR_EQ(a, b) do {						\
	const char *a_ = (a), *b_ = (b);				\
	if (a_ != NULL && b_ != NULL && strcmp(a_, b_) == 0) harness_pass++; \
	else { harness_fail++;						\
		fprintf(stderr, "%s:%d: %s == \"%s\", want \"%s\"\n",	\
		    __FILE__, __LINE__, #a, a_ ? a_ : "(null)",		\
		    b_ ? b_ : "(null)"); }				\
} while (0)

static int
harness_done(const char *name)
{
	printf("%s: %d passed, %d failed\n", name, harness_pass, harness_fail);
	return harness_fail != 0;
}

#endif
