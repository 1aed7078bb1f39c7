import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FACTOR_KEYS, type Report } from '@/lib/contracts/report';
import { editNotes, editRating } from '@/lib/notes/edit';
import { emptyRecord, MAX_HISTORY, type SiteRecord } from '@/lib/notes/schema';
import { deleteSite, listQuarantine, listSites, loadSite, QUARANTINE_PREFIX, recordAnalysis, restoreSite, StoreError, updateSite, writeSite } from '@/lib/notes/store';

// Storage of the user's notes on the fake browser. The store caches one storage item per site
// (with its migration), so every test that seeds raw data uses a site no other test touches.

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

function report(at: string, url = 'https://firma.no/blogg/innlegg', overall: number | null = 50): Report {
  return {
    url,
    analysedAt: at,
    partial: false,
    model: 'm0000abcd',
    overall: { score: overall, level: overall === null ? 'unknown' : overall >= 75 ? 'strong' : overall >= 40 ? 'fair' : 'weak' },
    factors: FACTOR_KEYS.map((key) => ({ key, score: 60, level: 'fair' as const, criteria: [] })),
    tips: [],
  };
}

const stored = async () => fakeBrowser.storage.local.get(null);

describe('migration from older data', () => {
  it('a v1 record (no version mark) becomes a current record with its notes and only valid ratings', async () => {
    await fakeBrowser.storage.local.set({ 'site:firma.no': { notes: 'old', ratings: { openness: 4, bogus: 9 } } });
    const { record, problem } = await loadSite('firma.no');
    expect(problem).toBeNull();
    expect(record).toEqual({ ...emptyRecord('firma.no'), notes: 'old', ratings: { openness: 4 }, updatedAt: expect.any(String) });
    // Stamped as edited at migration, so sync and import treat the old notes as the user's own.
    expect(Date.now() - Date.parse(record.updatedAt!)).toBeLessThan(60_000);
    // The migrated record is written back with the current version mark.
    const all = await stored();
    expect(all['site:firma.no$']).toEqual({ v: 4 });
    expect(all['site:firma.no']).toEqual(record);
  });

  it('v1 ratings out of range or not whole numbers are dropped, the notes kept', async () => {
    await fakeBrowser.storage.local.set({ 'site:v1-range.no': { notes: 'kept', ratings: { credibility: 0, transparency: 6, openness: 2.5, longevity: 5 } } });
    const { record, problem } = await loadSite('v1-range.no');
    expect(problem).toBeNull();
    expect(record.notes).toBe('kept');
    expect(record.ratings).toEqual({ longevity: 5 });
  });

  it('a current record without a version mark is not downgraded (history, report and conflicts survive)', async () => {
    const current: SiteRecord = {
      site: 'unmarked.no',
      notes: 'n',
      ratings: { openness: 3 },
      updatedAt: '2026-10-01T10:00:00.000Z',
      history: [{ at: '2026-10-01T10:00:00.000Z', url: 'https://unmarked.no/', model: null, overall: 40, scores: {}, levels: {} }],
      lastReport: null,
      conflicts: [{ at: '2026-10-02T10:00:00.000Z', origin: 'import', notes: 'other', ratings: {} }],
      links: { profiles: ['https://www.linkedin.com/company/unmarked'], website: null },
      name: 'Unmarked AS',
      company: { id: 'c-unmarked', name: 'Unmarked', at: '2026-10-03T10:00:00.000Z' },
      lastChange: null,
    };
    await fakeBrowser.storage.local.set({ 'site:unmarked.no': current });
    expect(await loadSite('unmarked.no')).toEqual({ record: current, problem: null });
  });
});

describe('migration to model versions (version 2 → 3)', () => {
  // A version-2 record as the builds before model versions stored it: snapshots without a model,
  // a last report without `partial`, `model` and each criterion's factor.
  const v2 = {
    site: 'v2.no',
    notes: 'mine',
    ratings: { openness: 4 },
    updatedAt: '2026-10-01T10:00:00.000Z',
    history: [
      { at: '2026-09-01T10:00:00.000Z', url: 'https://v2.no/', overall: 40, scores: { openness: 40 }, levels: { openness: 'fair' } },
      { at: '2026-10-01T10:00:00.000Z', url: 'https://v2.no/', overall: 45, scores: { openness: null }, levels: { openness: 'unknown' } },
    ],
    lastReport: {
      url: 'https://v2.no/',
      analysedAt: '2026-10-01T10:00:00.000Z',
      overall: { score: 45, level: 'fair' },
      factors: [
        {
          key: 'openness',
          score: null,
          level: 'unknown',
          criteria: [{ id: 'comment-section', status: 'met', points: 30, earned: 30, evidence: [{ snippet: '#comments', selector: '#comments', source: 'comments' }], detail: { key: 'detail.commentSystem', params: { system: 'disqus' } } }],
        },
      ],
      tips: [{ criterion: 'open-commenting', factor: 'openness', gain: 25 }],
    },
    conflicts: [{ at: '2026-10-02T10:00:00.000Z', origin: 'import', notes: 'other', ratings: {} }],
  };

  it('keeps everything and adds what versions 3 and 4 ask for: model null (not known), partial false, each criterion\u2019s factor; no links, name, company or change', async () => {
    await fakeBrowser.storage.local.set({ 'site:v2.no': v2, 'site:v2.no$': { v: 2 } });
    const { record, problem } = await loadSite('v2.no');
    expect(problem).toBeNull();
    expect(record).toEqual({
      ...v2,
      history: v2.history.map((s) => ({ ...s, model: null })),
      lastReport: { ...v2.lastReport, partial: false, model: null, factors: [{ ...v2.lastReport.factors[0]!, criteria: [{ ...v2.lastReport.factors[0]!.criteria[0]!, factor: 'openness' }] }] },
      links: { profiles: [], website: null },
      name: null,
      company: null,
      lastChange: null,
    });
    const all = await stored();
    expect(all['site:v2.no$']).toEqual({ v: 4 });
    expect(all['site:v2.no']).toEqual(record);
  });

  it('a version-2 record without a version mark is migrated the same way, not mistaken for version 1', async () => {
    await fakeBrowser.storage.local.set({ 'site:v2-unmarked.no': { ...v2, site: 'v2-unmarked.no' } });
    const { record, problem } = await loadSite('v2-unmarked.no');
    expect(problem).toBeNull();
    expect(record.notes).toBe('mine');
    expect(record.history.map((s) => [s.overall, s.model])).toEqual([[40, null], [45, null]]);
    expect(record.lastReport?.model).toBeNull();
    expect(record.conflicts).toHaveLength(1);
  });

  it('a new analysis records the model that scored it, in the snapshot and the report', async () => {
    await fakeBrowser.storage.local.set({ 'site:v2-then.no': { ...v2, site: 'v2-then.no' }, 'site:v2-then.no$': { v: 2 } });
    await recordAnalysis('v2-then.no', report('2026-11-01T10:00:00.000Z', 'https://v2-then.no/'));
    const { record } = await loadSite('v2-then.no');
    expect(record.history.map((s) => s.model)).toEqual([null, null, 'm0000abcd']);
    expect(record.lastReport?.model).toBe('m0000abcd');
  });
});

describe('corrupt stored data is kept aside', () => {
  it.each([
    ['a string', 'corrupt-string.no', 'garbage'],
    ['wrong types', 'corrupt-types.no', { site: 'corrupt-types.no', notes: 42, ratings: 'x', history: null }],
    ['another site\u2019s record', 'corrupt-site.no', { site: 'other.no', notes: '', ratings: {}, updatedAt: null, history: [], lastReport: null, conflicts: [] }],
  ])('%s: reported, copied under quarantine:, and a later save does not remove the copy', async (_name, site, raw) => {
    await fakeBrowser.storage.local.set({ [`site:${site}`]: raw, [`site:${site}$`]: { v: 2 } });
    const loaded = await loadSite(site);
    expect(loaded.problem).toBe('corrupt');
    expect(loaded.record.notes).toBe('');

    const kept = Object.entries(await stored()).filter(([key]) => key.startsWith(`${QUARANTINE_PREFIX}${site}:`));
    expect(kept).toHaveLength(1);
    // Kept whole: the migrations only add missing fields, so all of the raw data is in the copy.
    if (typeof raw === 'string') expect(kept[0]![1]).toBe(raw);
    else expect(kept[0]![1]).toMatchObject(raw);

    await updateSite(site, editNotes('fresh start'));
    expect((await loadSite(site)).record.notes).toBe('fresh start');
    const after = await stored();
    expect(after[kept[0]![0]]).toEqual(kept[0]![1]);
    expect(await listQuarantine()).toEqual([{ key: kept[0]![0], value: kept[0]![1] }]);
  });

  it('garbage under site:x.no (no version mark): corrupt, kept aside, not repeated on every read', async () => {
    await fakeBrowser.storage.local.set({ 'site:x.no': { notes: ['not', 'text'] } });
    expect((await loadSite('x.no')).problem).toBe('corrupt');
    expect((await loadSite('x.no')).problem).toBe('corrupt');
    const keys = Object.keys(await stored()).filter((k) => k.startsWith('quarantine:x.no:'));
    expect(keys).toHaveLength(1);
    await updateSite('x.no', editNotes('new'));
    expect((await stored())[keys[0]!]).toEqual({ notes: ['not', 'text'] });
  });

  it('listSites separates readable sites from kept-aside ones', async () => {
    await updateSite('good.no', editNotes('fine'));
    await fakeBrowser.storage.local.set({ 'site:bad-list.no': 17 });
    const { records, corrupt } = await listSites();
    expect(records.map((r) => r.site)).toEqual(['good.no']);
    expect(corrupt).toEqual(['bad-list.no']);
  });
});

describe('quota errors', () => {
  it('a keystroke written when storage is full rejects with StoreError "quota", which the popup shows', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const error = await writeSite(editNotes('x'.repeat(1000))(emptyRecord('quota.no'))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).problem).toBe('quota');
  });

  it('Firefox\u2019s QuotaExceededError is a quota problem too; other failures are "write"; the next write still goes through', async () => {
    await updateSite('quota-ff.no', editRating('openness', 1));
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(quota).mockRejectedValueOnce(new Error('IO error'));
    await expect(updateSite('quota-ff.no', editRating('openness', 3))).rejects.toMatchObject({ problem: 'quota' });
    await expect(updateSite('quota-ff.no', editRating('openness', 3))).rejects.toMatchObject({ problem: 'write' });
    spy.mockRestore();
    expect((await loadSite('quota-ff.no')).record.ratings).toEqual({ openness: 1 });
    // The queue is not stuck after a failure.
    await expect(updateSite('quota-ff.no', editRating('openness', 3))).resolves.toMatchObject({ ratings: { openness: 3 } });
  });
});

describe('saving sequences', () => {
  it('keystrokes written one after another without waiting (as the popup does) end with the last text', async () => {
    const texts = Array.from({ length: 40 }, (_, i) => 'typing'.slice(0, (i % 6) + 1) + i);
    let record = emptyRecord('typing.no');
    const writes = texts.map((text) => writeSite((record = editNotes(text)(record))));
    await Promise.all(writes);
    expect((await loadSite('typing.no')).record.notes).toBe(texts.at(-1));
  });

  it('notes and ratings changed through the store at the same time are all kept', async () => {
    const now = new Date('2026-11-01T12:00:00Z');
    await Promise.all([
      updateSite('mixed.no', editNotes('a', now)),
      updateSite('mixed.no', editRating('openness', 2, now)),
      updateSite('mixed.no', editNotes('ab', now)),
      updateSite('mixed.no', editRating('credibility', 5, now)),
      updateSite('mixed.no', editRating('openness', 4, now)),
      updateSite('mixed.no', editNotes('abc', now)),
    ]);
    const { record } = await loadSite('mixed.no');
    expect(record.notes).toBe('abc');
    expect(record.ratings).toEqual({ openness: 4, credibility: 5 });
    expect(record.updatedAt).toBe(now.toISOString());
  });

  it('a rating can be cleared', async () => {
    await updateSite('clear.no', editRating('longevity', 3));
    await updateSite('clear.no', editRating('longevity', null));
    expect((await loadSite('clear.no')).record.ratings).toEqual({});
  });

  it('two sites never overwrite each other', async () => {
    await Promise.all([updateSite('one.no', editNotes('one')), updateSite('two.no', editNotes('two'))]);
    expect((await loadSite('one.no')).record.notes).toBe('one');
    expect((await loadSite('two.no')).record.notes).toBe('two');
  });

  it('a change that produces an invalid record is refused and nothing is written', async () => {
    await updateSite('invalid.no', editNotes('keep'));
    await expect(updateSite('invalid.no', (r) => ({ ...r, ratings: { openness: 9 } }))).rejects.toThrow();
    expect((await loadSite('invalid.no')).record.notes).toBe('keep');
  });
});

describe('analysis history', () => {
  it('is bounded to MAX_HISTORY, keeping the newest', async () => {
    const start = Date.parse('2026-01-01T10:00:00Z');
    const days = MAX_HISTORY + 5;
    for (let i = 0; i < days; i++) await recordAnalysis('history.no', report(new Date(start + i * 86_400_000).toISOString(), 'https://history.no/', i));
    const { record } = await loadSite('history.no');
    expect(record.history).toHaveLength(MAX_HISTORY);
    expect(record.history[0]!.overall).toBe(5);
    expect(record.history.at(-1)!.overall).toBe(days - 1);
    expect(record.lastReport?.analysedAt).toBe(new Date(start + (days - 1) * 86_400_000).toISOString());
  });

  it('the same page analysed again the same day replaces that day\u2019s point; another page or day adds one', async () => {
    await recordAnalysis('sameday.no', report('2026-11-01T08:00:00.000Z', 'https://sameday.no/a', 40));
    await recordAnalysis('sameday.no', report('2026-11-01T15:00:00.000Z', 'https://sameday.no/a', 70));
    let { record } = await loadSite('sameday.no');
    expect(record.history).toHaveLength(1);
    expect(record.history[0]).toMatchObject({ at: '2026-11-01T15:00:00.000Z', overall: 70 });

    await recordAnalysis('sameday.no', report('2026-11-01T16:00:00.000Z', 'https://sameday.no/b', 30));
    await recordAnalysis('sameday.no', report('2026-11-02T09:00:00.000Z', 'https://sameday.no/b', 35));
    ({ record } = await loadSite('sameday.no'));
    expect(record.history.map((s) => s.overall)).toEqual([70, 30, 35]);
  });

  it('keeps the notes while recording an analysis', async () => {
    await updateSite('notes-and-history.no', editNotes('mine'));
    await recordAnalysis('notes-and-history.no', report('2026-11-01T08:00:00.000Z', 'https://notes-and-history.no/'));
    const { record } = await loadSite('notes-and-history.no');
    expect(record.notes).toBe('mine');
    expect(record.history).toHaveLength(1);
    expect(record.history[0]!.levels).toEqual(Object.fromEntries(FACTOR_KEYS.map((k) => [k, 'fair'])));
  });
});

describe('delete and restore', () => {
  it('deleteSite removes the record (and its version mark) and returns it; restoreSite brings it back', async () => {
    await updateSite('delete.no', editNotes('precious', new Date('2026-11-01T10:00:00Z')));
    await updateSite('delete.no', editRating('transparency', 2, new Date('2026-11-01T10:00:00Z')));
    await recordAnalysis('delete.no', report('2026-11-01T11:00:00.000Z', 'https://delete.no/'));
    const before = (await loadSite('delete.no')).record;

    const removed = await deleteSite('delete.no');
    expect(removed).toEqual(before);
    const all = await stored();
    expect(all['site:delete.no']).toBeUndefined();
    expect(all['site:delete.no$']).toBeUndefined();
    expect((await listSites()).records).toEqual([]);

    await restoreSite(removed!);
    expect((await loadSite('delete.no')).record).toEqual(before);
    expect((await listSites()).records).toEqual([before]);
  });

  it('deleting a kept-aside site returns nothing to restore, and the kept copy stays', async () => {
    await fakeBrowser.storage.local.set({ 'site:delete-corrupt.no': [1, 2, 3] });
    expect(await deleteSite('delete-corrupt.no')).toBeNull();
    expect(await listQuarantine()).toEqual([{ key: expect.stringMatching(/^quarantine:delete-corrupt\.no:\d+$/), value: [1, 2, 3] }]);
  });
});
