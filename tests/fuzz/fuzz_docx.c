/* libFuzzer harness for the DOCX table reader: see fuzz_import.c. */
#include "table.h"

#define FUZZ_FORMAT	TF_DOCX
#define FUZZ_WRAP	1	/* wrap XML into an archive */

#include "fuzz_import.c"
