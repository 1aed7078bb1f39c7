import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SyncStatus } from '@/components/sites/SyncSettings';
import { loadSyncState } from '@/lib/notes/sync-service';
import { loadSettings, setSyncEnabled } from '@/lib/settings';

/**
 * Whether sync is on and what it could not carry. The background's sync service records that in
 * storage.local, so it is read again on every change there.
 */
export function useSyncStatus(): { status: SyncStatus; setEnabled: (enabled: boolean) => void } {
  const [status, setStatus] = useState<SyncStatus>({ enabled: false, tooLarge: [], quotaFull: false });
  const refresh = useCallback(async () => {
    const [settings, state] = await Promise.all([loadSettings(), loadSyncState()]);
    setStatus({ enabled: settings.syncEnabled, tooLarge: state.tooLarge, quotaFull: state.quotaFull });
  }, []);

  useEffect(() => {
    void refresh();
    const onChanged = (_changes: unknown, area: string) => {
      if (area === 'local') void refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [refresh]);

  const setEnabled = useCallback((enabled: boolean) => void setSyncEnabled(enabled).then(refresh), [refresh]);
  return { status, setEnabled };
}
