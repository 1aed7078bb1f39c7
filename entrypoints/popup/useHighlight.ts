import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import type { ShowOnPage, ShowState } from '@/components/show';
import { HIGHLIGHT_PORT, type ShowReply } from '@/lib/highlight';

export const HIGHLIGHT_FILE = '/highlight.js';

/**
 * "Show on page" for the popup: inject the small highlight script (activeTab, granted by the
 * toolbar click), open a port to it and post selectors. The port closes with the popup, and the
 * script then removes the outline — nothing is left behind on the page.
 */
export function useHighlight(tabId: number | null): ShowOnPage {
  const [states, setStates] = useState<Record<string, ShowState>>({});
  const port = useRef<Runtime.Port | null>(null);
  const waiting = useRef<((reply: ShowReply | null) => void) | null>(null);

  useEffect(() => () => port.current?.disconnect(), [tabId]);

  const connect = useCallback(async (): Promise<Runtime.Port> => {
    if (port.current) return port.current;
    if (tabId === null) throw new Error('no tab');
    await browser.scripting.executeScript({ target: { tabId }, files: [HIGHLIGHT_FILE] });
    const p = browser.tabs.connect(tabId, { name: HIGHLIGHT_PORT });
    p.onMessage.addListener((reply) => {
      waiting.current?.(reply as ShowReply);
      waiting.current = null;
    });
    // The page navigated or closed: the next "show" injects again.
    p.onDisconnect.addListener(() => {
      if (port.current === p) port.current = null;
      waiting.current?.(null);
      waiting.current = null;
    });
    port.current = p;
    return p;
  }, [tabId]);

  const show = useCallback(
    (selector: string) => {
      const set = (state: ShowState) =>
        setStates((prev) => {
          // One outline at a time: the previous "shown" item is no longer outlined.
          const next = Object.fromEntries(Object.entries(prev).filter(([, s]) => s !== 'shown' && s !== 'pending'));
          next[selector] = state;
          return next;
        });
      set('pending');
      void (async () => {
        let reply: ShowReply | null = null;
        try {
          const p = await connect();
          reply = await new Promise<ShowReply | null>((resolve) => {
            waiting.current?.(null);
            waiting.current = resolve;
            p.postMessage({ selector });
            setTimeout(() => resolve(null), 3000);
          });
        } catch {
          reply = null;
        }
        set(reply === null ? 'error' : reply.found ? 'shown' : 'gone');
      })();
    },
    [connect],
  );

  return useMemo(() => ({ states, show }), [states, show]);
}
