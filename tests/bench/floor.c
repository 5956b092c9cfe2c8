/*
 * bench-floor FILE: read FILE into memory, as gkml's loader does, and
 * parse it into bare libyaml events, nothing more.  This is the floor
 * every gkml command is measured against (design.md, Performance).
 */
#include <err.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "doc.h"
#include "xmalloc.h"

int
main(int argc, char *argv[])
{
	struct stat	 st;
	size_t		 len = 0, events;
	ssize_t		 r;
	char		*p;
	int		 fd;

	if (argc != 2)
		errx(2, "usage: bench-floor file");
	if ((fd = open(argv[1], O_RDONLY)) == -1 || fstat(fd, &st) == -1)
		err(2, "%s", argv[1]);
	p = xmalloc((size_t)st.st_size + 1);
	while ((r = read(fd, p + len, (size_t)st.st_size - len)) > 0)
		len += (size_t)r;
	if (r == -1)
		err(2, "%s", argv[1]);
	close(fd);
	if (yaml_floor(p, len, &events) != 0)
		errx(1, "%s: not well-formed YAML", argv[1]);
	free(p);
	return 0;
}
