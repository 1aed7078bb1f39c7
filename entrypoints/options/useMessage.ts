import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PageMessage } from '@/components/sites/Messages';

/**
 * The page's one transient message. A message shown with an expiry (the Undo offer) goes away
 * by itself then, unless another has replaced it.
 */
export function useMessage(): { message: PageMessage | null; show: (next: PageMessage | null, expiresMs?: number) => void } {
  const [message, setMessage] = useState<PageMessage | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const show = useCallback((next: PageMessage | null, expiresMs?: number) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    setMessage(next);
    if (next && expiresMs) {
      timer.current = setTimeout(() => {
        timer.current = null;
        setMessage((current) => (current === next ? null : current));
      }, expiresMs);
    }
  }, []);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  return { message, show };
}
