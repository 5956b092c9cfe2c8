/*
 * Work spread over threads.  Both take a number of jobs from 1 to 64
 * (out of range is taken as the nearest) and never start more threads
 * than there is work; with one job, or none started, the calling
 * thread does it all.  Threads are started with tmp_thread(), so the
 * signals stay with the main thread.
 */
#ifndef GKML_PAR_H
#define GKML_PAR_H

#include <stddef.h>

/*
 * fn(ctx, i) for each i in [0, n), on jobs threads, in no particular
 * order; returns -1 if any call did, else 0.
 */
int	 par_for(size_t n, int jobs, int (*fn)(void *, size_t), void *ctx);

/*
 * work(ctx, i) for each i in [0, n) on jobs threads, and done(ctx, i)
 * in the calling thread, in order of i, as soon as work(ctx, i) has
 * returned.  At most window works are ahead of the last done (so a
 * work's results may live in slot i % window until its done), which
 * bounds what is held whatever n is.  window is at least 1.
 */
void	 par_ordered(size_t n, int jobs, size_t window,
	    void (*work)(void *, size_t), void (*done)(void *, size_t),
	    void *ctx);

#endif
