// One pass over the page's readable text, shared by every gatherer that looks for phrases.
// Each phrase match can be mapped back to the element that holds it, so its evidence carries a
// selector. Script, style and hidden subtrees are skipped; the text is capped so a page with
// megabytes of text costs a bounded amount.

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'select', 'textarea', 'head']);
const BLOCK = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'tr', 'td', 'th', 'table',
  'section', 'article', 'header', 'footer', 'aside', 'nav', 'main', 'blockquote', 'pre', 'address', 'figure', 'figcaption', 'form', 'hr',
]);

export const MAX_TEXT = 1_500_000;

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

export function readPageText(doc: Document, main: Element, { deadline, now }: Budget): PageText {
  const root = doc.body ?? doc.documentElement;
  const starts: number[] = [];
  const owners: Element[] = [];
  const parts: string[] = [];
  let length = 0;
  let truncated = false;
  let previous: Element | null = null;
  let mainStart = -1;
  let mainEnd = -1;
  // Where the last <h1> before the main content began: a post's title and byline often sit in a
  // header just above the <article> (news sites, Tailwind company blogs), so the main content's
  // text starts there.
  let titleStart = -1;
  // Bumped on entering or leaving a block element: two text nodes with different values are in
  // different blocks and are read as different lines ("By Ann Lee" in one <div>, "OSLO —" in the
  // next <p>), whatever inline elements hold them.
  let block = 0;
  let previousBlock = -1;

  // A plain firstChild/nextSibling walk: a TreeWalker with a filter calls into JavaScript for
  // every node and was the costliest part of analysing a 100,000-node page.
  const skip = (el: Element) => SKIP.has(el.localName) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
  const advance = (from: Node, descend: boolean): Node | null => {
    if (descend && from.firstChild) return from.firstChild;
    for (let cur: Node | null = from; cur && cur !== root; cur = cur.parentNode) {
      if (cur === main) mainEnd = length;
      if (cur.nodeType === 1 && BLOCK.has((cur as Element).localName)) block++;
      if (cur.nextSibling) return cur.nextSibling;
    }
    return null;
  };

  let count = 0;
  for (let node: Node | null = root.firstChild; node; ) {
    if (node.nodeType === 1) {
      const el = node as Element;
      if (skip(el)) {
        node = advance(el, false);
        continue;
      }
      if (el === main) mainStart = length;
      else if (el.localName === 'h1' && mainStart < 0) titleStart = length;
      if (BLOCK.has(el.localName)) block++;
      // <br> breaks the line: footers write addresses and phone numbers as
      // "Street 1<br>0150 Oslo<br>Tel. …" inside one element.
      if (el.localName === 'br') {
        parts.push('\n');
        length += 1;
      }
      node = advance(el, true);
      continue;
    }
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      const owner = node.parentElement;
      if (owner && value.trim()) {
        // Right after a <br> the line is already broken; inline runs keep the white space they have.
        const last = parts[parts.length - 1] ?? '\n';
        if (block !== previousBlock ? last !== '\n' : owner !== previous && !/\s$/.test(last) && !/^\s/.test(value)) {
          parts.push(block !== previousBlock ? '\n' : ' ');
          length += 1;
        }
        previous = owner;
        previousBlock = block;
        starts.push(length);
        owners.push(owner);
        parts.push(value);
        length += value.length;
        if (length > MAX_TEXT || ((++count & 1023) === 0 && now() > deadline)) {
          truncated = true;
          break;
        }
      }
    }
    node = advance(node, false);
  }
  const text = parts.join('');
  if (mainStart >= 0 && mainEnd < 0) mainEnd = length; // cut short inside the main content
  // No main content of its own (or none with text): the whole page is the main content.
  if (titleStart >= 0 && mainStart >= 0 && !main.querySelector('h1')) mainStart = titleStart;
  const mainRange: [number, number] = main !== root && mainStart >= 0 && mainEnd > mainStart ? [mainStart, mainEnd] : [0, text.length];

  return {
    text,
    main: mainRange,
    truncated,
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
