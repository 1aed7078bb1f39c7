import { clearHighlight, currentOverlay, findElement, OVERLAY_TAG, showElement } from '@/lib/highlight';

// "Show on page" in the page itself: find, scroll, outline over the element, clean up.

beforeEach(() => {
  document.body.replaceChildren();
  clearHighlight(document);
  const style = document.createElement('style');
  // A hostile page that hides every div and span, even with !important.
  style.textContent = 'div, span { display: none !important; }';
  document.head.append(style);
  const p = document.createElement('p');
  p.id = 'byline';
  p.textContent = 'Skrevet av Kari Nordmann';
  document.body.append(p);
});

const overlays = () => document.getElementsByTagName(OVERLAY_TAG);

describe('showElement', () => {
  it('scrolls the element into view and draws one outline over it', () => {
    const target = document.getElementById('byline')!;
    const scroll = vi.spyOn(target, 'scrollIntoView');
    expect(showElement(document, '#byline')).toEqual({ found: true });
    expect(scroll).toHaveBeenCalledWith(expect.objectContaining({ block: 'center' }));
    expect(overlays()).toHaveLength(1);
    const overlay = currentOverlay(document)!;
    expect(overlay.getAttribute('aria-hidden')).toBe('true');
    expect(overlay.style.getPropertyValue('position')).toBe('fixed');
    expect(overlay.style.getPropertyPriority('display')).toBe('important');
    expect(overlay.style.getPropertyValue('pointer-events')).toBe('none');
  });

  it('places the outline at the element\'s box', () => {
    const target = document.getElementById('byline')!;
    vi.spyOn(target, 'getBoundingClientRect').mockReturnValue({ left: 100, top: 50, width: 200, height: 20, right: 300, bottom: 70, x: 100, y: 50, toJSON: () => ({}) });
    showElement(document, '#byline');
    const s = currentOverlay(document)!.style;
    expect([s.left, s.top, s.width, s.height]).toEqual(['96px', '46px', '208px', '28px']);
  });

  it('moves the outline when the element moves (scrolling)', () => {
    const target = document.getElementById('byline')!;
    const rect = vi.spyOn(target, 'getBoundingClientRect');
    rect.mockReturnValue({ left: 10, top: 500, width: 50, height: 10, right: 60, bottom: 510, x: 10, y: 500, toJSON: () => ({}) });
    showElement(document, '#byline');
    rect.mockReturnValue({ left: 10, top: 200, width: 50, height: 10, right: 60, bottom: 210, x: 10, y: 200, toJSON: () => ({}) });
    window.dispatchEvent(new Event('scroll'));
    expect(currentOverlay(document)!.style.top).toBe('196px');
  });

  it('moves on to the next element: only one outline at a time', () => {
    const other = document.createElement('a');
    other.href = 'mailto:x@y.no';
    document.body.append(other);
    showElement(document, '#byline');
    showElement(document, 'a[href="mailto:x@y.no"]');
    expect(overlays()).toHaveLength(1);
  });

  it('says so when the element is gone or the selector is not valid', () => {
    expect(showElement(document, '#nothing-here')).toEqual({ found: false });
    expect(showElement(document, 'a[href=')).toEqual({ found: false });
    expect(findElement(document, ':::')).toBeNull();
    expect(overlays()).toHaveLength(0);
  });

  it('leaves the page\'s own elements untouched', () => {
    const target = document.getElementById('byline')!;
    const before = target.outerHTML;
    showElement(document, '#byline');
    expect(target.outerHTML).toBe(before);
  });
});

describe('clearHighlight', () => {
  it('removes the outline and stops following scrolls', () => {
    showElement(document, '#byline');
    clearHighlight(document);
    expect(overlays()).toHaveLength(0);
    expect(currentOverlay(document)).toBeNull();
    expect(() => window.dispatchEvent(new Event('scroll'))).not.toThrow();
  });

  it('also removes an outline left by an earlier copy of the script', () => {
    document.body.append(document.createElement(OVERLAY_TAG));
    clearHighlight(document);
    expect(overlays()).toHaveLength(0);
  });
});
