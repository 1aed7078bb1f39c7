import { describe, expect, it } from 'vitest';
import { groupCompanies } from '@/lib/companies/group';
import { averages, companiesCsv, companyRows, nextSort, ownRatings, sortRows, type CompanyRow } from '@/lib/companies/table';
import { parseCsv } from '@/lib/csv';
import { loadMessages, translate, type MessageKey } from '@/lib/i18n';
import { emptyRecord, type SiteRecord, type Snapshot } from '@/lib/notes/schema';

const AT = '2026-11-20T10:00:00.000Z';
function snap(scores: Snapshot['scores']): Snapshot {
  return { at: AT, url: 'https://x.example/', model: null, overall: null, scores, levels: {} };
}
function rec(site: string, extra: Partial<SiteRecord> = {}): SiteRecord {
  return { ...emptyRecord(site), ...extra };
}

// Three companies: Fjord Kaffe (a site and its LinkedIn page), Bakeriet Ås (one site, rated
// by the user) and =Evil (one site whose name starts like a formula, never analysed).
const RECORDS = [
  rec('fjordkaffe.no', { name: 'Fjord Kaffe AS', links: { profiles: ['https://www.linkedin.com/company/fjord-kaffe/'], website: null }, history: [snap({ credibility: 80, transparency: 60, openness: null })], ratings: { credibility: 4 } }),
  rec('linkedin:fjord-kaffe', { links: { profiles: [], website: 'https://fjordkaffe.no/' }, history: [snap({ credibility: 60, transparency: 40, responsiveness: 50 })], ratings: { credibility: 5, openness: 2 } }),
  rec('bakeri.no', { name: 'Bakeriet Ås', history: [snap({ credibility: 90, transparency: 90, openness: 90, responsiveness: 90, longevity: 90 })], ratings: { longevity: 3 } }),
  rec('evil.example', { name: '=cmd|calc!A1', ratings: {} }),
];
const rows = () => companyRows(groupCompanies(RECORDS));
const byName = (all: CompanyRow[], name: string) => all.find((r) => r.company.name === name)!;
const names = (all: CompanyRow[]) => all.map((r) => r.company.name);

describe('a company’s own rating', () => {
  it('is the mean of the user’s ratings of its channels, over the channels rated, to one decimal', () => {
    const own = ownRatings(byName(rows(), 'Fjord Kaffe AS').company);
    expect(own.find((o) => o.key === 'credibility')).toEqual({ key: 'credibility', value: 4.5, ratedBy: ['fjordkaffe.no', 'linkedin:fjord-kaffe'] });
    expect(own.find((o) => o.key === 'openness')).toEqual({ key: 'openness', value: 2, ratedBy: ['linkedin:fjord-kaffe'] });
    expect(own.find((o) => o.key === 'longevity')).toEqual({ key: 'longevity', value: null, ratedBy: [] });
  });

  it('rounds a third to one decimal', () => {
    const [company] = groupCompanies([rec('a.no', { links: { profiles: ['https://x.com/a', 'https://x.com/b'], website: null }, ratings: { openness: 1 } }), rec('x:a', { ratings: { openness: 2 } }), rec('x:b', { ratings: { openness: 2 } })]);
    expect(ownRatings(company!).find((o) => o.key === 'openness')!.value).toBe(1.7);
  });
});

describe('the comparison rows', () => {
  it('rate each factor across the channels that could show it, with the overall and a rank', () => {
    const all = rows();
    const fjord = byName(all, 'Fjord Kaffe AS');
    expect(fjord.factors.map((f) => [f.key, f.score, f.carriedBy])).toEqual([
      ['credibility', 70, ['fjordkaffe.no', 'linkedin:fjord-kaffe']],
      ['transparency', 50, ['fjordkaffe.no', 'linkedin:fjord-kaffe']],
      ['openness', null, []],
      ['responsiveness', 50, ['linkedin:fjord-kaffe']],
      ['longevity', null, []],
    ]);
    expect(fjord.overall).toEqual({ score: 57, level: 'fair' });
    expect([byName(all, 'Bakeriet Ås').rank, fjord.rank, byName(all, '=cmd|calc!A1').rank]).toEqual([1, 2, null]);
  });

  it('equal overall scores share a rank, and the next rank skips (1, 1, 3)', () => {
    const all = companyRows(groupCompanies([rec('a.no', { history: [snap({ credibility: 50 })] }), rec('b.no', { history: [snap({ credibility: 50 })] }), rec('c.no', { history: [snap({ credibility: 10 })] })]));
    expect(all.map((r) => [r.company.name, r.rank])).toEqual([['a.no', 1], ['b.no', 1], ['c.no', 3]]);
  });
});

describe('sorting', () => {
  it('by name A–Z and back, by a score best first and back; no score goes last either way', () => {
    const all = rows();
    expect(names(sortRows(all, { key: 'name', direction: 'ascending' }))).toEqual(['=cmd|calc!A1', 'Bakeriet Ås', 'Fjord Kaffe AS']);
    expect(names(sortRows(all, { key: 'name', direction: 'descending' }))).toEqual(['Fjord Kaffe AS', 'Bakeriet Ås', '=cmd|calc!A1']);
    expect(names(sortRows(all, { key: 'overall', direction: 'descending' }))).toEqual(['Bakeriet Ås', 'Fjord Kaffe AS', '=cmd|calc!A1']);
    expect(names(sortRows(all, { key: 'overall', direction: 'ascending' }))).toEqual(['Fjord Kaffe AS', 'Bakeriet Ås', '=cmd|calc!A1']);
    expect(names(sortRows(all, { key: 'openness', direction: 'descending' }))).toEqual(['Bakeriet Ås', '=cmd|calc!A1', 'Fjord Kaffe AS']);
  });

  it('a click on another column starts at its first direction; on the same column turns it around', () => {
    expect(nextSort({ key: 'overall', direction: 'descending' }, 'name')).toEqual({ key: 'name', direction: 'ascending' });
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'credibility')).toEqual({ key: 'credibility', direction: 'descending' });
    expect(nextSort({ key: 'credibility', direction: 'descending' }, 'credibility')).toEqual({ key: 'credibility', direction: 'ascending' });
  });
});

describe('averages across companies', () => {
  it('the mean of each column over the companies that have a value', () => {
    const avg = averages(rows());
    expect(avg.overall).toEqual({ score: 74, count: 2 });
    expect(avg.factors.find((f) => f.key === 'credibility')).toEqual({ key: 'credibility', score: 80, own: 4.5 });
    expect(avg.factors.find((f) => f.key === 'openness')).toEqual({ key: 'openness', score: 90, own: 2 });
    expect(averages([]).overall).toEqual({ score: null, count: 0 });
  });
});

describe('the CSV', () => {
  it('has a header in the interface’s language and one row per company, formulas defused', async () => {
    await loadMessages('nb');
    const t = (key: MessageKey, params?: Record<string, string | number>) => translate('nb', key, params);
    const text = companiesCsv(sortRows(rows(), { key: 'overall', direction: 'descending' }), t);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...body] = parseCsv(text);
    expect(header!.slice(0, 7)).toEqual(['Plass', 'Bedrift', 'Kanaler', 'Samlet (Tillit, 0–100)', 'Samlet nivå', 'Troverdighet (Tillit, 0–100)', 'Troverdighet: nivå']);
    expect(header).toHaveLength(5 + 5 * 4);
    expect(body).toHaveLength(3);
    expect(body[0]!.slice(0, 5)).toEqual(['1', 'Bakeriet Ås', 'bakeri.no', '90', 'Sterk']);
    expect(body[1]!.slice(0, 9)).toEqual(['2', 'Fjord Kaffe AS', 'fjordkaffe.no; linkedin:fjord-kaffe', '57', 'Middels', '70', 'Middels', '4.5', 'fjordkaffe.no; linkedin:fjord-kaffe']);
    expect(body[2]!.slice(0, 4)).toEqual(['', "'=cmd|calc!A1", 'evil.example', '']);
  });
});
