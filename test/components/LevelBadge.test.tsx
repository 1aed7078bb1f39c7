import { render } from '@testing-library/preact';
import { LangContext } from '@/components/i18n';
import { LevelBadge } from '@/components/LevelBadge';
import { LEVELS, type Level } from '@/lib/factors';

// FACTORS.md: colour is never the only carrier of a level — each badge also has a word and a shape.

const WORDS: Record<Level, [string, string]> = {
  strong: ['Strong', 'Sterk'],
  fair: ['Fair', 'Middels'],
  weak: ['Weak', 'Svak'],
  unknown: ['Unknown', 'Ukjent'],
};

function badge(level: Level, score: number | null, lang: 'en' | 'nb' = 'en') {
  const { container } = render(
    <LangContext.Provider value={lang}>
      <LevelBadge level={level} score={score} />
    </LangContext.Provider>,
  );
  return container.querySelector('.level')!;
}

describe('LevelBadge', () => {
  it.each(LEVELS)('%s shows a shape and a word, not just a colour', (level) => {
    const el = badge(level, level === 'unknown' ? null : 60);
    const shape = el.querySelector('.level__shape')!;
    expect(shape.textContent!.trim()).not.toBe('');
    // The shape is decoration for sighted users; the word is what is read out.
    expect(shape.getAttribute('aria-hidden')).toBe('true');
    expect(el.querySelector('.level__word')!.textContent).toBe(WORDS[level][0]);
  });

  it('every level looks different without colour: distinct shapes and words', () => {
    const shapes = LEVELS.map((l) => badge(l, null).querySelector('.level__shape')!.textContent);
    expect(new Set(shapes).size).toBe(LEVELS.length);
  });

  it.each(LEVELS)('%s in Norwegian', (level) => {
    expect(badge(level, null, 'nb').querySelector('.level__word')!.textContent).toBe(WORDS[level][1]);
  });

  it('shows the score when there is one', () => {
    expect(badge('fair', 57).textContent).toContain('57');
  });

  it('shows no number for an unknown level', () => {
    const el = badge('unknown', null);
    expect(el.querySelector('.level__score')).toBeNull();
    expect(el.textContent).not.toMatch(/\d/);
  });
});
