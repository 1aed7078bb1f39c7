import { cleanup } from '@testing-library/preact';

// The "dom" unit tests share one document between files (vitest.config.ts): each file starts on
// an empty page, and what a test rendered is unmounted after it (testing-library registers its
// own cleanup only in the first file that imports it when modules are shared).
beforeAll(() => {
  cleanup();
  document.head.replaceChildren();
  document.body.replaceChildren();
});
afterEach(() => cleanup());
