import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CriterionStatus, Report } from '@/lib/contracts/report';
import { compareReports, nextChange } from '@/lib/notes/changes';
import { loadSite, recordAnalysis, setCompanies } from '@/lib/notes/store';

// What changed since the last analysis of a channel: criteria newly met or lost, the model change
// marked, and only the same page compared.

const URL = 'https://fjordkaffe.no/blogg/innlegg';

function report(at: string, statuses: Record<string, CriterionStatus>, model = 'm0000abcd', url = URL): Report {
  const criteria = Object.entries(statuses).map(([id, status]) => ({
    id, factor: 'transparency' as const, status, points: 10, earned: status === 'met' ? 10 : 0, evidence: [],
    ...(id === 'recency' ? { detail: { key: 'detail.newestPost', params: { days: status === 'met' ? 20 : 120 } } } : {}),
  }));
  return { url, analysedAt: at, partial: false, model, overall: { score: 50, level: 'fair' }, factors: [{ key: 'transparency', score: 50, level: 'fair', criteria }], tips: [] };
}

describe('comparing two analyses', () => {
  it('lists the criteria whose verdict changed, with the new one’s detail', () => {
    const before = report('2026-11-12T10:00:00.000Z', { 'contact-page': 'unmet', recency: 'met', 'about-page': 'met' });
    const after = report('2026-11-26T10:00:00.000Z', { 'contact-page': 'met', recency: 'unmet', 'about-page': 'met' });
    expect(compareReports(before, after)).toEqual({
      since: '2026-11-12T10:00:00.000Z',
      at: '2026-11-26T10:00:00.000Z',
      modelChanged: false,
      criteria: [
        { id: 'contact-page', was: 'unmet', now: 'met' },
        { id: 'recency', was: 'met', now: 'unmet', detail: { key: 'detail.newestPost', params: { days: 120 } } },
      ],
    });
  });

  it('marks a comparison across a scoring-model change', () => {
    const change = compareReports(report('2026-11-12T10:00:00.000Z', { recency: 'met' }, 'm0000aaaa'), report('2026-11-26T10:00:00.000Z', { recency: 'met' }, 'm0000bbbb'));
    expect(change).toMatchObject({ modelChanged: true, criteria: [] });
  });

  it('another page of the site is compared on the site-wide criteria only: its pages differ without anything having changed', () => {
    const before = report('2026-11-12T10:00:00.000Z', { recency: 'met', 'contact-page': 'unmet', 'author-named': 'met' });
    const other = report('2026-11-26T10:00:00.000Z', { recency: 'unmet', 'contact-page': 'met', 'author-named': 'unmet' }, 'm0000abcd', 'https://fjordkaffe.no/om-oss');
    expect(nextChange(before, null, other)?.criteria).toEqual([{ id: 'contact-page', was: 'unmet', now: 'met' }]);
  });

  it('analyses of the same day build on each other, still reaching back to the day before', () => {
    const first = report('2026-11-12T10:00:00.000Z', { 'contact-page': 'unmet', recency: 'met' });
    const second = report('2026-11-26T10:00:00.000Z', { 'contact-page': 'met', recency: 'met' });
    const third = report('2026-11-26T10:05:00.000Z', { 'contact-page': 'met', recency: 'unmet' });
    const change = nextChange(second, nextChange(first, null, second), third);
    expect(change).toMatchObject({ since: first.analysedAt, at: third.analysedAt });
    expect(change!.criteria.map((c) => [c.id, c.was, c.now])).toEqual([['contact-page', 'unmet', 'met'], ['recency', 'met', 'unmet']]);
  });
});

describe('the stored record of a channel', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps what changed at each analysis, and what the analysis saw of the company', async () => {
    await recordAnalysis('fjordkaffe.no', report('2026-11-12T10:00:00.000Z', { 'contact-page': 'unmet' }));
    expect((await loadSite('fjordkaffe.no')).record.lastChange).toBeNull();
    const seen = { links: { profiles: ['https://www.linkedin.com/company/fjord-kaffe/'], website: null }, name: 'Fjord Kaffe AS' };
    await recordAnalysis('fjordkaffe.no', report('2026-11-26T10:00:00.000Z', { 'contact-page': 'met' }), seen);
    const { record } = await loadSite('fjordkaffe.no');
    expect(record.lastChange?.criteria).toEqual([{ id: 'contact-page', was: 'unmet', now: 'met' }]);
    expect(record.links).toEqual(seen.links);
    expect(record.name).toBe('Fjord Kaffe AS');
  });

  it('a profile is a channel of its own, stored under its platform and handle', async () => {
    await recordAnalysis('linkedin:fjord-kaffe', report('2026-11-26T10:00:00.000Z', {}, 'm0000abcd', 'https://www.linkedin.com/company/fjord-kaffe/'));
    await recordAnalysis('linkedin:other', report('2026-11-26T10:00:00.000Z', {}, 'm0000abcd', 'https://www.linkedin.com/company/other/'));
    expect((await loadSite('linkedin:fjord-kaffe')).record.history).toHaveLength(1);
    expect((await loadSite('linkedin:other')).record.history).toHaveLength(1);
  });

  it('placing a channel in a company changes nothing else and counts as the user’s edit', async () => {
    await recordAnalysis('fjordkaffe.no', report('2026-11-26T10:00:00.000Z', { 'contact-page': 'met' }));
    const before = (await loadSite('fjordkaffe.no')).record;
    const pin = { id: 'c-fjord', name: 'Fjord Kaffe', at: '2026-11-27T09:00:00.000Z' };
    await setCompanies([{ key: 'fjordkaffe.no', pin }]);
    expect((await loadSite('fjordkaffe.no')).record).toEqual({ ...before, company: pin, updatedAt: pin.at });
    // A later analysis keeps the user's choice.
    await recordAnalysis('fjordkaffe.no', report('2026-11-28T10:00:00.000Z', { 'contact-page': 'met' }), { links: { profiles: [], website: null }, name: null });
    expect((await loadSite('fjordkaffe.no')).record.company).toEqual(pin);
  });
});
