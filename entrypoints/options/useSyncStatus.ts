import { useCallback, useState } from 'preact/hooks';
import type { SyncStatus } from '@/components/sites/SyncSettings';
import { loadSyncState } from '@/lib/notes/sync-service';
import { loadSettings, setSyncEnabled } from '@/lib/settings';
import { useLocalStorageRefresh } from './useLocalStorageRefresh';

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

  useLocalStorageRefresh(refresh);

  const setEnabled = useCallback((enabled: boolean) => void setSyncEnabled(enabled).then(refresh), [refresh]);
  return { status, setEnabled };
}
