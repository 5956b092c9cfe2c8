/* Board sheets: being written. */
#include <stdio.h>

#include "render.h"

int
render_board(const struct site *st, const struct ropts *o, struct outputs *out)
{
	fputs("gkml-render: -T board is not built yet\n", stderr);
	return -1;
}

int
render_docx(const struct site *st, const struct ropts *o, struct outputs *out)
{
	fputs("gkml-render: -T docx is not built yet\n", stderr);
	return -1;
}
