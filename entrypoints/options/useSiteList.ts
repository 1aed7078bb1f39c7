import { useCallback, useRef, useState } from 'preact/hooks';
import type { SiteRecord } from '@/lib/notes/schema';
import { listSites } from '@/lib/notes/store';
import { useLocalStorageRefresh } from './useLocalStorageRefresh';

export type ListState = { phase: 'loading' } | { phase: 'ready'; records: SiteRecord[]; corrupt: string[] } | { phase: 'error'; message: string };

/**
 * Every stored site for the Sites page, read again whenever storage.local changes (the popup,
 * sync, an import), so the page never shows a stale list.
 */
export function useSiteList(): { list: ListState; refresh: () => Promise<void> } {
  const [list, setList] = useState<ListState>({ phase: 'loading' });

  // Storage changes arrive in bursts (an import writes many sites): one read at a time, and one
  // more after it if anything changed meanwhile.
  const running = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const refresh = useCallback((): Promise<void> => {
    if (running.current) {
      again.current = true;
      return running.current;
    }
    const run = (async () => {
      do {
        again.current = false;
        try {
          const { records, corrupt } = await listSites();
          setList({ phase: 'ready', records, corrupt });
        } catch (error) {
          setList({ phase: 'error', message: error instanceof Error ? error.message : String(error) });
        }
      } while (again.current);
    })().finally(() => {
      running.current = null;
    });
    running.current = run;
    return run;
  }, []);

  useLocalStorageRefresh(refresh);

  return { list, refresh };
}
