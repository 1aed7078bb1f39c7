import { render } from 'preact';
import { z } from 'zod/mini';
import type { Lang } from '@/lib/i18n';
import type { Injected } from '@/lib/popup-start';
import { App } from './App';

// Extension pages forbid eval: zod must not compile its validators to code at run time.
z.config({ jitless: true });

/** The popup's UI, loaded by main.ts while the analysis it started runs in the page. */
export function mount(lang: Lang, tabId: number | null, first: Promise<Injected>): void {
  render(<App lang={lang} tabId={tabId} first={first} />, document.getElementById('app')!);
}
