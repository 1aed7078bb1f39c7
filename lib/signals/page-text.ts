import { scanDocument, type Scan } from './scan';

// The page's readable text, shared by every gatherer that looks for phrases; it is read by the
// one pass over the document (scan.ts). Each phrase match can be mapped back to the element that
// holds it, so its evidence carries a selector. Script, style and hidden subtrees are skipped;
// the text is capped so a page with megabytes of text costs a bounded amount. Blocks are read
// as lines: two text nodes in different block elements ("By Ann Lee" in one <div>, "OSLO —" in
// the next <p>) are on different lines, whatever inline elements hold them; a <br> breaks the
// line.

export { MAX_TEXT } from './scan';

export interface PageText {
  /** All readable text, blocks separated by newlines. */
  readonly text: string;
  /** [start, end) of the main content within `text`. */
  readonly main: readonly [number, number];
  /** The element whose text contains `offset`. */
  elementAt(offset: number): Element | null;
  truncated: boolean;
}

/** When to stop (`deadline`, on the scale of `now`) and the clock to check it against. */
export interface Budget {
  deadline: number;
  now: () => number;
}

/** The text a scan read, with `main`'s part of it. */
export function pageTextOf(scan: Scan, main: Element): PageText {
  const { starts, owners } = scan;
  const text = scan.parts.join('');
  const root = scan.doc.body ?? scan.doc.documentElement;
  const span = scan.tracked.get(main);
  let mainStart = span?.start ?? -1;
  const mainEnd = span?.end ?? -1;
  // Where the last <h1> before the main content began: a post's title and byline often sit in a
  // header just above the <article> (news sites, Tailwind company blogs), so the main content's
  // text starts there.
  let titleStart = -1;
  if (span && mainStart >= 0) for (const [order, at] of scan.h1s) if (order < span.order) titleStart = at;
  // No main content of its own (or none with text): the whole page is the main content.
  if (titleStart >= 0 && mainStart >= 0 && !main.querySelector('h1')) mainStart = titleStart;
  const mainRange: [number, number] = main !== root && mainStart >= 0 && mainEnd > mainStart ? [mainStart, mainEnd] : [0, text.length];

  return {
    text,
    main: mainRange,
    truncated: scan.truncated,
    elementAt(offset: number): Element | null {
      let lo = 0;
      let hi = starts.length - 1;
      if (hi < 0) return null;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return owners[lo] ?? null;
    },
  };
}

/** The page's text with `main`'s part, read by a pass of its own (tests; the analysis reads it from its one pass). */
export function readPageText(doc: Document, main: Element, budget: Budget): PageText {
  return pageTextOf(scanDocument(doc, budget, [], main), main);
}
