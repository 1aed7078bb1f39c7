import { emptyRecord, EXPORT_VERSION, MAX_NOTES, type SiteRecord } from '@/lib/notes/schema';
import { buildExport, MAX_IMPORT_BYTES, mergeRecords, parseImport } from '@/lib/notes/transfer';

// Export, import and the per-site merge: nothing from either side is lost, and hostile files
// are refused as a whole with a reason the page can show.

const NOW = new Date('2026-11-03T12:00:00.000Z');

function record(site: string, extra: Partial<SiteRecord> = {}): SiteRecord {
  return { ...emptyRecord(site), ...extra };
}

const full: SiteRecord = record('firma.no', {
  notes: 'Første linje\nSecond line with “quotes” and <b>markup</b>',
  ratings: { credibility: 4, openness: 2 },
  updatedAt: '2026-11-01T09:00:00.000Z',
  history: [
    { at: '2026-10-01T09:00:00.000Z', url: 'https://firma.no/blogg', model: null, overall: 41, scores: { credibility: 50, openness: null }, levels: { credibility: 'fair', openness: 'unknown' } },
    { at: '2026-11-01T09:00:00.000Z', url: 'https://firma.no/blogg', model: 'm12345678', overall: 55, scores: { credibility: 70 }, levels: { credibility: 'fair' } },
  ],
  lastReport: {
    url: 'https://firma.no/blogg',
    analysedAt: '2026-11-01T09:00:00.000Z',
    partial: false,
    model: 'm12345678',
    overall: { score: 55, level: 'fair' },
    factors: [
      {
        key: 'credibility',
        score: 70,
        level: 'fair',
        criteria: [{ id: 'author-named', factor: 'credibility', status: 'met', points: 30, earned: 30, evidence: [{ snippet: 'Kari Nordmann', selector: '.author', source: 'byline' }], detail: { key: 'detail.authors', params: { names: 'Kari Nordmann' } } }],
      },
    ],
    tips: [{ criterion: 'sources', factor: 'credibility', gain: 15 }],
  },
  conflicts: [{ at: '2026-10-15T09:00:00.000Z', origin: 'laptop', notes: 'older', ratings: { credibility: 3 } }],
});

const fileWith = (extra: Record<string, unknown>) => JSON.stringify({ format: 'tillit-notes', version: EXPORT_VERSION, exportedAt: NOW.toISOString(), sites: [], ...extra });

describe('export → import round trip', () => {
  it('gives back exactly the records that were exported', () => {
    const records = [full, record('a.example', { notes: 'just notes' }), record('zz.no', { ratings: { longevity: 5 } })];
    const text = buildExport(records, NOW);
    const result = parseImport(text);
    expect(result).toEqual({ ok: true, sites: [...records].sort((a, b) => a.site.localeCompare(b.site)) });
  });

  it('takes in a file exported before model versions: its records come in with model null, nothing lost', () => {
    const { lastReport } = full;
    const old = {
      ...full,
      history: full.history.map(({ model: _model, ...rest }) => rest),
      lastReport: { ...lastReport!, partial: undefined, model: undefined, factors: lastReport!.factors.map((f) => ({ ...f, criteria: f.criteria.map(({ factor: _factor, ...rest }) => rest) })) },
    };
    const result = parseImport(JSON.stringify({ format: 'tillit-notes', version: 1, exportedAt: NOW.toISOString(), sites: [old] }));
    expect(result).toEqual({
      ok: true,
      sites: [{ ...full, history: full.history.map((s) => ({ ...s, model: null })), lastReport: { ...lastReport!, model: null } }],
    });
  });

  it('the export is versioned JSON and carries data that was kept aside', () => {
    const text = buildExport([full], NOW, [{ key: 'quarantine:x.no:1', value: 'garbage' }]);
    const data = JSON.parse(text) as Record<string, unknown>;
    expect(data).toMatchObject({ format: 'tillit-notes', version: EXPORT_VERSION, exportedAt: NOW.toISOString(), keptAside: [{ key: 'quarantine:x.no:1', value: 'garbage' }] });
    // A file with kept-aside data still imports (the extra field is ignored).
    expect(parseImport(text)).toEqual({ ok: true, sites: [full] });
  });

  it('the same site twice in one file is merged, not dropped', () => {
    const text = fileWith({ sites: [record('dup.no', { notes: 'one' }), record('dup.no', { notes: 'two' })] });
    const result = parseImport(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.sites).toHaveLength(1);
    expect(result.sites[0]!.notes).toContain('one');
    expect(result.sites[0]!.notes).toContain('two');
  });
});

describe('import merge', () => {
  it('keeps both notes', () => {
    const merged = mergeRecords(record('m.no', { notes: 'local text' }), record('m.no', { notes: 'imported text' }), 'import', NOW);
    expect(merged.notes).toContain('local text');
    expect(merged.notes).toContain('imported text');
  });

  it('does not repeat notes that one side already contains', () => {
    expect(mergeRecords(record('m.no', { notes: 'abc def' }), record('m.no', { notes: 'abc' }), 'import', NOW).notes).toBe('abc def');
    expect(mergeRecords(record('m.no', { notes: '' }), record('m.no', { notes: 'new' }), 'import', NOW).notes).toBe('new');
  });

  it('conflicting ratings: the newer edit wins and the other version is kept as a conflict', () => {
    const local = record('c.no', { notes: 'mine', ratings: { openness: 2, longevity: 4 }, updatedAt: '2026-11-01T10:00:00.000Z' });
    const incoming = record('c.no', { notes: 'theirs', ratings: { openness: 5, credibility: 3 }, updatedAt: '2026-11-02T10:00:00.000Z' });
    const merged = mergeRecords(local, incoming, 'import', NOW);
    expect(merged.ratings).toEqual({ openness: 5, longevity: 4, credibility: 3 });
    expect(merged.conflicts).toEqual([{ at: NOW.toISOString(), origin: 'import', notes: 'mine', ratings: { openness: 2, longevity: 4 } }]);
    expect(merged.updatedAt).toBe('2026-11-02T10:00:00.000Z');
  });

  it('agreeing ratings make no conflict; merging twice adds nothing new', () => {
    const local = record('c.no', { ratings: { openness: 2 }, updatedAt: '2026-11-01T10:00:00.000Z' });
    const incoming = record('c.no', { ratings: { openness: 2, longevity: 1 }, updatedAt: '2026-11-02T10:00:00.000Z' });
    const once = mergeRecords(local, incoming, 'import', NOW);
    expect(once.conflicts).toEqual([]);
    expect(mergeRecords(once, incoming, 'import', NOW)).toEqual(once);
  });

  it('histories are united by time; existing conflicts on both sides are kept', () => {
    const a = record('h.no', { history: [full.history[0]!], conflicts: [full.conflicts[0]!] });
    const b = record('h.no', { history: [full.history[1]!, full.history[0]!], conflicts: [{ at: NOW.toISOString(), origin: 'phone', notes: 'p', ratings: {} }] });
    const merged = mergeRecords(a, b, 'import', NOW);
    expect(merged.history).toEqual(full.history);
    expect(merged.conflicts.map((c) => c.origin)).toEqual(['laptop', 'phone']);
  });
});

describe('hostile and broken files are refused', () => {
  it('wrong types → invalid', () => {
    const bad = [
      { sites: 'all of them' },
      { sites: [{ ...full, notes: 42 }] },
      { sites: [{ ...full, ratings: { openness: 9 } }] },
      { sites: [{ ...full, ratings: { openness: '5' } }] },
      { sites: [{ ...full, site: '../../etc/passwd' }] },
      { sites: [{ ...full, history: [{ at: 'yesterday', url: 'x', overall: 1, scores: {}, levels: {} }] }] },
      { sites: [{ ...full, notes: 'x'.repeat(MAX_NOTES + 1) }] },
      { exportedAt: 12 },
    ];
    for (const extra of bad) expect(parseImport(fileWith(extra)), JSON.stringify(extra).slice(0, 80)).toMatchObject({ ok: false, problem: 'invalid' });
  });

  it('huge size → tooLarge, before parsing', () => {
    const huge = fileWith({ padding: 'x'.repeat(MAX_IMPORT_BYTES) });
    expect(huge.length).toBeGreaterThan(MAX_IMPORT_BYTES);
    const parse = vi.spyOn(JSON, 'parse');
    expect(parseImport(huge)).toMatchObject({ ok: false, problem: 'tooLarge' });
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });

  it.each([
    ['top level', '{"format":"tillit-notes","version":1,"exportedAt":"2026-11-03T12:00:00.000Z","sites":[],"__proto__":{"x":1}}', '__proto__'],
    ['inside a site', `{"format":"tillit-notes","version":1,"exportedAt":"2026-11-03T12:00:00.000Z","sites":[{"site":"a.no","notes":"","ratings":{"__proto__":{"polluted":1}},"updatedAt":null,"history":[],"lastReport":null,"conflicts":[]}]}`, '__proto__'],
    ['constructor.prototype', '{"format":"tillit-notes","version":1,"exportedAt":"2026-11-03T12:00:00.000Z","sites":[],"constructor":{"prototype":{"polluted":1}}}', 'prototype'],
  ])('__proto__ / constructor keys (%s) → hostile', (_where, text, key) => {
    const result = parseImport(text);
    expect(result).toMatchObject({ ok: false, problem: 'hostile' });
    expect([key, 'constructor', '__proto__']).toContain((result as { detail?: string }).detail);
  });

  it('a future version → futureVersion', () => {
    expect(parseImport(fileWith({ version: EXPORT_VERSION + 1 }))).toEqual({ ok: false, problem: 'futureVersion', detail: String(EXPORT_VERSION + 1) });
  });

  it.each(['', 'not json', '{"format":', '<html></html>', '\u0000\u0001'])('not JSON (%j) → notJson', (text) => {
    expect(parseImport(text)).toMatchObject({ ok: false, problem: 'notJson' });
  });

  it.each(['null', '[]', '"tillit-notes"', '42', '{"sites":[]}', '{"format":"other-app","version":1,"sites":[]}'])('not a Tillit file (%s) → notTillit', (text) => {
    expect(parseImport(text)).toMatchObject({ ok: false, problem: 'notTillit' });
  });

  it('Object.prototype is never polluted, whatever the file says', () => {
    const texts = [
      '{"__proto__":{"polluted":"yes"}}',
      '{"format":"tillit-notes","version":1,"exportedAt":"2026-11-03T12:00:00.000Z","sites":[],"__proto__":{"polluted":"yes"}}',
      '{"constructor":{"prototype":{"polluted":"yes"}}}',
      `{"format":"tillit-notes","version":1,"exportedAt":"2026-11-03T12:00:00.000Z","sites":[{"site":"a.no","notes":"","ratings":{"__proto__":{"polluted":"yes"}},"updatedAt":null,"history":[],"lastReport":null,"conflicts":[]}]}`,
    ];
    for (const text of texts) {
      const result = parseImport(text);
      if (result.ok) for (const site of result.sites) mergeRecords(record(site.site), site, 'import', NOW);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
