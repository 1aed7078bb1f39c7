import { FACTOR_KEYS, levelFor, modelOf, scoreFactorWith, scorePage, type Criterion, type CriterionStatus, type Report } from '@/lib/factors';
import type { PageLink, PageSignals } from '@/lib/contracts/page';
import { comment, ev, finding, makeSignals, NOW } from '../helpers/signals';
import { conversation, factor, hiddenSection, plusHours, points, section } from './builders';

// FACTORS.md — a factor's score is earned points / observable points × 100; an unobservable
// criterion is left out of the denominator; more than half of the points unobservable → unknown.
// strong ≥ 75, fair 40–74, weak < 40. Overall = mean of the known factors. Tips for every
// criterion not fully met, ordered by the points they would win.

const link = (kind: PageLink['kind'], url: string): PageLink => ({ kind, url, evidence: ev(url, 'link') });

/**
 * A factor scored by a small model of its own: criteria of the given points, each with a fixed
 * verdict. The scoring rules are tested on it, apart from the real weights, which change.
 */
function scoreOf(...criteria: Array<[points: number, status: CriterionStatus]>) {
  const model = modelOf(criteria.map(([points, status], i): Criterion => ({ id: `c${i}`, factor: 'transparency', points, reads: [], evaluate: () => ({ status, evidence: [] }) })));
  return scoreFactorWith(model, 'transparency', makeSignals(), NOW);
}

function factorOf(report: Report, key: (typeof FACTOR_KEYS)[number]) {
  const f = report.factors.find((x) => x.key === key);
  if (!f) throw new Error(key);
  return f;
}

describe('levels', () => {
  it.each([
    [100, 'strong'],
    [75, 'strong'],
    [74, 'fair'],
    [40, 'fair'],
    [39, 'weak'],
    [0, 'weak'],
  ] as const)('score %i → %s', (score, level) => {
    expect(levelFor(score)).toBe(level);
  });

  it('no score → unknown', () => {
    expect(levelFor(null)).toBe('unknown');
  });

  it('75 points earned of 100 observable is strong', () => {
    expect(scoreOf([75, 'met'], [25, 'unmet'])).toMatchObject({ score: 75, level: 'strong' });
  });

  it('70 points of 100 is fair (just under strong)', () => {
    expect(scoreOf([70, 'met'], [30, 'unmet'])).toMatchObject({ score: 70, level: 'fair' });
  });

  it('40 points of 100 is fair, 35 is weak', () => {
    expect(scoreOf([40, 'met'], [60, 'unmet'])).toMatchObject({ score: 40, level: 'fair' });
    expect(scoreOf([35, 'met'], [65, 'unmet'])).toMatchObject({ score: 35, level: 'weak' });
  });
});

describe('score = earned / observable × 100', () => {
  it('unobservable criteria leave the denominator, they do not count as fails', () => {
    expect(scoreOf([30, 'met'], [25, 'unobservable'], [45, 'unmet'])).toMatchObject({ score: 40, level: 'fair' });
    // On a Blogger page the login rule can't be seen: the open section and a feed are earned of what can be.
    const signals = makeSignals({ comments: [section({ system: 'blogger', login: 'unknown' })], engagement: { feeds: [finding('/feeds/posts/default')] } });
    const f = factor('openness', signals);
    expect(f.criteria.find((c) => c.id === 'open-commenting')?.status).toBe('unobservable');
    expect(f.score).toBe(Math.round(((points('comment-section') + points('open-channels')) / (100 - points('open-commenting'))) * 100));
  });

  it('partial criteria earn half their points', () => {
    expect(scoreOf([30, 'partial'], [70, 'unmet'])).toMatchObject({ score: 15 });
    // A closed comment section and an open channel.
    const f = factor('openness', makeSignals({ comments: [section({ closed: true, login: 'required' })], contact: { socialProfiles: [finding('fb')] } }));
    expect(f.criteria.find((c) => c.id === 'comment-section')?.earned).toBe(points('comment-section') / 2);
    expect(f.score).toBe(Math.round(points('comment-section') / 2 + points('open-channels')));
  });

  it('an unobservable criterion earns nothing and every earned value stays within its points', () => {
    const report = scorePage(makeSignals({ comments: [hiddenSection()] }), NOW);
    for (const c of report.factors.flatMap((f) => f.criteria)) {
      expect(c.earned).toBeGreaterThanOrEqual(0);
      expect(c.earned).toBeLessThanOrEqual(c.points);
      if (c.status === 'unobservable') expect(c.earned).toBe(0);
      if (c.status === 'met') expect(c.earned).toBe(c.points);
      if (c.status === 'unmet') expect(c.earned).toBe(0);
    }
  });

  it('half the points unobservable → still rated; more than half → unknown', () => {
    expect(scoreOf([50, 'unobservable'], [50, 'met'])).toMatchObject({ score: 100, level: 'strong' });
    expect(scoreOf([51, 'unobservable'], [49, 'met'])).toMatchObject({ score: null, level: 'unknown' });
  });

  it('Disqus hides the login rule and the comments: the section is rated on what can be seen', () => {
    const f = factor('openness', makeSignals({ comments: [hiddenSection()] }));
    const hidden = points('open-commenting') + points('visible-comments');
    expect(hidden).toBeLessThanOrEqual(50);
    expect(f.score).toBe(Math.round((points('comment-section') / (100 - hidden)) * 100));
  });

  it('more than half of the points unobservable → unknown, even when all that can be seen is met', () => {
    const signals = makeSignals({
      comments: [hiddenSection()],
      engagement: { promises: [finding('besvares daglig')] },
      contact: { phones: [finding('+47 22 33 44 55')] },
    });
    const f = factor('responsiveness', signals);
    expect(f.criteria.filter((c) => c.status === 'met').map((c) => c.id)).toEqual(['response-promise', 'fast-channels']);
    expect(f.score).toBeNull();
    expect(f.level).toBe('unknown');
  });

  it('an evaluator that throws on malformed signals makes its criterion unobservable, not a fail', () => {
    const broken = { ...makeSignals(), authors: undefined, contact: undefined, comments: undefined, dates: undefined, engagement: undefined } as unknown as PageSignals;
    const report = scorePage(broken, NOW);
    expect(report.factors.flatMap((f) => f.criteria).every((c) => c.status === 'unobservable')).toBe(true);
    expect(report.factors.every((f) => f.level === 'unknown')).toBe(true);
    // Overall: no factor known → unknown, no score, nothing to advise.
    expect(report.overall).toEqual({ score: null, level: 'unknown' });
    expect(report.tips).toEqual([]);
  });
});

describe('overall', () => {
  it('is the mean of the known factors only (an unknown factor is not a zero)', () => {
    // Transparency 100; credibility, openness, longevity 0; responsiveness unknown (no comments).
    const signals = makeSignals({
      contact: {
        emails: [finding('a@b.no')],
        addresses: [finding('Storgata 1')],
        organisationNames: [finding('Firma AS')],
        pages: [link('about', '/om'), link('privacy', '/p'), link('contact', '/k')],
      },
    });
    const report = scorePage(signals, NOW);
    expect(factorOf(report, 'transparency').score).toBe(100);
    expect(factorOf(report, 'responsiveness').level).toBe('unknown');
    expect(report.overall.score).toBe(25);
    expect(report.overall.level).toBe('weak');
  });

  it('matches the rounded mean of whatever factors are known', () => {
    const signals = makeSignals({
      authors: [{ name: 'Kari', visible: true, profileUrl: null, bio: null, evidence: ev('Kari', 'byline') }],
      comments: [section({ comments: [comment('A', '2026-11-01T10:00:00Z'), comment('Kari', plusHours('2026-11-01T10:00:00Z', 30), { byOwner: true, replyTo: 0 })] })],
      dates: { published: { date: '2026-11-01', evidence: ev('1. november 2026', 'time') } },
      engagement: { feeds: [finding('/feed/')] },
    });
    const report = scorePage(signals, NOW);
    const known = report.factors.map((f) => f.score).filter((s): s is number => s !== null);
    expect(known).toHaveLength(5);
    expect(report.overall.score).toBe(Math.round(known.reduce((a, b) => a + b, 0) / known.length));
    expect(report.overall.level).toBe(levelFor(report.overall.score));
  });

  it('reports every factor in the order of FACTORS.md, with the page URL, time and partial flag', () => {
    const report = scorePage({ ...makeSignals(), partial: true }, NOW);
    expect(report.factors.map((f) => f.key)).toEqual(['credibility', 'transparency', 'openness', 'responsiveness', 'longevity']);
    expect(report.url).toBe('https://firma.example/blogg/innlegg');
    expect(report.analysedAt).toBe(NOW.toISOString());
    expect(report.partial).toBe(true);
  });
});

describe('tips', () => {
  const signals = makeSignals({
    // author-named partial (metadata only) and sources partial (1 link): each gains half its points.
    authors: [{ name: 'Kari', visible: false, profileUrl: 'https://x.example/kari', bio: null, evidence: ev('Kari', 'json-ld') }],
    engagement: { sources: { count: 1, examples: [finding('https://ssb.no')] }, feeds: [finding('/feed/')] },
    // reply-time partial (48 h): gains half its points; owner-replies met (5 of 5 answered): no tip.
    comments: [section({ comments: conversation('2026-11-01T10:00:00Z', [48, 48, 48, 48, 48]) })],
  });
  const report = scorePage(signals, NOW);
  const all = report.factors.flatMap((f) => f.criteria);

  it('come only from partly met and unmet criteria — never met or unobservable ones', () => {
    const expected = all.filter((c) => c.status === 'partial' || c.status === 'unmet').map((c) => c.id).sort();
    expect(report.tips.map((t) => t.criterion).sort()).toEqual(expected);
    expect(report.tips.map((t) => t.criterion)).not.toContain('owner-replies');
    expect(report.tips.map((t) => t.criterion)).not.toContain('author-profile');
  });

  it('each tip wins the points the criterion still lacks (points − earned)', () => {
    for (const tip of report.tips) {
      const c = all.find((x) => x.id === tip.criterion)!;
      expect(tip.gain).toBe(c.points - c.earned);
      expect(tip.factor).toBe(c.factor);
    }
    const gain = (id: string) => report.tips.find((t) => t.criterion === id)?.gain;
    expect(gain('author-named')).toBe(points('author-named') / 2);
    expect(gain('reply-time')).toBe(points('reply-time') / 2);
    expect(gain('sources')).toBe(points('sources') / 2);
    expect(gain('comment-section')).toBeUndefined();
  });

  it('are ordered by the points they would win, most first', () => {
    const gains = report.tips.map((t) => t.gain);
    expect(gains).toEqual([...gains].sort((a, b) => b - a));
    // Each before any that would win fewer points (history unmet, a slow reply, a hidden byline, one source).
    const order = report.tips.map((t) => t.criterion);
    const gain = (id: string) => report.tips.find((t) => t.criterion === id)!.gain;
    const ids = ['history', 'reply-time', 'author-named', 'sources'] as const;
    for (const a of ids) for (const b of ids) if (gain(a) > gain(b)) expect(order.indexOf(a), `${a} before ${b}`).toBeLessThan(order.indexOf(b));
  });

  it('a page that meets everything gets no tips', () => {
    const perfect = makeSignals({
      authors: [{ name: 'Kari', visible: true, profileUrl: '/a/kari', bio: finding('Rådgiver'), evidence: ev('Kari', 'byline') }],
      contact: {
        emails: [finding('a@b.no')],
        addresses: [finding('Storgata 1')],
        organisationNames: [finding('Firma AS')],
        pages: [link('about', '/om'), link('privacy', '/p'), link('contact', '/k')],
        socialProfiles: [finding('fb')],
        contactForms: [finding('/k/send')],
      },
      comments: [section({ comments: conversation('2026-11-15T10:00:00Z', [2, 2, 2, 2, 2]) })],
      dates: {
        posts: [2024, 2025, 2026].flatMap((y) => [1, 3, 5, 7, 9, 11].map((m) => ({ date: `${y}-${String(m).padStart(2, '0')}-15`, evidence: ev('d', 'time') }))),
        copyright: { from: 2024, to: 2026, evidence: ev('© 2024–2026', 'copyright') },
      },
      engagement: {
        invitations: [finding('positiv som negativ')],
        promises: [finding('besvares daglig')],
        firstPerson: { count: 10, evidence: ev('jeg', 'text') },
        feeds: [finding('/feed/')],
        sources: { count: 2, examples: [finding('https://a'), finding('https://b')] },
      },
    });
    const r = scorePage(perfect, NOW);
    expect(r.factors.map((f) => f.score)).toEqual([100, 100, 100, 100, 100]);
    expect(r.overall).toEqual({ score: 100, level: 'strong' });
    expect(r.tips).toEqual([]);
  });
});
