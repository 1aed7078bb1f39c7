import { render, screen, within } from '@testing-library/preact';
import { LangContext } from '@/components/i18n';
import { BADGES_MARK, ReportView } from '@/components/ReportView';
import { CRITERIA, levelFor, scorePage, type CriterionId, type Report } from '@/lib/factors';
import type { Author, PageSignals } from '@/lib/contracts/page';
import { comment, ev, finding, makeSignals, NOW } from '../helpers/signals';

// The popup's result: overall level, a card per factor with its level, the criteria and their
// statuses, evidence as plain text and tips most-points-first — in the user's language.

const HOSTILE = '<img src=x onerror=alert(1)>';

function author(parts: Partial<Author> = {}): Author {
  return { name: 'Kari Nordmann', visible: true, profileUrl: null, bio: null, evidence: ev('Skrevet av Kari Nordmann', 'byline'), ...parts };
}

/** Credibility strong, transparency weak, openness fair, responsiveness unknown, longevity weak. */
function mixedSignals(): PageSignals {
  return makeSignals({
    authors: [author({ profileUrl: '/author/kari/', bio: finding('Kommunikasjonsrådgiver') })],
    engagement: { firstPerson: { count: 9, evidence: ev('jeg', 'text') }, sources: { count: 1, examples: [finding('https://ssb.no')] } },
    contact: { emails: [{ value: 'x@y.no', evidence: { snippet: HOSTILE, selector: 'a[href="mailto:x@y.no"]', source: 'link' } }] },
    comments: [
      {
        system: 'native-wordpress',
        observable: true,
        count: 1,
        displayedCount: 1,
        comments: [comment('Per', null)],
        login: 'not-required',
        closed: false,
        evidence: ev('#comments', 'comments'),
      },
    ],
  });
}

function renderReport(report: Report, lang: 'en' | 'nb' = 'en') {
  return render(
    <LangContext.Provider value={lang}>
      <ReportView report={report} />
    </LangContext.Provider>,
  );
}

describe('ReportView', () => {
  const report = scorePage(mixedSignals(), NOW);
  const level = (key: string) => report.factors.find((f) => f.key === key)!.level;
  // The example's numbers come from the criteria's points, so a change of weights doesn't break it.
  const points = (id: CriterionId) => CRITERIA.find((c) => c.id === id)!.points;
  const scores = {
    // Everything but half of the sources (one link).
    credibility: Math.round(100 - points('sources') / 2),
    // The e-mail address.
    transparency: points('contact-details'),
    // A section, open without login, with a comment; no invitation, no other channels.
    openness: points('comment-section') + points('open-commenting') + points('visible-comments'),
    // A reader comment with no time and no owner reply: owner-replies unmet, reply-time unobservable.
    responsiveness: 0,
    longevity: 0,
  };

  it('our example report has the levels the model gives it', () => {
    expect(report.factors.map((f) => [f.key, f.score, f.level])).toEqual(Object.entries(scores).map(([key, score]) => [key, score, levelFor(score)]));
    // Credibility strong, transparency weak, openness fair: the words tested below.
    expect([level('credibility'), level('transparency'), level('openness')]).toEqual(['strong', 'weak', 'fair']);
  });

  it('shows the overall level in [data-overall], with its word', () => {
    const { container } = renderReport(report);
    // The mean of five known factors.
    const mean = Math.round(Object.values(scores).reduce((a, b) => a + b, 0) / 5);
    expect(report.overall).toEqual({ score: mean, level: levelFor(mean) });
    const overall = container.querySelector('[data-overall]')!;
    expect(overall.getAttribute('data-overall')).toBe(levelFor(mean));
    expect(overall.textContent).toContain({ strong: 'Strong', fair: 'Fair', weak: 'Weak', unknown: 'Unknown' }[levelFor(mean)]);
    expect(overall.textContent).toContain(String(mean));
  });

  it('renders one card per factor, in order, each with its level', () => {
    const { container } = renderReport(report);
    const cards = [...container.querySelectorAll('[data-factor]')];
    expect(cards.map((c) => c.getAttribute('data-factor'))).toEqual(['credibility', 'transparency', 'openness', 'responsiveness', 'longevity']);
    expect(cards.map((c) => c.getAttribute('data-level'))).toEqual(report.factors.map((f) => f.level));
    expect(cards[0]!.getAttribute('data-level')).toBe('strong');
    expect(cards[2]!.getAttribute('data-level')).toBe('fair');
  });

  it('names levels in words: Strong / Fair / Weak in English', () => {
    const { container } = renderReport(report);
    const word = (key: string) => container.querySelector(`[data-factor="${key}"] .factor__summary`)!.textContent;
    expect(word('credibility')).toContain('Strong');
    expect(word('openness')).toContain('Fair');
    expect(word('transparency')).toContain('Weak');
    expect(word('credibility')).toContain('Credibility');
  });

  it('in Norwegian: Sterk / Middels / Svak and Norwegian factor names', () => {
    const { container } = renderReport(report, 'nb');
    const summary = (key: string) => container.querySelector(`[data-factor="${key}"] .factor__summary`)!.textContent;
    expect(summary('credibility')).toContain('Sterk');
    expect(summary('credibility')).toContain('Troverdighet');
    expect(summary('openness')).toContain('Middels');
    expect(summary('transparency')).toContain('Svak');
    expect(summary('responsiveness')).toContain('Rask responstid');
    expect(container.textContent).not.toContain('Strong');
  });

  it('shows each criterion with its status in words', () => {
    const { container } = renderReport(report);
    const row = (id: string) => container.querySelector(`[data-criterion="${id}"]`)!;
    expect(row('author-named').getAttribute('data-status')).toBe('met');
    expect(row('author-named').textContent).toContain('Met');
    expect(row('sources').getAttribute('data-status')).toBe('partial');
    expect(row('sources').textContent).toContain('Partly met');
    expect(row('postal-address').textContent).toContain('Not met');
    expect(row('reply-time').getAttribute('data-status')).toBe('unobservable');
    expect(row('reply-time').textContent).toContain("Couldn't check");
    // Points for what could be checked; none invented for what couldn't.
    expect(row('sources').textContent).toContain(`${points('sources') / 2} of ${points('sources')} points`);
    expect(row('reply-time').textContent).not.toContain('points');
    expect(container.querySelectorAll('[data-criterion]')).toHaveLength(report.factors.flatMap((f) => f.criteria).length);
  });

  it('lists each factor\'s tips most points first, with the points they would win', () => {
    const { container } = renderReport(report);
    const card = container.querySelector('[data-factor="transparency"]')!;
    const tips = [...card.querySelectorAll('[data-tip]')];
    // Everything but the e-mail is unmet: most points first, the model's order among equals.
    const unmet = CRITERIA.filter((c) => c.factor === 'transparency' && c.id !== 'contact-details');
    const expected = [...unmet].sort((a, b) => b.points - a.points);
    expect(tips.map((t) => t.getAttribute('data-tip'))).toEqual(expected.map((c) => c.id));
    expect(tips[0]!.textContent).toContain(`+${expected[0]!.points} points`);
    expect(card.querySelector('[data-tip="about-page"]')!.textContent).toContain('About page');
    // No tip for what is met.
    expect(card.querySelector('[data-tip="contact-details"]')).toBeNull();
  });

  it('a factor with only a partly met criterion gets that one tip', () => {
    const { container } = renderReport(report);
    const credibility = container.querySelector('[data-factor="credibility"]')!;
    expect([...credibility.querySelectorAll('[data-tip]')].map((t) => t.getAttribute('data-tip'))).toEqual(['sources']);
    expect(credibility.textContent).toContain('+7.5 points');
  });

  it('a factor with everything met shows no tips section', () => {
    const signals = mixedSignals();
    signals.engagement.sources = { count: 2, examples: [finding('https://ssb.no'), finding('https://nav.no')] };
    const { container } = renderReport(scorePage(signals, NOW));
    const credibility = container.querySelector('[data-factor="credibility"]')!;
    expect(credibility.getAttribute('data-level')).toBe('strong');
    expect(credibility.querySelector('[data-tip]')).toBeNull();
    expect(credibility.textContent).not.toContain('How to improve');
    expect(container.querySelector('[data-factor="transparency"]')!.textContent).toContain('How to improve');
  });

  it('renders page evidence as literal text: markup from the page creates no element', () => {
    const { container } = renderReport(report);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[onerror]')).toBeNull();
    expect(container.textContent).toContain(HOSTILE);
    const item = container.querySelector('[data-criterion="contact-details"] .evidence__item')!;
    expect(item.getAttribute('data-selector')).toBe('a[href="mailto:x@y.no"]');
  });

  it('hostile text in details (an author "name") stays text too', () => {
    const r = scorePage(makeSignals({ authors: [author({ name: '<script>alert(1)</script><b>Eve</b>' })] }), NOW);
    const { container } = renderReport(r);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('[data-criterion="author-named"]')!.textContent).toContain('<script>alert(1)</script><b>Eve</b>');
  });

  it('says so when a factor could not be rated, and counts the known factors', () => {
    const r = scorePage(makeSignals(), NOW);
    const { container } = renderReport(r);
    const responsiveness = container.querySelector('[data-factor="responsiveness"]')!;
    expect(responsiveness.getAttribute('data-level')).toBe('unknown');
    expect(responsiveness.textContent).toContain('Unknown');
    expect(responsiveness.textContent).toContain('Not enough could be checked');
    expect(container.querySelector('[data-overall]')!.textContent).toContain('4 of 5 factors could be rated');
  });

  it('warns when the analysis ran out of time', () => {
    renderReport({ ...report, partial: true });
    expect(screen.getByRole('status').textContent).toMatch(/ran out of time/);
  });

  it('no time warning for a complete analysis', () => {
    renderReport({ ...report, partial: false });
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('the overall region is labelled for screen readers', () => {
    renderReport(report, 'nb');
    const region = screen.getByRole('region', { name: 'Samlet' });
    expect(within(region).getByText(/faktorer kunne vurderes/)).toBeTruthy();
  });

  it('badges first: the overall level and five badges, no chart or evidence yet, and the moment marked on the popup’s timeline', () => {
    performance.clearMarks(BADGES_MARK);
    const { container } = render(
      <LangContext.Provider value="en">
        <ReportView report={report} badges />
      </LangContext.Provider>,
    );
    expect([...container.querySelectorAll('[data-badge]')].map((el) => [el.getAttribute('data-badge'), el.getAttribute('data-level')])).toEqual(report.factors.map((f) => [f.key, f.level]));
    expect(container.querySelector('[data-factor], .criteria, svg')).toBeNull();
    expect(performance.getEntriesByName(BADGES_MARK)).toHaveLength(1);
  });
});
