/* Work spread over threads: see par.h. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>

#include "file.h"
#include "par.h"
#include "xmalloc.h"

#define MAXJOBS	64

static int
threads(int jobs, size_t n)
{
	int	 nt;

	nt = jobs < 1 ? 1 : jobs > MAXJOBS ? MAXJOBS : jobs;
	if ((size_t)nt > n)
		nt = (int)n;
	return nt;
}

struct par {
	size_t		 n, next;
	int		 failed;
	pthread_mutex_t	 lock;
	int		(*fn)(void *, size_t);
	void		*ctx;
};

static void *
par_worker(void *arg)
{
	struct par	*p = arg;
	size_t		 i;

	for (;;) {
		pthread_mutex_lock(&p->lock);
		i = p->next++;
		pthread_mutex_unlock(&p->lock);
		if (i >= p->n)
			return NULL;
		if (p->fn(p->ctx, i) != 0) {
			pthread_mutex_lock(&p->lock);
			p->failed = 1;
			pthread_mutex_unlock(&p->lock);
		}
	}
}

int
par_for(size_t n, int jobs, int (*fn)(void *, size_t), void *ctx)
{
	struct par	 p = { n, 0, 0, PTHREAD_MUTEX_INITIALIZER, fn, ctx };
	pthread_t	 t[MAXJOBS];
	int		 i, nt;

	if ((nt = threads(jobs, n)) <= 1) {
		par_worker(&p);
		return p.failed ? -1 : 0;
	}
	for (i = 0; i < nt; i++)
		if (tmp_thread(&t[i], par_worker, &p) != 0)
			break;
	if (i == 0)
		par_worker(&p);
	while (i-- > 0)
		pthread_join(t[i], NULL);
	return p.failed ? -1 : 0;
}

struct ord {
	size_t		 n, next;	/* the next work to start */
	size_t		 consumed;	/* the dones called */
	size_t		 window;
	unsigned char	*ready;		/* slot i % window: work i returned */
	pthread_mutex_t	 lock;
	pthread_cond_t	 room;		/* consumed moved on */
	pthread_cond_t	 finished;	/* a work returned */
	void		(*work)(void *, size_t);
	void		*ctx;
};

static void *
ord_worker(void *arg)
{
	struct ord	*o = arg;
	size_t		 i;

	pthread_mutex_lock(&o->lock);
	for (;;) {
		while (o->next < o->n && o->next - o->consumed >= o->window)
			pthread_cond_wait(&o->room, &o->lock);
		if (o->next >= o->n)
			break;
		i = o->next++;
		pthread_mutex_unlock(&o->lock);
		o->work(o->ctx, i);
		pthread_mutex_lock(&o->lock);
		o->ready[i % o->window] = 1;
		pthread_cond_signal(&o->finished);
	}
	pthread_mutex_unlock(&o->lock);
	return NULL;
}

void
par_ordered(size_t n, int jobs, size_t window,
    void (*work)(void *, size_t), void (*done)(void *, size_t), void *ctx)
{
	struct ord	 o;
	pthread_t	 t[MAXJOBS];
	size_t		 i;
	int		 k, nt;

	if ((nt = threads(jobs, n)) <= 1)
		goto alone;
	o.n = n;
	o.next = o.consumed = 0;
	o.window = window < 1 ? 1 : window;
	o.ready = xcalloc(o.window, 1);
	pthread_mutex_init(&o.lock, NULL);
	pthread_cond_init(&o.room, NULL);
	pthread_cond_init(&o.finished, NULL);
	o.work = work;
	o.ctx = ctx;
	for (k = 0; k < nt; k++)
		if (tmp_thread(&t[k], ord_worker, &o) != 0)
			break;
	for (i = 0; k > 0 && i < n; i++) {
		pthread_mutex_lock(&o.lock);
		while (!o.ready[i % o.window])
			pthread_cond_wait(&o.finished, &o.lock);
		o.ready[i % o.window] = 0;
		pthread_mutex_unlock(&o.lock);
		done(ctx, i);
		pthread_mutex_lock(&o.lock);
		o.consumed = i + 1;
		pthread_cond_broadcast(&o.room);
		pthread_mutex_unlock(&o.lock);
	}
	while (k-- > 0)
		pthread_join(t[k], NULL);
	free(o.ready);
	pthread_mutex_destroy(&o.lock);
	pthread_cond_destroy(&o.room);
	pthread_cond_destroy(&o.finished);
	if (i == n)
		return;
	/* No thread could be started. */
alone:
	for (i = 0; i < n; i++) {
		work(ctx, i);
		done(ctx, i);
	}
}
