import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { INERT_HAPPY_DOM } from './test/helpers/inert-dom';

// Unit tests, grouped by what they need; setting up happy-dom and importing every module afresh
// for each file used to cost more than the tests themselves.
//
// - A DOM (happy-dom) only for what renders or reads the global document; plain Node for the
//   rest. The gatherers' tests parse their pages in a window of their own
//   (test/helpers/load-fixture.ts) and need none.
// - Fresh modules per file only where state lives in modules: storage (the store caches one item
//   per site), the fake browser, the pages in entrypoints/, the highlight script. The others share
//   one module graph (isolate: false).
//
// A new test file lands in "node-isolated" (or "dom-isolated" under test/entrypoints) unless it
// matches a shared group below. The fuzz tests: vitest.fuzz.config.ts (`npm run fuzz`). End-to-end
// tests: vitest.e2e.config.ts.
const NODE_SHARED = [
  'test/*.test.ts',
  'test/factors/**/*.test.ts',
  'test/patterns/**/*.test.ts',
  'test/signals/**/*.test.ts',
  'test/site-scan/feeds.test.ts',
  'test/lib/{i18n,page-access,toolbar-badge}.test.ts',
];
const DOM_SHARED = [
  // Presentational components: props in, markup out.
  'test/components/**/*.test.{ts,tsx}',
  // readContactPage parses fetched pages with the global DOMParser, as it does in the page.
  'test/site-scan/evidence.test.ts',
];
const DOM_ISOLATED = ['test/entrypoints/**/*.test.{ts,tsx}', 'test/lib/highlight.test.ts'];

const happyDom = INERT_HAPPY_DOM;

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    setupFiles: ['test/setup.ts'],
    projects: [
      { extends: true, test: { name: 'node', environment: 'node', isolate: false, include: NODE_SHARED } },
      {
        extends: true,
        test: {
          name: 'node-isolated',
          environment: 'node',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**', 'test/fuzz/**', ...NODE_SHARED, ...DOM_SHARED, ...DOM_ISOLATED],
        },
      },
      { extends: true, test: { name: 'dom', ...happyDom, isolate: false, include: DOM_SHARED, setupFiles: ['test/setup-dom.ts'] } },
      { extends: true, test: { name: 'dom-isolated', ...happyDom, include: DOM_ISOLATED } },
    ],
  },
});
