import type { Author } from '@/lib/contracts/page';
import { levelFor } from '@/lib/factors';
import { ev, finding, makeSignals } from '../helpers/signals';
import { criterion, factor, points, statuses } from './builders';

// FACTORS.md — credibility: the post names its author (30), links to a profile (20), shows the
// author's expertise (20), personal tone: first person or a signed greeting (15), sources linked
// out (15). A name only in metadata (JSON-LD, meta tags) is not what a reader sees: partly met.

function author(parts: Partial<Author> = {}): Author {
  return { name: 'Kari Nordmann', visible: true, profileUrl: null, bio: null, evidence: ev('Skrevet av Kari Nordmann', 'byline'), ...parts };
}

describe('credibility: the author', () => {
  it('a visible byline meets author-named, and names the author in the detail', () => {
    const c = criterion('credibility', 'author-named', makeSignals({ authors: [author()] }));
    expect(c.status).toBe('met');
    expect(c.earned).toBe(points('author-named'));
    expect(String(c.detail?.params?.names)).toContain('Kari Nordmann');
    expect(c.evidence[0]?.snippet).toBe('Skrevet av Kari Nordmann');
  });

  it('an author only in metadata (JSON-LD / meta) is partly met', () => {
    const c = criterion('credibility', 'author-named', makeSignals({ authors: [author({ visible: false, evidence: ev('Kari Nordmann', 'json-ld') })] }));
    expect(c.status).toBe('partial');
    expect(c.earned).toBe(points('author-named') / 2);
  });

  it('a visible author wins over one in metadata', () => {
    const signals = makeSignals({ authors: [author({ name: 'Meta Name', visible: false }), author({ name: 'Shown Name' })] });
    expect(criterion('credibility', 'author-named', signals).status).toBe('met');
  });

  it('no author anywhere → unmet', () => {
    expect(criterion('credibility', 'author-named', makeSignals()).status).toBe('unmet');
  });

  it('an author linked to a profile meets author-profile', () => {
    const signals = makeSignals({ authors: [author({ profileUrl: 'https://firma.example/author/kari/' })] });
    expect(criterion('credibility', 'author-profile', signals).status).toBe('met');
    expect(criterion('credibility', 'author-profile', makeSignals({ authors: [author()] })).status).toBe('unmet');
  });

  it('a bio, role or credentials meets author-expertise', () => {
    const signals = makeSignals({ authors: [author({ bio: finding('Rådgiver i kommunikasjon med 15 års erfaring') })] });
    expect(criterion('credibility', 'author-expertise', signals).status).toBe('met');
    expect(criterion('credibility', 'author-expertise', makeSignals({ authors: [author()] })).status).toBe('unmet');
  });
});

describe('credibility: tone and sources', () => {
  it('plenty of first-person words (jeg/vi/I/we) meet personal-tone', () => {
    const signals = makeSignals({ engagement: { firstPerson: { count: 12, evidence: ev('Jeg tror vi', 'text') } } });
    expect(criterion('credibility', 'personal-tone', signals).status).toBe('met');
  });

  it('a signed greeting ("Med vennlig hilsen") is a personal tone on its own', () => {
    const signals = makeSignals({ engagement: { signatures: [finding('Med vennlig hilsen, Kari')] } });
    expect(criterion('credibility', 'personal-tone', signals).status).toBe('met');
  });

  it('a single first-person word is only partly personal', () => {
    const signals = makeSignals({ engagement: { firstPerson: { count: 1, evidence: ev('we', 'text') } } });
    expect(criterion('credibility', 'personal-tone', signals).status).toBe('partial');
  });

  it('impersonal third-person text → unmet', () => {
    expect(criterion('credibility', 'personal-tone', makeSignals()).status).toBe('unmet');
  });

  it('links out to references meet sources; one link is partly met; none unmet', () => {
    const two = makeSignals({ engagement: { sources: { count: 2, examples: [finding('https://ssb.no'), finding('https://nav.no')] } } });
    const one = makeSignals({ engagement: { sources: { count: 1, examples: [finding('https://ssb.no')] } } });
    expect(criterion('credibility', 'sources', two).status).toBe('met');
    expect(criterion('credibility', 'sources', one).status).toBe('partial');
    expect(criterion('credibility', 'sources', makeSignals()).status).toBe('unmet');
  });
});

describe('credibility: the factor', () => {
  it('a signed post with profile, bio, personal tone and sources is strong (100)', () => {
    const signals = makeSignals({
      authors: [author({ profileUrl: 'https://firma.example/author/kari/', bio: finding('Kommunikasjonsrådgiver') })],
      engagement: {
        firstPerson: { count: 8, evidence: ev('jeg', 'text') },
        sources: { count: 3, examples: [finding('https://a.example'), finding('https://b.example')] },
      },
    });
    const f = factor('credibility', signals);
    expect(Object.values(statuses(f))).toEqual(['met', 'met', 'met', 'met', 'met']);
    expect(f.score).toBe(100);
    expect(f.level).toBe('strong');
  });

  it('an anonymous, impersonal page without sources is weak (0) — every criterion can be seen', () => {
    const f = factor('credibility', makeSignals());
    expect(f.criteria.every((c) => c.status === 'unmet')).toBe(true);
    expect(f.score).toBe(0);
    expect(f.level).toBe('weak');
  });

  it('metadata-only author (half) + profile (full) + a few first-person words (half), of 100', () => {
    const signals = makeSignals({
      authors: [author({ visible: false, profileUrl: 'https://medium.com/@kari' })],
      engagement: { firstPerson: { count: 2, evidence: ev('I', 'text') } },
    });
    const f = factor('credibility', signals);
    expect(f.score).toBe(Math.round(points('author-named') / 2 + points('author-profile') + points('personal-tone') / 2));
    expect(f.level).toBe(levelFor(f.score));
  });
});
