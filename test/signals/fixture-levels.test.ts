import { scorePage } from '@/lib/factors/score';
import { signalsOf } from '../helpers/load-fixture';

// The levels test/e2e/popup.e2e.test.ts expects of the original fixture pages, checked without a
// browser: detection rules change what the gatherers find, and must not move these ratings.
const EXPECTED: Record<string, string> = {
  'blogger-nb.html': 'strong strong weak strong unknown strong',
  'wordpress-replies.html': 'strong strong strong strong strong strong',
  'wordpress-login.html': 'weak weak weak weak unknown weak',
  'disqus.html': 'weak fair weak fair unknown weak',
  'medium-jsonld.html': 'weak fair weak weak unknown fair',
  'company.html': 'weak weak strong weak unknown weak',
  'bare.html': 'weak weak weak weak unknown weak',
  'demo-blog.html': 'strong strong strong strong strong strong',
};

describe('fixture page levels (overall, credibility, transparency, openness, responsiveness, longevity)', () => {
  it.each(Object.entries(EXPECTED))('%s', (name, levels) => {
    const report = scorePage(signalsOf(name), new Date());
    const level = (key: string) => report.factors.find((f) => f.key === key)?.level;
    expect([report.overall.level, ...['credibility', 'transparency', 'openness', 'responsiveness', 'longevity'].map(level)].join(' ')).toBe(levels);
  });
});
