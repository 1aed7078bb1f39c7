// DOM helpers for code that runs in pages nobody on the team wrote (the page gatherers and the
// profile readers): they never throw on odd markup and cap what they return.

/** Collapse white space and cut to `max` characters, marking the cut. */
export function clip(value: string | null | undefined, max: number): string {
  if (!value) return '';
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

const cssEscape = (value: string): string =>
  typeof CSS !== 'undefined' && typeof CSS.escape === 'function'
    ? CSS.escape(value)
    : value.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);

/** PageSignals' limit for Evidence.selector: a longer one fails the popup's schema check. */
const MAX_SELECTOR = 1000;

// nth-of-type positions, counted once per parent: evidence for 10,000 comments in one list would
// otherwise count up to 10,000 siblings per comment.
const positions = new WeakMap<Element, Map<Element, number>>();

function nthOfType(el: Element): number {
  const parent = el.parentElement;
  if (!parent) return 1;
  let map = positions.get(parent);
  if (!map) {
    map = new Map();
    const seen = new Map<string, number>();
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      const n = (seen.get(child.localName) ?? 0) + 1;
      seen.set(child.localName, n);
      map.set(child, n);
    }
    positions.set(parent, map);
  }
  return map.get(el) ?? 1;
}

/**
 * A selector that finds `el` again: the nearest ancestor with a unique-looking id, then
 * `tag:nth-of-type(n)` steps. Bounded in depth so that deeply nested pages stay cheap, and in
 * length: 40 levels of long tag names (custom elements, `blockquote`) passed 1000 characters
 * and made the whole analysis fail validation; past the limit the selector starts lower down.
 */
export function selectorFor(el: Element | null | undefined): string | null {
  if (!el || el.nodeType !== 1) return null;
  const steps: string[] = [];
  let length = 0;
  const add = (step: string): boolean => {
    if (length + step.length + 3 > MAX_SELECTOR) return false;
    steps.unshift(step);
    length += step.length + 3;
    return true;
  };
  let node: Element | null = el;
  for (let depth = 0; node && depth < 40; depth++) {
    const tag = node.localName;
    if (!tag || tag === 'html') break;
    const id = node.getAttribute('id');
    if (id && id.length < 80 && /^[A-Za-z][\w:.-]*$/.test(id)) {
      add(`#${cssEscape(id)}`);
      return steps.length ? steps.join(' > ') : null;
    }
    if (tag === 'body') {
      add('body');
      return steps.join(' > ');
    }
    const index = nthOfType(node);
    if (!add(`${/^[a-z][a-z0-9-]{0,60}$/.test(tag) ? tag : '*'}:nth-of-type(${index})`)) break;
    node = node.parentElement;
  }
  return steps.length ? steps.join(' > ') : null;
}

/** querySelectorAll that survives invalid selectors and returns an array. */
export function all(root: ParentNode | null | undefined, selector: string): Element[] {
  try {
    return root ? Array.from(root.querySelectorAll(selector)) : [];
  } catch {
    return [];
  }
}

/** querySelector that survives invalid selectors. */
export function one(root: ParentNode | null | undefined, selector: string): Element | null {
  try {
    return root?.querySelector(selector) ?? null;
  } catch {
    return null;
  }
}
