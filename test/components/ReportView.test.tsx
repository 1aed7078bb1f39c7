import { render, screen, within } from '@testing-library/preact';
import { LangContext } from '@/components/i18n';
import { ReportView } from '@/components/ReportView';
import { scorePage, type Report } from '@/lib/factors';
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

  it('our example report has the levels the model gives it', () => {
    // credibility: 30+20+20+15+7.5 = 92.5 → 93; transparency: e-mail 25 → 25; openness: section 30 +
    // login 25 + visible 15 = 70; responsiveness: no reply times, no owner → owner-replies unmet (0 of 65).
    expect(report.factors.map((f) => [f.key, f.score, f.level])).toEqual([
      ['credibility', 93, 'strong'],
      ['transparency', 25, 'weak'],
      ['openness', 70, 'fair'],
      ['responsiveness', 0, 'weak'],
      ['longevity', 0, 'weak'],
    ]);
  });

  it('shows the overall level in [data-overall], with its word', () => {
    const { container } = renderReport(report);
    // Mean of five known factors: (93 + 25 + 70 + 0 + 0) / 5 = 37.6 → 38, weak.
    expect(report.overall).toEqual({ score: 38, level: 'weak' });
    const overall = container.querySelector('[data-overall]')!;
    expect(overall.getAttribute('data-overall')).toBe('weak');
    expect(overall.textContent).toContain('Weak');
    expect(overall.textContent).toContain('38');
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
    expect(row('sources').textContent).toContain('7.5 of 15 points');
    expect(row('reply-time').textContent).not.toContain('points');
    expect(container.querySelectorAll('[data-criterion]')).toHaveLength(report.factors.flatMap((f) => f.criteria).length);
  });

  it('lists each factor\'s tips most points first, with the points they would win', () => {
    const { container } = renderReport(report);
    const card = container.querySelector('[data-factor="transparency"]')!;
    const tips = [...card.querySelectorAll('[data-tip]')];
    // Unmet: postal 15, organisation 15, About 20, privacy 10, contact page 15 → About first, privacy last.
    expect(tips.map((t) => t.getAttribute('data-tip'))).toEqual(['about-page', 'postal-address', 'organisation-named', 'contact-page', 'privacy-policy']);
    expect(tips[0]!.textContent).toContain('+20 points');
    expect(tips[0]!.textContent).toContain('About page');
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
});
