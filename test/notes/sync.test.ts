import { fakeBrowser } from 'wxt/testing/fake-browser';
import { editNotes } from '@/lib/notes/edit';
import { emptyRecord, type SiteRecord } from '@/lib/notes/schema';
import { fitsOneItem, mergeFromSync, SYNC_LIMITS, syncEntryOf, WriteBudget, type SyncEntry } from '@/lib/notes/sync';

const record = (notes: string, updatedAt: string | null, ratings: SiteRecord['ratings'] = {}): SiteRecord => ({ ...emptyRecord('firma.no'), notes, ratings, updatedAt });
const entry = (notes: string, updatedAt: string, device = 'laptop', ratings: SyncEntry['ratings'] = {}): SyncEntry => ({ site: 'firma.no', notes, ratings, updatedAt, device });

describe('merging another device’s edit', () => {
  const entryOn = (base: string | null, notes: string, updatedAt: string, ratings: SyncEntry['ratings'] = {}): SyncEntry => ({ ...entry(notes, updatedAt, 'laptop', ratings), base });

  it('takes the remote version when it was built on the version this device agreed on and nothing changed here', () => {
    const result = mergeFromSync(record('old', '2026-11-01T10:00:00Z'), entryOn('2026-11-01T10:00:00Z', 'new from laptop', '2026-11-02T10:00:00Z'), '2026-11-01T10:00:00Z');
    expect(result).toMatchObject({ changed: true, conflict: false, record: { notes: 'new from laptop' } });
  });

  it('keeps both versions when both devices changed the site: the newer wins, the other is kept', () => {
    const local = record('edited here', '2026-11-03T10:00:00Z', { openness: 2 });
    const result = mergeFromSync(local, entryOn('2026-11-01T10:00:00Z', 'edited on laptop', '2026-11-02T10:00:00Z', { openness: 5 }), '2026-11-01T10:00:00Z');
    expect(result.conflict).toBe(true);
    expect(result.record.notes).toBe('edited here');
    expect(result.record.conflicts).toEqual([expect.objectContaining({ notes: 'edited on laptop', ratings: { openness: 5 }, origin: 'sync (laptop)' })]);

    const remoteNewer = mergeFromSync(local, entryOn('2026-11-01T10:00:00Z', 'edited on laptop later', '2026-11-04T10:00:00Z'), '2026-11-01T10:00:00Z');
    expect(remoteNewer.record.notes).toBe('edited on laptop later');
    expect(remoteNewer.record.conflicts[0]).toMatchObject({ notes: 'edited here', origin: 'this device' });
  });

  it('keeps this device’s pushed edit when another device edited without having seen it', () => {
    // This device pushed its 10:00:00 edit (agreed = its own version); the other device, offline,
    // edited at 10:00:05 on top of nothing it had from us.
    const pushed = record('written here', '2026-11-01T10:00:00Z');
    const result = mergeFromSync(pushed, entryOn(null, 'written offline elsewhere', '2026-11-01T10:00:05Z'), '2026-11-01T10:00:00Z');
    expect(result.conflict).toBe(true);
    expect(result.record.notes).toBe('written offline elsewhere');
    expect(result.record.conflicts.map((c) => c.notes)).toEqual(['written here']);
  });

  it('never overwrites notes that carry no edit time (from before versioning) without keeping them', () => {
    const result = mergeFromSync(record('old notes', null), entryOn(null, 'from another device', '2026-11-02T10:00:00Z'), null);
    expect(result.conflict).toBe(true);
    expect([result.record.notes, ...result.record.conflicts.map((c) => c.notes)].sort()).toEqual(['from another device', 'old notes']);
  });

  it('ignores its own echo', () => {
    expect(mergeFromSync(record('mine', '2026-11-03T10:00:00Z'), entryOn(null, 'mine?', '2026-11-03T10:00:00Z'), '2026-11-03T10:00:00Z').changed).toBe(false);
  });

  it('carries the company the user put the site in: the later choice wins on either side, notes untouched', () => {
    const pin = (id: string, at: string) => ({ id, name: id, at });
    const local = { ...record('same notes', '2026-11-01T10:00:00Z'), company: pin('c-here', '2026-11-01T10:00:00Z') };
    const later = mergeFromSync(local, { ...entry('same notes', '2026-11-02T10:00:00Z'), company: pin('c-laptop', '2026-11-02T10:00:00Z') }, '2026-11-01T10:00:00Z');
    expect(later).toMatchObject({ changed: true, conflict: false, record: { notes: 'same notes', company: { id: 'c-laptop' } } });
    const older = mergeFromSync(local, { ...entry('same notes', '2026-11-02T10:00:00Z'), company: pin('c-laptop', '2026-10-01T10:00:00Z') }, '2026-11-01T10:00:00Z');
    expect(older.record.company?.id).toBe('c-here');
    // An entry from a build before companies has none: the local choice stays.
    expect(mergeFromSync(local, entry('same notes', '2026-11-02T10:00:00Z'), null).record.company?.id).toBe('c-here');
    expect(syncEntryOf(local, 'phone').company).toEqual(local.company);
  });

  it('fills an empty local record from sync', () => {
    expect(mergeFromSync(null, entry('hello', '2026-11-02T10:00:00Z'), null).record).toMatchObject({ site: 'firma.no', notes: 'hello' });
  });
});

describe('sync quotas', () => {
  it('knows when a site’s notes are too large for one sync item', () => {
    expect(fitsOneItem(syncEntryOf(record('kort notat', '2026-11-01T10:00:00Z'), 'pc'))).toBe(true);
    expect(fitsOneItem(syncEntryOf(record('æ'.repeat(4100), '2026-11-01T10:00:00Z'), 'pc'))).toBe(false); // 2 bytes each in UTF-8
  });

  it('never allows more writes per minute or per hour than the browser accepts', () => {
    let now = 0;
    const budget = new WriteBudget(() => now);
    let granted = 0;
    for (let i = 0; i < 500; i++) if (budget.take()) granted++;
    expect(granted).toBe(SYNC_LIMITS.writesPerMinute);
    now += 61_000;
    expect(budget.take()).toBe(true);
    let hour = 0;
    const hourly = new WriteBudget(() => (hour += 1_000)); // one attempt a second for an hour
    let hourGranted = 0;
    for (let i = 0; i < 3_599; i++) if (hourly.take()) hourGranted++;
    expect(hourGranted).toBeLessThanOrEqual(SYNC_LIMITS.writesPerHour);
    expect(SYNC_LIMITS.writesPerMinute).toBeLessThan(120);
  });
});

describe('the sync service', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => vi.useRealTimers());

  async function settle() {
    for (let i = 0; i < 20; i++) {
      await vi.advanceTimersByTimeAsync(4_000);
      await new Promise((r) => setImmediate(r));
    }
  }

  it('is off by default: nothing leaves the device', async () => {
    const { startSyncService } = await import('@/lib/notes/sync-service');
    const { updateSite } = await import('@/lib/notes/store');
    startSyncService();
    await updateSite('firma.no', editNotes('privat notat'));
    await settle();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('when turned on, pushes local notes and merges another device’s edits without losing either', async () => {
    const { startSyncService } = await import('@/lib/notes/sync-service');
    const { updateSite, loadSite } = await import('@/lib/notes/store');
    const { setSyncEnabled, loadSettings } = await import('@/lib/settings');
    startSyncService();
    await updateSite('firma.no', editNotes('skrevet her', new Date('2026-11-01T10:00:00Z')));
    await setSyncEnabled(true);
    await settle();
    const device = (await loadSettings()).deviceId;
    expect(await fakeBrowser.storage.sync.get('site:firma.no')).toEqual({ 'site:firma.no': expect.objectContaining({ notes: 'skrevet her', device }) });

    // Both devices edit before either hears of the other.
    await updateSite('firma.no', editNotes('endret her igjen', new Date('2026-11-03T10:00:00Z')));
    await fakeBrowser.storage.sync.set({ 'site:firma.no': { site: 'firma.no', notes: 'endret på laptop', ratings: {}, updatedAt: '2026-11-02T10:00:00Z', device: 'laptop' } });
    await settle();
    const { record } = await loadSite('firma.no');
    expect(record.notes).toBe('endret her igjen');
    expect(record.conflicts.map((c) => c.notes)).toContain('endret på laptop');
  });
});
