import { render, screen } from '@testing-library/preact';
import { LangContext } from '@/components/i18n';
import { Trend, trendSegments } from '@/components/sites/Trend';
import type { Lang } from '@/lib/i18n';
import type { Snapshot } from '@/lib/notes/schema';

// A factor's trend line on the Sites page: oldest first, broken where a score was unknown, with a
// text alternative.

const inLang = (lang: Lang, node: preact.ComponentChildren) => <LangContext.Provider value={lang}>{node}</LangContext.Provider>;

describe('Trend', () => {
  const snap = (at: string, credibility: number | null, model: string | null = null): Snapshot => ({ at, url: 'https://x.example/', model, overall: 50, scores: { credibility }, levels: {} });
  const history = [snap('2026-10-01T10:00:00Z', 40), snap('2026-09-01T10:00:00Z', 20), snap('2026-11-01T10:00:00Z', 80)];

  it('draws the scores oldest first, breaking the line where a score was unknown', () => {
    expect(trendSegments([snap('2026-01-01T00:00:00Z', 0), snap('2026-02-01T00:00:00Z', null), snap('2026-03-01T00:00:00Z', 100)], 'credibility')).toEqual([[[3, 21]], [[77, 3]]]);
  });

  it('has a text alternative with the values and dates, formatted for the language', () => {
    render(inLang('nb', <Trend history={history} factor="credibility" />));
    const img = screen.getByRole('img');
    expect(img.getAttribute('aria-label')).toBe('Troverdighet: 20, 40, 80 over 3 analyser, 1. sep. 2026 til 1. nov. 2026');
  });

  it('marks where the model changed between two analyses, and says so in the text alternative (en and nb)', () => {
    const changed = [snap('2026-09-01T10:00:00Z', 20, 'm00000001'), snap('2026-10-01T10:00:00Z', 40, 'm00000001'), snap('2026-11-01T10:00:00Z', 80, 'm00000002')];
    const { container } = render(inLang('en', <Trend history={changed} factor="credibility" />));
    expect([...container.querySelectorAll('[data-model-change]')].map((el) => el.getAttribute('data-model-change'))).toEqual(['2026-11-01T10:00:00Z']);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Credibility: 20, 40, 80 over 3 analyses, 1 Sept 2026 to 1 Nov 2026. Tillit’s scoring model changed before the analysis of 1 Nov 2026, so a change in score there may come from the model rather than the site',
    );
    container.remove();
    render(inLang('nb', <Trend history={changed} factor="credibility" />));
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('Tillits vurderingsmodell ble endret før analysen 1. nov. 2026');
  });

  it('marks nothing where the model stayed the same, or was not recorded (analyses kept before it was)', () => {
    const { container } = render(inLang('en', <Trend history={[snap('2026-08-01T10:00:00Z', 10, null), snap('2026-09-01T10:00:00Z', 20, 'm00000001'), snap('2026-10-01T10:00:00Z', 30, 'm00000001')]} factor="credibility" />));
    expect(container.querySelector('[data-model-change]')).toBeNull();
    expect(screen.getByRole('img').getAttribute('aria-label')).not.toContain('model');
  });

  it('says "unknown" for analyses that could not rate the factor', () => {
    render(inLang('en', <Trend history={[snap('2026-09-01T10:00:00Z', null), snap('2026-10-01T10:00:00Z', 55.5)]} factor="credibility" />));
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/^Credibility: unknown, 55\.5 over 2 analyses/);
  });
});
