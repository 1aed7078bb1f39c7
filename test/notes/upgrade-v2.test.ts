import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { groupCompanies } from '@/lib/companies/group';
import { EXPORT_FORMAT, type SiteRecord } from '@/lib/notes/schema';
import type { SiteList } from '@/lib/notes/store';
import { buildExport, parseImport } from '@/lib/notes/transfer';

// Notes written by a real version-2 build survive the upgrade. test/fixtures/storage/
// v2-storage.json is storage.local as that build left it after real use in Chromium (three sites
// analysed, Norwegian notes typed, own ratings set, sync turned on; see the README beside it).
// Loaded into the fake browser, the current store must migrate every record to version 4 and
// change nothing the user or the old build wrote; only the fields versions 3 and 4 added appear.
//
// WXT runs a storage item's migration once, when the store first defines the item, and the store
// keeps its items per site for the module's life: so the dump is loaded and read once (beforeAll)
// and the tests look at that one upgrade; a test that needs a store of its own imports a fresh one.

type Raw = Record<string, unknown>;
interface RawSnapshot extends Raw {
  at: string;
  url: string;
  overall: number | null;
  scores: Raw;
  levels: Raw;
}
interface RawReport extends Raw {
  url: string;
  analysedAt: string;
  factors: (Raw & { key: string; criteria: Raw[] })[];
}
interface RawRecord extends Raw {
  site: string;
  notes: string;
  ratings: Raw;
  updatedAt: string | null;
  history: RawSnapshot[];
  lastReport: RawReport | null;
  conflicts: unknown[];
}

const DUMP_TEXT = readFileSync(new URL('../fixtures/storage/v2-storage.json', import.meta.url), 'utf8');
const dump = (): Record<string, unknown> => JSON.parse(DUMP_TEXT) as Record<string, unknown>;
const DUMP = dump();
const SITE_KEYS = Object.keys(DUMP).filter((k) => k.startsWith('site:') && !k.endsWith('$'));
const OLD: RawRecord[] = SITE_KEYS.map((k) => DUMP[k] as RawRecord);

/** A version-2 record as the current version must read it: the old data plus only what versions 3 and 4 add. */
function expectedOf(old: RawRecord): SiteRecord {
  const report = old.lastReport;
  return {
    ...old,
    history: old.history.map((s) => ({ ...s, model: null })),
    lastReport: report && {
      ...report,
      partial: false,
      model: null,
      factors: report.factors.map((f) => ({ ...f, criteria: f.criteria.map((c) => ({ ...c, factor: f.key })) })),
    },
    links: { profiles: [], website: null },
    name: null,
    company: null,
    lastChange: null,
  } as unknown as SiteRecord;
}

const bySite = <T extends { site: string }>(list: readonly T[]): T[] => [...list].sort((a, b) => a.site.localeCompare(b.site));

let upgraded: SiteList;
let after: Record<string, unknown>;

beforeAll(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set(dump());
  const { listSites } = await import('@/lib/notes/store');
  upgraded = await listSites();
  after = await fakeBrowser.storage.local.get(null);
});

describe('the dump is real version-2 data', () => {
  it('holds version-2 records only: each marked v2, without the fields later versions added', () => {
    expect(SITE_KEYS.length).toBeGreaterThanOrEqual(3);
    for (const old of OLD) {
      expect(DUMP[`site:${old.site}$`]).toEqual({ v: 2 });
      expect(Object.keys(old).sort()).toEqual(['conflicts', 'history', 'lastReport', 'notes', 'ratings', 'site', 'updatedAt']);
      for (const s of old.history) expect(s).not.toHaveProperty('model');
      expect(old.lastReport).not.toHaveProperty('model');
      expect(old.lastReport).not.toHaveProperty('partial');
    }
    // What was typed in the popup: Norwegian letters and a line break.
    const typed = OLD.filter((r) => r.notes);
    expect(typed.length).toBeGreaterThanOrEqual(2);
    for (const r of typed) {
      expect(r.notes).toMatch(/[æøå]/i);
      expect(r.notes).toContain('\n');
      expect(Object.keys(r.ratings).length).toBeGreaterThan(0);
    }
    // A site analysed on two pages has two points of history.
    expect(OLD.some((r) => r.history.length >= 2)).toBe(true);
  });
});

describe('upgrading storage written by the version-2 build', () => {
  it('reads every site, and nothing is quarantined or reported corrupt', () => {
    expect(upgraded.corrupt).toEqual([]);
    expect(upgraded.records.map((r) => r.site).sort()).toEqual(OLD.map((r) => r.site).sort());
    expect(Object.keys(after).filter((k) => k.startsWith('quarantine:'))).toEqual([]);
  });

  it('keeps every record as it was, adding only model null, partial false, each criterion’s factor, empty links, name, company and change', () => {
    expect(bySite(upgraded.records)).toEqual(bySite(OLD.map(expectedOf)));
  });

  it('keeps notes, ratings and updatedAt exactly (the text byte for byte)', () => {
    for (const old of OLD) {
      const record = upgraded.records.find((r) => r.site === old.site)!;
      expect(record.notes).toBe(old.notes);
      expect(record.ratings).toStrictEqual(old.ratings);
      expect(record.updatedAt).toBe(old.updatedAt);
      expect(record.conflicts).toEqual(old.conflicts);
    }
  });

  it('keeps the history: every point’s date, page, overall score, scores and levels, in order', () => {
    for (const old of OLD) {
      const record = upgraded.records.find((r) => r.site === old.site)!;
      expect(record.history.map(({ at, url, overall, scores, levels }) => ({ at, url, overall, scores, levels }))).toStrictEqual(
        old.history.map(({ at, url, overall, scores, levels }) => ({ at, url, overall, scores, levels })),
      );
      expect(record.history.every((s) => s.model === null)).toBe(true);
    }
  });

  it('keeps the last report: page, date, overall, every factor’s score and level, every criterion’s verdict and evidence, and the tips', () => {
    for (const old of OLD) {
      const record = upgraded.records.find((r) => r.site === old.site)!;
      const report = record.lastReport!;
      const was = old.lastReport!;
      expect(report).not.toBeNull();
      expect([report.url, report.analysedAt, report.overall, report.tips]).toEqual([was.url, was.analysedAt, was.overall, was.tips]);
      expect([report.partial, report.model]).toEqual([false, null]);
      expect(report.factors.map((f) => f.key)).toEqual(was.factors.map((f) => f.key));
      report.factors.forEach((f, i) => {
        const { criteria, ...rest } = was.factors[i]!;
        expect({ key: f.key, score: f.score, level: f.level }).toEqual(rest);
        expect(f.criteria).toEqual(criteria.map((c) => ({ ...c, factor: f.key })));
      });
    }
  });

  it('writes the migrated records back and marks them version 4', () => {
    for (const old of OLD) {
      expect(after[`site:${old.site}$`]).toEqual({ v: 4 });
      expect(after[`site:${old.site}`]).toEqual(expectedOf(old));
    }
  });

  it('leaves everything else in storage as it was (settings, sync state, the site-check cache)', () => {
    for (const [key, value] of Object.entries(DUMP)) if (!key.startsWith('site:')) expect(after[key]).toEqual(value);
    expect(Object.keys(after).sort()).toEqual(Object.keys(DUMP).sort());
  });

  it('loads each site the same way on its own', async () => {
    const { loadSite } = await import('@/lib/notes/store');
    for (const old of OLD) expect(await loadSite(old.site)).toEqual({ record: expectedOf(old), problem: null });
  });

  it('the settings written by the old build still read (sync on, with its device id)', async () => {
    const { loadSettings } = await import('@/lib/settings');
    expect(await loadSettings()).toEqual(DUMP['settings']);
    const { loadSyncState } = await import('@/lib/notes/sync-service');
    expect(await loadSyncState()).toEqual(DUMP['sync-state']);
  });

  it('makes each old site a company of its own, named by its site', () => {
    const companies = groupCompanies(upgraded.records);
    expect(companies).toHaveLength(OLD.length);
    for (const old of OLD) {
      const company = companies.find((c) => c.channels.some((ch) => ch.channel.key === old.site))!;
      expect(company).toBeDefined();
      expect(company.pinned).toBe(false);
      expect(company.name).toBe(old.site);
      expect(company.channels).toHaveLength(1);
      expect(company.channels[0]!.channel.kind).toBe('site');
      expect(company.channels[0]!.record).toEqual(expectedOf(old));
    }
  });
});

describe('export files and the upgrade', () => {
  const NOW = new Date('2026-12-02T08:00:00.000Z');

  it('an export of the upgraded data imports equal', () => {
    const parsed = parseImport(buildExport(upgraded.records, NOW));
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && bySite(parsed.sites)).toEqual(bySite(upgraded.records));
  });

  it('a file the version-2 build exported (export format 1, version-2 records) imports to the same records', () => {
    const v1File = { format: EXPORT_FORMAT, version: 1, exportedAt: '2026-12-01T14:00:00.000Z', sites: bySite(OLD) };
    const parsed = parseImport(JSON.stringify(v1File, null, 2));
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && bySite(parsed.sites)).toEqual(bySite(upgraded.records));
  });

  it('importing that old file into an empty browser stores the same records, marked version 4', async () => {
    fakeBrowser.reset();
    vi.resetModules(); // a store with no items defined yet, as in a fresh profile
    const { importFile } = await import('@/lib/notes/import-file');
    const { listSites } = await import('@/lib/notes/store');
    const text = JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: '2026-12-01T14:00:00.000Z', sites: OLD });
    expect(await importFile({ size: text.length, text: async () => text }, NOW)).toEqual({ ok: true, sites: OLD.length });
    const imported = await listSites();
    expect(imported.corrupt).toEqual([]);
    expect(bySite(imported.records)).toEqual(bySite(upgraded.records));
    const stored = await fakeBrowser.storage.local.get(null);
    for (const old of OLD) expect(stored[`site:${old.site}$`]).toEqual({ v: 4 });
  });
});
