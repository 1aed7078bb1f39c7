import { siteOf } from '../site';
import { mainContent } from './dom';
import { readPageText, type Budget, type PageText } from './page-text';
import { detectPlatform } from './platform';
import { readJsonLd, type LdEntry } from './structured-data';
import type { Platform } from '../contracts/page';

/** What every gatherer reads: built once per analysis so the page is walked once. */
export interface GatherContext {
  doc: Document;
  url: string;
  host: string;
  main: Element;
  text: PageText;
  ld: LdEntry[];
  /** The publishing platform, told once here for every gatherer (lib/patterns/platforms.ts). */
  platform: Platform;
  /** The time after which gatherers should stop and return what they have, on `now`'s scale. */
  deadline: number;
  /**
   * The analysis's clock (collectSignals' `options.now`). Every budget check reads this one, so
   * a test's clock decides where the budget runs out and the real clock never mixes in.
   */
  now: () => number;
  /** Set when a gatherer stopped early because the deadline passed. */
  overBudget: boolean;
}

/**
 * Whether the time budget is spent; gatherers call it inside their loops, so one slow gatherer
 * cannot carry the analysis past its budget (and the popup past its timeout).
 */
export function expired(ctx: GatherContext): boolean {
  if (ctx.now() <= ctx.deadline) return false;
  ctx.overBudget = true;
  return true;
}

export function createContext(doc: Document, url: string, budget: Budget): GatherContext {
  const main = mainContent(doc);
  const host = siteOf(url) ?? ''; // '' for about:blank, file: and the like
  const { deadline, now } = budget;
  const platform = detectPlatform(doc, url, host);
  return { doc, url, host, main, text: readPageText(doc, main, budget), ld: readJsonLd(doc), platform, deadline, now, overBudget: false };
}

/** Run a global regex over a slice of the page text, mapping each match to its element. */
export function* matchText(
  ctx: GatherContext,
  pattern: RegExp,
  range: readonly [number, number] = [0, ctx.text.text.length],
  limit = 50,
): Generator<{ match: RegExpExecArray; element: Element | null }> {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  const re = new RegExp(pattern.source, flags);
  const slice = ctx.text.text.slice(range[0], range[1]);
  let count = 0;
  if (expired(ctx)) return;
  for (let m = re.exec(slice); m && count < limit; m = re.exec(slice)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    count++;
    yield { match: m, element: ctx.text.elementAt(range[0] + m.index) };
  }
}
