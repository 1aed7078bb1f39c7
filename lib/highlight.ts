// "Show on page": scroll to an evidence element and draw an outline over it. Runs in the page
// (entrypoints/highlight.ts, an unlisted script), so it stays tiny and imports nothing.
//
// The outline is an overlay element we own, never a change to the page's own elements: the page
// keeps its styles, and removing the overlay restores everything. Every style is inline and
// `!important` (inline important declarations beat any page stylesheet, even `div { display:
// none !important }`), the element has a custom tag so page selectors for div/span don't match,
// and where the browser has the top layer (popover) it goes there, above fixed headers and any
// z-index.

export const HIGHLIGHT_PORT = 'tillit-highlight';
export const OVERLAY_TAG = 'tillit-highlight';

export interface ShowRequest {
  selector: string;
}
export interface ShowReply {
  found: boolean;
}

const STYLE: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  margin: '0',
  padding: '0',
  inset: 'auto',
  'box-sizing': 'border-box',
  border: '3px solid #d6246e',
  'border-radius': '4px',
  // Two rings so the outline shows on light and dark pages alike.
  'box-shadow': '0 0 0 3px #ffffff, 0 0 0 6px #1d2329',
  background: 'rgba(214, 36, 110, 0.12)',
  'pointer-events': 'none',
  'z-index': '2147483647',
  overflow: 'visible',
  opacity: '1',
  visibility: 'visible',
  transform: 'none',
  filter: 'none',
  'clip-path': 'none',
};

interface Current {
  overlay: HTMLElement;
  target: Element;
  place: () => void;
  win: Window;
}

const state = new WeakMap<Document, Current>();

/** The element a selector points to, or null (a selector from an old analysis may no longer parse or match). */
export function findElement(doc: Document, selector: string): Element | null {
  try {
    return doc.querySelector(selector);
  } catch {
    return null;
  }
}

/** Remove the outline this module drew in `doc`, if any. */
export function clearHighlight(doc: Document): void {
  const current = state.get(doc);
  if (current) {
    current.win.removeEventListener('scroll', current.place, true);
    current.win.removeEventListener('resize', current.place);
    state.delete(doc);
  }
  // Also any overlay left by an earlier injection of this script.
  for (const el of Array.from(doc.getElementsByTagName(OVERLAY_TAG))) el.remove();
}

/** Scroll `selector`'s element into view and outline it; the previous outline goes away. */
export function showElement(doc: Document, selector: string): ShowReply {
  clearHighlight(doc);
  const target = findElement(doc, selector);
  const win = doc.defaultView;
  if (!target || !target.isConnected || !win) return { found: false };

  target.scrollIntoView({ block: 'center', inline: 'nearest' });
  const overlay = doc.createElement(OVERLAY_TAG);
  overlay.setAttribute('aria-hidden', 'true');
  for (const [name, value] of Object.entries(STYLE)) overlay.style.setProperty(name, value, 'important');

  // Follow the element while the page scrolls or reflows (fixed positioning is in viewport
  // coordinates, like getBoundingClientRect).
  const place = () => {
    const r = target.getBoundingClientRect();
    const pad = 4;
    overlay.style.setProperty('left', `${r.left - pad}px`, 'important');
    overlay.style.setProperty('top', `${r.top - pad}px`, 'important');
    overlay.style.setProperty('width', `${r.width + pad * 2}px`, 'important');
    overlay.style.setProperty('height', `${r.height + pad * 2}px`, 'important');
  };
  place();
  (doc.body ?? doc.documentElement).append(overlay);
  const top = overlay as HTMLElement & { showPopover?: () => void };
  if (typeof top.showPopover === 'function') {
    try {
      overlay.setAttribute('popover', 'manual');
      top.showPopover();
    } catch {
      /* no top layer: the z-index above still applies */
    }
  }
  win.addEventListener('scroll', place, { capture: true, passive: true });
  win.addEventListener('resize', place, { passive: true });
  state.set(doc, { overlay, target, place, win });
  return { found: true };
}

/** The overlay currently drawn in `doc` (for tests). */
export function currentOverlay(doc: Document): HTMLElement | null {
  return state.get(doc)?.overlay ?? null;
}
