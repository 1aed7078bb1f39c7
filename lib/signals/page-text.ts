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

export function readPageText(doc: Document, main: Element, deadline: number): PageText {
  const root = doc.body ?? doc.documentElement;
  const starts: number[] = [];
  const owners: Element[] = [];
  const nodes: Text[] = [];
  const parts: string[] = [];
  let length = 0;
  let truncated = false;
  let previous: Element | null = null;

  const filter = {
    acceptNode(node: Node): number {
      if (node.nodeType === 1) {
        const el = node as Element;
        if (SKIP.has(el.localName) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return 2; // FILTER_REJECT
        // <br> is returned so that text on either side of it does not run together: footers write
        // addresses and phone numbers as "Street 1<br>0150 Oslo<br>Tel. …" inside one element.
        if (el.localName === 'br') return 1;
        return 3; // FILTER_SKIP: descend, but do not return elements
      }
      return 1; // FILTER_ACCEPT
    },
  };
  const walker = doc.createTreeWalker(root, 1 | 4, filter);
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      parts.push('\n');
      length += 1;
      continue;
    }
    const value = node.nodeValue ?? '';
    if (!value.trim()) continue;
    const owner = node.parentElement;
    if (!owner) continue;
    if (owner !== previous) {
      const sep = BLOCK.has(owner.localName) || (previous && BLOCK.has(previous.localName)) ? '\n' : ' ';
      parts.push(sep);
      length += 1;
    }
    previous = owner;
    starts.push(length);
    owners.push(owner);
    nodes.push(node as Text);
    parts.push(value);
    length += value.length;
    if (length > MAX_TEXT || ((++count & 1023) === 0 && Date.now() > deadline)) {
      truncated = true;
      break;
    }
  }
  const text = parts.join('');

  const indexOf = new Map<Node, number>();
  nodes.forEach((n, i) => indexOf.set(n, i));
  let mainRange: [number, number] = [0, text.length];
  if (main !== root) {
    const inMain = doc.createTreeWalker(main, 1 | 4, filter);
    let firstInMain = inMain.nextNode();
    while (firstInMain && firstInMain.nodeType !== 3) firstInMain = inMain.nextNode();
    const firstIndex = firstInMain ? indexOf.get(firstInMain) : undefined;
    if (firstIndex !== undefined) {
      // Text nodes of one subtree are contiguous in document order: find where they end.
      let lo = firstIndex;
      let hi = nodes.length;
      while (lo + 1 < hi) {
        const mid = (lo + hi) >> 1;
        if (main.contains(nodes[mid]!)) lo = mid;
        else hi = mid;
      }
      const end = hi < nodes.length ? starts[hi]! : text.length;
      mainRange = [starts[firstIndex]!, end];
    }
  }

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

/** Text of the main content only. */
export function mainText(pageText: PageText): string {
  return pageText.text.slice(pageText.main[0], pageText.main[1]);
}
