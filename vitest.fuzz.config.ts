import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { INERT_HAPPY_DOM } from './test/helpers/inert-dom';

// The fuzz tests (test/fuzz): generated hostile pages through the analyser, the scoring and the
// popup's rendering. Long, so not part of the unit tests (vitest.config.ts): `npm run fuzz`
// (10,000 cases per property, or FUZZ_RUNS) and CI's fuzz step (2,000).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    setupFiles: ['test/setup.ts'],
    // The report is rendered into a happy-dom document; the pages themselves are parsed in a
    // window of the test's own. Never load iframes, scripts or styles.
    ...INERT_HAPPY_DOM,
    include: ['test/fuzz/**/*.test.ts'],
  },
});
