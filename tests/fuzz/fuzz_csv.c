/* libFuzzer harness for the CSV table reader: see fuzz_import.c. */
#include "table.h"

#define FUZZ_FORMAT	TF_CSV
#define FUZZ_WRAP	0	/* wrap XML into an archive */

#include "fuzz_import.c"
