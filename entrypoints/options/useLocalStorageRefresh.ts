import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** Run `refresh` now and whenever local storage changes (another page, sync, an import). */
export function useLocalStorageRefresh(refresh: () => unknown): void {
  useEffect(() => {
    void refresh();
    const onChanged = (_changes: unknown, area: string) => {
      if (area === 'local') void refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [refresh]);
}
