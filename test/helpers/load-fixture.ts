import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { collectSignals } from '@/lib/signals';
import type { PageSignals } from '@/lib/signals/schema';

// Tests run from the project root (vitest's root).
export const FIXTURES = `${resolve(process.cwd(), 'test/fixtures/pages')}/`;

/** A fixture page parsed into a fresh document (happy-dom), as if served from `url`. */
export function loadFixture(name: string, url = `https://example.test/${name}`): Document {
  const html = readFileSync(`${FIXTURES}${name}`, 'utf8');
  return parseHtml(html, url);
}

export function parseHtml(html: string, url = 'https://example.test/'): Document {
  // DOMParser documents have no browsing context: their iframes and scripts stay inert.
  const doc = new DOMParser().parseFromString(html, 'text/html');
  Object.defineProperty(doc, 'URL', { value: url });
  return doc;
}

export function signalsOf(name: string, url?: string): PageSignals {
  const doc = loadFixture(name, url);
  return collectSignals(doc, { url: url ?? `https://example.test/${name}`, budgetMs: 60_000 });
}
