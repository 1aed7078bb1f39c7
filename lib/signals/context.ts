import { siteOf } from '../site';
import { MAIN_CANDIDATES, mainContent } from './dom';
import { pageTextOf, type Budget, type PageText } from './page-text';
import { detectPlatform } from './platform';
import { COMMENT, COMMENT_AREA } from '../patterns/comment-systems';
import { area, docAll, docFirst, registeredAs, scanDocument, type Scan } from './scan';
import { readJsonLd, type LdEntry } from './structured-data';
import type { Platform } from '../contracts/page';

/** What every gatherer reads: built once per analysis so the page is walked once. */
export interface GatherContext {
  doc: Document;
  /** The one pass over the document (scan.ts): what each registered selector found, the links, the text. */
  scan: Scan;
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

/** Selectors more than one gatherer reads. */
export const FORMS = registeredAs('form');
export const SCRIPTS = registeredAs('script[src]');

/** The comment areas, marked by the one pass: their links, and their text (`scan.spans`). */
export const IN_COMMENTS = area(COMMENT_AREA);
/** The comments themselves (a commenter's own words), whose text is marked too. */
export const IN_A_COMMENT = area(COMMENT);

export function createContext(doc: Document, url: string, budget: Budget): GatherContext {
  const scan = scanDocument(doc, budget, MAIN_CANDIDATES, undefined, IN_COMMENTS | IN_A_COMMENT);
  const main = mainContent(scan);
  const host = siteOf(url) ?? ''; // '' for about:blank, file: and the like
  const { deadline, now } = budget;
  const platform = detectPlatform(scan, url, host);
  return { doc, scan, url, host, main, text: pageTextOf(scan, main), ld: readJsonLd(scan), platform, deadline, now, overBudget: scan.cut };
}

/** The document's elements matching a selector, from the one pass (scan.ts docAll). */
export const $$ = (ctx: GatherContext, selector: string): readonly Element[] => docAll(ctx.scan, selector);
/** The document's first element matching a selector, from the one pass. */
export const $1 = (ctx: GatherContext, selector: string): Element | null => docFirst(ctx.scan, selector);

type Range = readonly [number, number];

/**
 * Run a global regex over a slice of the page text (or over several, in order, as one search
 * with one limit), mapping each match to its element. `at` is the match's offset in the page
 * text, `match.index` its offset in the slice.
 */
export function* matchText(
  ctx: GatherContext,
  pattern: RegExp,
  range: Range | readonly Range[] = [0, ctx.text.text.length],
  limit = 50,
  lead?: RegExp,
): Generator<{ match: RegExpExecArray; element: Element | null; at: number }> {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  // With a `lead` (a global regex that matches wherever the pattern can start), the pattern is
  // tried only there: a cheap case-blind search instead of the pattern's own at every position.
  const re = new RegExp(pattern.source, lead ? `${flags}y` : flags);
  let count = 0;
  if (expired(ctx)) return;
  for (const [start, end] of (typeof range[0] === 'number' ? [range] : range) as Range[]) {
    const slice = ctx.text.text.slice(start, end);
    re.lastIndex = 0;
    if (lead) lead.lastIndex = 0;
    for (;;) {
      let m: RegExpExecArray | null = null;
      if (!lead) m = re.exec(slice);
      else
        for (let l = lead.exec(slice); l && !m; l = m ? null : lead.exec(slice)) {
          re.lastIndex = l.index;
          m = re.exec(slice);
          lead.lastIndex = m ? re.lastIndex : l.index + 1;
        }
      if (!m) break;
      if (count >= limit) return;
      if (m[0].length === 0) {
        re.lastIndex++;
        if (lead) lead.lastIndex = re.lastIndex;
        continue;
      }
      count++;
      yield { match: m, element: ctx.text.elementAt(start + m.index), at: start + m.index };
    }
  }
}

// Contact details, copyright lines and the like all hold a digit, an "@" or a spelt-out "at":
// one scan of the text finds the lines that do, and those patterns run only there (with two
// lines either side, for labels and addresses written over several lines).
const TRIGGER = /[\d@]|[[({]\s*(?:at|alfakrøll|krøllalfa)\s*[\])}]/gi;
const around = new WeakMap<PageText, Range[]>();

/** The parts of the page text where a digit or an e-mail mark is (see TRIGGER). */
export function digitLines(ctx: GatherContext): readonly Range[] {
  let ranges = around.get(ctx.text);
  if (ranges) return ranges;
  ranges = [];
  const { text } = ctx.text;
  const re = new RegExp(TRIGGER.source, TRIGGER.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    for (let i = 0; i < 3 && start > 0; i++) {
      const from = start - (i ? 2 : 1);
      start = from < 0 ? 0 : text.lastIndexOf('\n', from) + 1;
    }
    let end = m.index;
    for (let i = 0; i < 3 && end < text.length; i++) {
      const nl = text.indexOf('\n', end + (i ? 1 : 0));
      end = nl < 0 ? text.length : nl;
    }
    const last = ranges[ranges.length - 1];
    if (last && start <= last[1] + 1) ranges[ranges.length - 1] = [last[0], end];
    else ranges.push([start, end]);
    re.lastIndex = Math.max(re.lastIndex, end);
  }
  around.set(ctx.text, ranges);
  return ranges;
}

/**
 * `ranges` without the text of an area's elements (by default the comment areas): for patterns
 * whose matches there are dropped anyway.
 */
export function outsideComments(ctx: GatherContext, ranges: readonly Range[], bit = IN_COMMENTS): Range[] {
  const out: Range[] = [];
  const holes = ctx.scan.spans.get(bit) ?? [];
  let h = 0;
  for (const [from, to] of ranges) {
    let start = from;
    while (h < holes.length && holes[h]![1] <= start) h++;
    for (let k = h; k < holes.length && holes[k]![0] < to; k++) {
      if (holes[k]![0] > start) out.push([start, holes[k]![0]]);
      start = Math.max(start, holes[k]![1]);
    }
    if (start < to) out.push([start, to]);
  }
  return out;
}
