import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { INERT_DOM_SETTINGS } from './inert-dom';
import { collectSignals } from '@/lib/signals';
import type { PageSignals } from '@/lib/contracts/page';

// Tests run from the project root (vitest's root).
export const FIXTURES = `${resolve(process.cwd(), 'test/fixtures/pages')}/`;

/**
 * The window fixture pages are parsed in. A browser's DOMParser document has no browsing
 * context, so its iframes and scripts stay inert; happy-dom's is bound to a window and tries to
 * load each iframe, reporting every refusal (with a stack trace) on that window's console. In the
 * test window that console is the test runner's; this window keeps its own (readable through
 * `fixtureWindow.happyDOM.virtualConsolePrinter`), so the expected refusals print nothing and
 * the runner's console still shows everything else. One per module graph: shared by the files of
 * the unit tests' "pure" group (vitest.config.ts), one per file elsewhere.
 */
export const fixtureWindow = new Window({ settings: INERT_DOM_SETTINGS });

/** A fixture page parsed into a fresh document (happy-dom), as if served from `url`. */
export function loadFixture(name: string, url = `https://example.test/${name}`): Document {
  const html = readFileSync(`${FIXTURES}${name}`, 'utf8');
  return parseHtml(html, url);
}

export function parseHtml(html: string, url = 'https://example.test/'): Document {
  const doc = new fixtureWindow.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  // As if served from `url` (the window itself stays at about:blank).
  Object.defineProperty(doc, 'URL', { value: url });
  Object.defineProperty(doc, 'location', { value: new URL(url) });
  return doc;
}

export function signalsOf(name: string, url?: string): PageSignals {
  const doc = loadFixture(name, url);
  return collectSignals(doc, { url: url ?? `https://example.test/${name}`, budgetMs: 60_000 });
}
