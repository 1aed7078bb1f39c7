import { scorePage } from '@/lib/factors/score';
import { EXPECTED_LEVELS, FACTORS, FIXTURE_NOW } from '../fixtures/levels';
import { signalsOf } from '../helpers/load-fixture';

// The levels the popup shows for the fixture pages (test/e2e/levels.e2e.test.ts), checked
// without a browser, as of the fixtures' "today": on the real clock they would decay with time.
describe('fixture page levels', () => {
  it.each(Object.entries(EXPECTED_LEVELS))('%s', (name, expected) => {
    const report = scorePage(signalsOf(name), new Date(FIXTURE_NOW));
    const factors = Object.fromEntries(FACTORS.map((key) => [key, report.factors.find((f) => f.key === key)?.level]));
    expect({ overall: report.overall.level, factors }).toEqual(expected);
  });
});
