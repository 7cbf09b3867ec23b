/* pthread_mutex_unlock: see pthread_mutex_lock.c (one thread, nothing to release). */
#ifdef __linux__
int pthread_mutex_unlock(void *m)
{
	(void)m;
	return 0;
}
#endif
