/* XLSX: being written. */
#include <stdio.h>

#include "render.h"

int
render_xlsx(const struct site *st, const struct ropts *o, struct outputs *out)
{
	fputs("gkml-render: -T xlsx is not built yet\n", stderr);
	return -1;
}
