import { describe, expect, it } from 'vitest';
import type { CommentSection, PageSignals } from '../../lib/contracts/page';
import { mergeSignals, scoreCompany } from '../../lib/node/audit/aggregate';
import { scorePage, type Report } from '../../lib/factors';
import { comment, ev, finding, makeSignals, NOW } from '../helpers/signals';
import { onPlatform, profile } from '../factors/profile-builders';

const HOUR = 3_600_000;
const at = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * HOUR).toISOString();

/** A post page with one reader comment answered by the owner after `hours`. */
function postPage(url: string, published: string, ...hours: number[]): PageSignals {
  const comments = hours.flatMap((h, i) => [comment(`Reader ${i}`, at(published, 1)), comment('Owner', at(published, 1 + h), { byOwner: true, replyTo: i * 2 })]);
  const section: CommentSection = { system: 'wordpress', observable: true, count: comments.length, displayedCount: null, comments, login: 'not-required', closed: false, evidence: ev('comments') };
  return makeSignals({ url, comments: [section], dates: { published: { date: published, evidence: ev(`published ${published}`) } } as PageSignals['dates'] });
}

const criterion = (report: Report, id: string) => report.factors.flatMap((f) => f.criteria).find((c) => c.id === id)!;

describe('a company is rated on the evidence of all its pages, not on a mean of their scores', () => {
  it('the median reply time is over every owner reply on every page', () => {
    const a = postPage('https://firma.example/a', '2026-11-01T10:00:00Z', 2);
    const b = postPage('https://firma.example/b', '2026-10-01T10:00:00Z', 60, 70);
    // Alone, page a is answered within a day and page b within three.
    expect(criterion(scorePage(a, NOW), 'reply-time').status).toBe('met');
    expect(criterion(scorePage(b, NOW), 'reply-time').status).toBe('partial');
    const company = scoreCompany({ pages: [a, b], profiles: [], site: null, now: NOW });
    const replyTime = criterion(company.site!.report, 'reply-time');
    // The median of 2, 60 and 70 hours: 60.
    expect(replyTime.detail?.params?.['hours']).toBe(60);
    expect(replyTime.status).toBe('partial');
  });

  it('the archive span runs from the oldest date on any page to the newest on any page', () => {
    const recent = postPage('https://firma.example/new', '2026-11-01T10:00:00Z');
    const old = postPage('https://firma.example/old', '2023-06-01T10:00:00Z');
    // Neither page alone shows two years of activity.
    expect(criterion(scorePage(recent, NOW), 'history').status).toBe('unmet');
    expect(criterion(scorePage(old, NOW), 'history').status).toBe('unmet');
    const { site } = scoreCompany({ pages: [recent, old], profiles: [], site: null, now: NOW });
    expect(criterion(site!.report, 'history')).toMatchObject({ status: 'met', detail: { params: { from: '2023-06-01', to: '2026-11-01' } } });
    // Recency: the newest post of the site counts, whichever page showed it.
    expect(criterion(site!.report, 'recency').status).toBe('met');
  });

  it('the factor is the merged evidence’s score, not the mean of the pages’ scores', () => {
    const pages = [postPage('https://firma.example/a', '2026-11-01T10:00:00Z', 2), postPage('https://firma.example/b', '2023-06-01T10:00:00Z', 100)];
    const company = scoreCompany({ pages, profiles: [], site: null, now: NOW });
    const merged = scorePage(mergeSignals(pages).signals, NOW);
    for (const f of merged.factors) expect(company.factors[f.key].score).toBe(f.score);
    const longevity = pages.map((p) => scorePage(p, NOW).factors.find((f) => f.key === 'longevity')!.score!);
    const mean = Math.round(longevity.reduce((a, b) => a + b, 0) / longevity.length);
    expect(company.factors.longevity.score).not.toBe(mean);
    expect(company.overall.score).toBe(merged.overall.score);
  });

  it('findings are united without duplicates; a count that describes one text is the best page’s', () => {
    const a = makeSignals({ url: 'https://firma.example/a', contact: { emails: [finding('post@firma.example')] } as PageSignals['contact'], engagement: { firstPerson: { count: 2, evidence: ev('we') } } as PageSignals['engagement'] });
    const b = makeSignals({ url: 'https://firma.example/b', contact: { emails: [finding('POST@firma.example'), finding('kari@firma.example')] } as PageSignals['contact'], engagement: { firstPerson: { count: 3, evidence: ev('I') } } as PageSignals['engagement'] });
    const { signals, pageOf } = mergeSignals([a, b]);
    expect(signals.contact.emails.map((e) => e.value)).toEqual(['post@firma.example', 'kari@firma.example']);
    expect(signals.engagement.firstPerson.count).toBe(3);
    // Every piece of evidence knows the page it came from (the report links to it).
    expect(pageOf.get(signals.contact.emails[1]!.evidence)).toBe('https://firma.example/b');
    expect(signals.url).toBe('https://firma.example/a');
  });

  it('each page’s publication date is one more dated post of the site', () => {
    const { signals } = mergeSignals([postPage('https://firma.example/a', '2026-11-01T10:00:00Z'), postPage('https://firma.example/b', '2026-05-01T10:00:00Z')]);
    expect(signals.dates.posts.map((p) => p.date).sort()).toEqual(['2026-05-01T10:00:00Z', '2026-11-01T10:00:00Z']);
    expect(signals.dates.published!.date).toBe('2026-11-01T10:00:00Z');
    expect(signals.comments).toHaveLength(2);
  });

  it('a profile is a channel of its own: a factor is the mean of the channels that could show it', () => {
    const site = [postPage('https://firma.example/a', '2026-11-01T10:00:00Z', 2)];
    const x = onPlatform(profile({ website: 'https://firma.example/', verified: true }));
    const company = scoreCompany({ pages: site, profiles: [x], site: null, now: NOW });
    const siteReport = scorePage(mergeSignals(site).signals, NOW);
    const profileReport = scorePage(x, NOW);
    for (const key of ['credibility', 'transparency', 'openness', 'responsiveness', 'longevity'] as const) {
      const known = [siteReport, profileReport].map((r) => r.factors.find((f) => f.key === key)!.score).filter((s): s is number => s !== null);
      const expected = known.length ? Math.round(known.reduce((a, b) => a + b, 0) / known.length) : null;
      expect(company.factors[key].score, key).toBe(expected);
      expect(company.factors[key].channels.length, key).toBe(known.length);
    }
    expect(company.profiles.map((p) => p.channel)).toEqual(['x']);
  });

  it('a company with no scored page is unknown throughout', () => {
    const company = scoreCompany({ pages: [], profiles: [], site: null, now: NOW });
    expect(company.site).toBeNull();
    expect(company.overall).toEqual({ score: null, level: 'unknown' });
    expect(Object.values(company.factors).every((f) => f.score === null && f.level === 'unknown')).toBe(true);
  });
});
