import { useCallback, useEffect, useRef } from 'preact/hooks';

/**
 * Move focus to an element once a render has put it on the page: after a delete to Undo, after
 * an undo to the restored site, so keyboard and screen-reader users keep their place.
 */
export function useFocusAfterRender(): (find: () => HTMLElement | null) => void {
  const pending = useRef<(() => HTMLElement | null) | null>(null);

  // After every render: the element may appear only after the next list refresh.
  useEffect(() => {
    const el = pending.current?.();
    if (el) {
      pending.current = null;
      el.focus();
    }
  });

  return useCallback((find: () => HTMLElement | null) => {
    pending.current = find;
  }, []);
}
