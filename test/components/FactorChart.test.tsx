import { render, screen } from '@testing-library/preact';
import { describeChart, FactorChart, type ChartFactor } from '@/components/FactorChart';
import { LangContext, type Translate } from '@/components/i18n';
import { translate, type Lang } from '@/lib/i18n';

// The five-factor chart in the popup and the report: an image described in words, unknown
// factors left out of the shape, the user's own ratings as a second outline.

const FACTORS: ChartFactor[] = [
  { key: 'credibility', score: 93, level: 'strong' },
  { key: 'transparency', score: 25, level: 'weak' },
  { key: 'openness', score: 70, level: 'fair' },
  { key: 'responsiveness', score: null, level: 'unknown' },
  { key: 'longevity', score: 0, level: 'weak' },
];
const inLang = (lang: Lang, node: preact.ComponentChildren) => <LangContext.Provider value={lang}>{node}</LangContext.Provider>;
const tr = (lang: Lang): Translate => (key, params) => translate(lang, key, params);

describe('FactorChart', () => {
  it('is an image named and described in words, with every value', () => {
    render(inLang('en', <FactorChart factors={FACTORS} ratings={{ credibility: 4 }} />));
    const img = screen.getByRole('img', { name: 'The five factors at a glance' });
    const desc = document.getElementById(img.getAttribute('aria-describedby')!)!.textContent!;
    expect(desc).toContain('Credibility: 93 of 100, Strong');
    expect(desc).toContain('Response time: unknown');
    expect(desc).toContain('Your ratings: Credibility 4 of 5');
  });

  it('draws known scores as the filled shape and leaves the unknown factor out of it, marked', () => {
    const { container } = render(inLang('en', <FactorChart factors={FACTORS} />));
    const shape = container.querySelector('polygon.chart__score')!;
    expect(shape.getAttribute('points')!.split(' ')).toHaveLength(4);
    expect(container.querySelectorAll('.chart__axis--unknown')).toHaveLength(1);
    expect(container.querySelectorAll('circle.chart__unknown')).toHaveLength(1);
    expect(container.querySelector('[data-axis="responsiveness"]')!.textContent).toContain('Unknown');
    // No own ratings: no second outline and no legend entry for it.
    expect(container.querySelector('.chart__own')).toBeNull();
  });

  it('adds the user\'s own ratings as a second, dashed outline (5 → the outer ring)', () => {
    const { container } = render(inLang('en', <FactorChart factors={FACTORS} ratings={{ credibility: 5, openness: 3, longevity: 1 }} />));
    const own = container.querySelector('polygon.chart__own')!;
    const [first] = own.getAttribute('points')!.split(' ');
    expect(first).toBe('190.0,50.0'); // straight up, radius 80 from the centre (190, 130)
    expect(container.querySelectorAll('rect.chart__own-dot')).toHaveLength(3);
  });

  it('labels the axes in the UI language', () => {
    const { container } = render(inLang('nb', <FactorChart factors={FACTORS} />));
    const labels = [...container.querySelectorAll('[data-axis]')].map((el) => el.textContent);
    expect(labels[0]).toContain('Troverdighet');
    expect(labels[3]).toContain('Ukjent');
    expect(describeChart(tr('nb'), FACTORS)).toContain('Troverdighet: 93 av 100, Sterk');
  });
});
