import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { list, text, z } from '../schema-kit';
import { loadSettings } from '../settings';
import { SITE_KEY_PREFIX, loadSite, updateSite } from './store';
import { fitsOneItem, mergeFromSync, SYNC_KEY_PREFIX, SyncEntry, syncEntryOf, WriteBudget } from './sync';

// Runs in the background: pushes local edits to storage.sync (throttled, within quotas) and
// merges other devices' edits into storage.local. Problems are recorded for the Sites page.

export const SyncState = z.object({
  lastSynced: z.record(text(253), text(40)),
  tooLarge: list(text(253), 1000),
  quotaFull: z.boolean(),
});
export type SyncState = z.infer<typeof SyncState>;
const EMPTY: SyncState = { lastSynced: {}, tooLarge: [], quotaFull: false };
export const syncStateItem = storage.defineItem<unknown>('local:sync-state', { version: 1 });

export async function loadSyncState(): Promise<SyncState> {
  const parsed = SyncState.safeParse(await syncStateItem.getValue());
  return parsed.success ? parsed.data : EMPTY;
}

// One change at a time: pulls and pushes for different sites run concurrently and each rewrites
// the whole state.
let stateQueue: Promise<unknown> = Promise.resolve();
function changeState(change: (s: SyncState) => SyncState): Promise<void> {
  const next = stateQueue.catch(() => undefined).then(async () => syncStateItem.setValue(change(await loadSyncState())));
  stateQueue = next;
  return next;
}

const PUSH_DELAY_MS = 3_000;

export function startSyncService(): void {
  const budget = new WriteBudget();
  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const schedule = (delay = PUSH_DELAY_MS) => {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), delay);
  };

  async function push(site: string, device: string): Promise<boolean> {
    const { record, problem } = await loadSite(site);
    if (problem || !record.updatedAt) return true;
    const key = `${SYNC_KEY_PREFIX}${site}`;
    const state = await loadSyncState();
    if (state.lastSynced[site] === record.updatedAt) return true; // nothing new since the last sync
    const entry = syncEntryOf(record, device, state.lastSynced[site] ?? null);
    if (!fitsOneItem(entry)) {
      await changeState((s) => ({ ...s, tooLarge: [...new Set([...s.tooLarge, site])] }));
      return true;
    }
    if (!budget.take()) return false;
    try {
      await browser.storage.sync.set({ [key]: entry });
      await changeState((s) => ({ ...s, quotaFull: false, tooLarge: s.tooLarge.filter((x) => x !== site), lastSynced: { ...s.lastSynced, [site]: entry.updatedAt } }));
    } catch (error) {
      if (/quota|max_write/i.test(String(error))) {
        await changeState((s) => ({ ...s, quotaFull: /quota_bytes\b|QUOTA_BYTES quota/i.test(String(error)) || s.quotaFull }));
        return /max_write/i.test(String(error)) ? false : true;
      }
      return false;
    }
    return true;
  }

  async function flush(): Promise<void> {
    const settings = await loadSettings();
    if (!settings.syncEnabled || !settings.deviceId) return pending.clear();
    for (const site of [...pending]) {
      if (await push(site, settings.deviceId)) pending.delete(site);
    }
    if (pending.size) schedule(60_000); // over the write budget: try again in a minute
  }

  async function pull(entry: SyncEntry): Promise<void> {
    const settings = await loadSettings();
    if (!settings.syncEnabled || entry.device === settings.deviceId) return;
    const agreed = (await loadSyncState()).lastSynced[entry.site] ?? null;
    let changed = false;
    await updateSite(entry.site, (current) => {
      const merged = mergeFromSync(current, entry, agreed);
      changed = merged.changed;
      return merged.record;
    });
    // The entry is now known here (taken, or kept as a conflict): later edits build on it.
    if (changed) await changeState((s) => ({ ...s, lastSynced: { ...s.lastSynced, [entry.site]: entry.updatedAt } }));
  }

  async function fullSync(): Promise<void> {
    const remote = await browser.storage.sync.get(null);
    for (const value of Object.values(remote)) {
      const entry = SyncEntry.safeParse(value);
      if (entry.success) await pull(entry.data);
    }
    const local = await browser.storage.local.get(null);
    for (const key of Object.keys(local)) if (key.startsWith(SITE_KEY_PREFIX) && !key.endsWith('$')) pending.add(key.slice(SITE_KEY_PREFIX.length));
    schedule(0);
  }

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local') {
      const settingsChange = changes['settings'];
      if (settingsChange && (settingsChange.newValue as { syncEnabled?: boolean } | undefined)?.syncEnabled) void fullSync();
      for (const key of Object.keys(changes)) {
        if (key.startsWith(SITE_KEY_PREFIX) && !key.endsWith('$')) pending.add(key.slice(SITE_KEY_PREFIX.length));
      }
      if (pending.size) schedule();
    } else if (area === 'sync') {
      for (const [key, change] of Object.entries(changes)) {
        if (!key.startsWith(SYNC_KEY_PREFIX)) continue;
        const entry = SyncEntry.safeParse(change.newValue);
        if (entry.success) void pull(entry.data);
      }
    }
  });
}
