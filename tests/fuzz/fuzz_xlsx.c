/* libFuzzer harness for the XLSX table reader: see fuzz_import.c. */
#include "table.h"

#define FUZZ_FORMAT	TF_XLSX
#define FUZZ_WRAP	1	/* wrap XML into an archive */

#include "fuzz_import.c"
