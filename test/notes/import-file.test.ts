import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importFile } from '@/lib/notes/import-file';
import { emptyRecord, type SiteRecord } from '@/lib/notes/schema';
import { listSites, loadSite, restoreSite } from '@/lib/notes/store';
import { buildExport, MAX_IMPORT_BYTES } from '@/lib/notes/transfer';

// Importing an export file into storage: what the user's data looks like afterwards, and the
// reason given when nothing is imported.

const NOW = new Date('2026-11-03T12:00:00.000Z');
const record = (site: string, extra: Partial<SiteRecord> = {}): SiteRecord => ({ ...emptyRecord(site), ...extra });
const source = (text: string, size = text.length) => ({ size, text: vi.fn(async () => text) });

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('importing a file', () => {
  it('merges each site with what is stored: both notes kept, a disagreeing rating kept as a conflict, new sites added', async () => {
    await restoreSite(record('firma.no', { notes: 'Mine.', ratings: { credibility: 4 }, updatedAt: '2026-10-01T10:00:00.000Z' }));
    const incoming = [
      record('firma.no', { notes: 'From the laptop.', ratings: { credibility: 2 }, updatedAt: '2026-09-01T10:00:00.000Z' }),
      record('new.no', { notes: 'Only in the file.', updatedAt: '2026-09-01T10:00:00.000Z' }),
    ];
    expect(await importFile(source(buildExport(incoming, NOW)), NOW)).toEqual({ ok: true, sites: 2 });

    const firma = (await loadSite('firma.no')).record;
    expect(firma.notes).toContain('Mine.');
    expect(firma.notes).toContain('From the laptop.');
    expect(firma.ratings).toEqual({ credibility: 4 });
    expect(firma.conflicts).toEqual([{ at: NOW.toISOString(), origin: 'import', notes: 'From the laptop.', ratings: { credibility: 2 } }]);
    expect((await loadSite('new.no')).record).toEqual(incoming[1]);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const file = source('{}', MAX_IMPORT_BYTES + 1);
    expect(await importFile(file)).toEqual({ ok: false, problem: 'tooLarge', size: MAX_IMPORT_BYTES + 1 });
    expect(file.text).not.toHaveBeenCalled();
  });

  it('refuses text over the size limit even when the file claimed to be small', async () => {
    const text = 'x'.repeat(MAX_IMPORT_BYTES + 1);
    expect(await importFile(source(text, 10))).toEqual({ ok: false, problem: 'tooLarge', size: text.length });
  });

  it('says why a file that cannot be read or is not a Tillit export was refused, and stores nothing', async () => {
    const unreadable = { size: 10, text: () => Promise.reject(new Error('permission denied')) };
    expect(await importFile(unreadable)).toEqual({ ok: false, problem: 'unreadable', detail: 'permission denied' });
    expect(await importFile(source('{"hello":"world"}'))).toEqual({ ok: false, problem: 'notTillit', detail: '' });
    expect(await importFile(source('{"format":"tillit-notes","version":99,"exportedAt":"2026-11-03T12:00:00.000Z","sites":[]}'))).toEqual({ ok: false, problem: 'futureVersion', detail: '99' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('reports full storage as "quota" and keeps the sites merged before it', async () => {
    const file = source(buildExport([record('a.no', { notes: 'first' }), record('b.no', { notes: 'second' })], NOW));
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    // The second site's write fails; the first one's has gone through.
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (Object.keys(items).some((key) => key.startsWith('site:b.no'))) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    expect(await importFile(file)).toEqual({ ok: false, problem: 'quota', detail: 'QUOTA_BYTES quota exceeded' });
    expect((await listSites()).records.map((r) => r.site)).toEqual(['a.no']);
  });
});
