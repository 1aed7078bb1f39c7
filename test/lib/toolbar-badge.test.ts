import { LEVELS } from '@/lib/factors';
import { badgeFor, LEVEL_COLOUR, LEVEL_SHAPE } from '@/lib/toolbar-badge';

// FACTORS.md: colour is never the only carrier of a level — each badge also has a word and a shape.

describe('badgeFor', () => {
  it('the badge text carries the level\'s shape and the score', () => {
    const look = badgeFor('strong', 82, 'en');
    expect(look.text).toContain(LEVEL_SHAPE.strong);
    expect(look.text).toContain('82');
  });

  it('fits the toolbar badge (at most 4 characters) even at 100', () => {
    for (const level of LEVELS) expect([...badgeFor(level, 100, 'en').text].length).toBeLessThanOrEqual(4);
  });

  it('the title names the level in words, in the UI language, with the score', () => {
    expect(badgeFor('fair', 55, 'en').title).toMatch(/Fair/);
    expect(badgeFor('fair', 55, 'en').title).toContain('55');
    expect(badgeFor('fair', 55, 'nb').title).toMatch(/Middels/);
    expect(badgeFor('weak', 12, 'nb').title).toMatch(/Svak/);
  });

  it('unknown: a shape but no made-up number', () => {
    const look = badgeFor('unknown', null, 'en');
    expect(look.text).toBe(LEVEL_SHAPE.unknown);
    expect(look.text).not.toMatch(/\d/);
    expect(look.title).toMatch(/Unknown/);
  });

  it('each level has its own shape and its own colour, so neither alone is needed', () => {
    expect(new Set(LEVELS.map((l) => LEVEL_SHAPE[l])).size).toBe(LEVELS.length);
    expect(new Set(LEVELS.map((l) => LEVEL_COLOUR[l])).size).toBe(LEVELS.length);
    for (const l of LEVELS) expect(badgeFor(l, l === 'unknown' ? null : 50, 'en').colour).toBe(LEVEL_COLOUR[l]);
  });
});
