import { escapeMarkdown, siteMarkdown } from '@/lib/notes/markdown';
import { SiteRecord } from '@/lib/notes/schema';
import { parseImport } from '@/lib/notes/transfer';

// The Markdown report per site: the analysis (factors, evidence, tips) with the user's notes
// and ratings, where nothing taken from a page can turn into markup or a link.

const HOSTILE_SNIPPET = '<script>alert(1)</script> [click](javascript:alert(1)) ![img](x) **bold**';

const record: SiteRecord = {
  site: 'firma.no',
  notes: 'Good bios.\nBut see [this](javascript:alert(2)) and <img src=x onerror=alert(3)>',
  ratings: { credibility: 4, openness: 2 },
  updatedAt: '2026-11-01T09:00:00.000Z',
  history: [],
  lastReport: {
    url: 'https://firma.no/blogg?q=<x>',
    analysedAt: '2026-11-01T09:00:00.000Z',
    partial: false,
    model: null,
    overall: { score: 55, level: 'fair' },
    factors: [
      {
        key: 'credibility',
        score: 70,
        level: 'fair',
        criteria: [
          { id: 'author-named', factor: 'credibility', status: 'met', points: 30, earned: 30, evidence: [{ snippet: HOSTILE_SNIPPET, selector: null, source: 'byline' }], detail: { key: 'detail.authors', params: { names: '<b>Kari</b> [x](javascript:y)' } } },
          { id: 'sources', factor: 'credibility', status: 'unmet', points: 15, earned: 0, evidence: [] },
        ],
      },
      { key: 'openness', score: 20, level: 'weak', criteria: [{ id: 'comment-section', factor: 'openness', status: 'unmet', points: 30, earned: 0, evidence: [] }] },
    ],
    tips: [
      { criterion: 'sources', factor: 'credibility', gain: 15 },
      { criterion: 'comment-section', factor: 'openness', gain: 30 },
    ],
  },
  conflicts: [],
  links: { profiles: [], website: null },
  name: null,
  company: null,
  lastChange: null,
};

/** Text outside escapes: markup or links that a Markdown renderer would act on. */
function activeMarkup(md: string): string[] {
  const found: string[] = [];
  if (/<(?:script|img|b)\b/i.test(md)) found.push('html');
  if (/(?<!\\)\]\((?:javascript|x)/i.test(md)) found.push('link');
  if (/(?<!\\)!\[/.test(md)) found.push('image');
  return found;
}

describe('siteMarkdown', () => {
  it('contains the factors, levels, criteria, evidence, tips, notes and own ratings (English)', () => {
    const md = siteMarkdown(record, 'en');
    expect(md).toMatch(/^# Tillit: firma\.no\n/);
    expect(md).toContain('| Credibility | Fair (70) | 4/5 |');
    expect(md).toContain('| Openness | Weak (20) | 2/5 |');
    expect(md).toContain('## Credibility: Fair');
    expect(md).toContain('The post names its author');
    expect(md).toContain('(30/30)');
    expect(md).toContain('Link to the sources and references behind your claims.');
    expect(md).toContain('Open a comment section under each post so readers can answer.');
    expect(md).toContain('+30 points');
    expect(md).toContain('## Your notes');
    expect(md).toContain('> Good bios.');
    expect(md).toContain('Kari');
  });

  it('is written in Norwegian for nb', () => {
    const md = siteMarkdown(record, 'nb');
    expect(md).toContain('Troverdighet');
    expect(md).toContain('## Dine notater');
    expect(md).toContain('Middels');
  });

  it('escapes page snippets, URLs, details and notes: no HTML, no links, no images', () => {
    const md = siteMarkdown(record, 'en');
    expect(activeMarkup(md)).toEqual([]);
    expect(md).toContain('&lt;script&gt;alert\\(1\\)&lt;/script&gt;');
    expect(md).toContain('\\[click\\]\\(javascript:alert\\(1\\)\\)');
    expect(md).not.toContain('**bold**');
    expect(md).toContain('&lt;img src=x onerror=alert\\(3\\)&gt;');
  });

  it('a site that was never analysed still has its ratings and notes', () => {
    const md = siteMarkdown({ ...record, lastReport: null }, 'en');
    expect(md).toContain('This site has not been analysed yet.');
    expect(md).toContain('| Credibility | 4/5 |');
    expect(md).toContain('> Good bios.');
  });

  it('empty notes say so', () => {
    expect(siteMarkdown({ ...record, notes: '  ' }, 'en')).toContain('_No notes yet._');
  });

  it('escapeMarkdown puts everything on one line', () => {
    expect(escapeMarkdown('a\nb\r\nc')).toBe('a b c');
  });

  it('criterion ids from an imported file cannot smuggle markup into the report', () => {
    const evil = structuredClone(record);
    evil.lastReport!.factors[0]!.criteria[0]!.id = '<script>alert(1)</script>';
    evil.lastReport!.tips[0]!.criterion = '[x](javascript:alert(1))';
    const file = JSON.stringify({ format: 'tillit-notes', version: 1, exportedAt: '2026-11-03T12:00:00.000Z', sites: [evil] });
    const result = parseImport(file);
    // Refused at the gate, so such a record never reaches storage or the report.
    expect(result).toMatchObject({ ok: false, problem: 'invalid' });
    expect(SiteRecord.safeParse(evil).success).toBe(false);
  });
});
