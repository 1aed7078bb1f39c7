// Runs inside the analysed page (injected with scripting.executeScript({ func, args })), so its
// requests go out with the page's own origin and need no host permission. It must be
// self-contained: the browser serialises the function's source, so it may not use imports or
// anything outside its own body.

export interface FetchLimits {
  maxRequests: number;
  totalMs: number;
  maxBytes: number;
}

export interface FetchedBody {
  url: string;
  status: number;
  contentType: string;
  text: string;
  truncated: boolean;
  error: string | null;
}

export async function fetchInPage(urls: string[], limits: FetchLimits): Promise<FetchedBody[]> {
  const controller = new AbortController();
  const scope = globalThis as unknown as { __tillitSiteScan?: AbortController; chrome?: { runtime?: { sendMessage?: (m: unknown) => unknown } }; browser?: { runtime?: { sendMessage?: (m: unknown) => unknown } } };
  scope.__tillitSiteScan?.abort('cancelled');
  scope.__tillitSiteScan = controller;
  const timer = setTimeout(() => controller.abort('timeout'), limits.totalMs);
  const runtime = scope.browser?.runtime ?? scope.chrome?.runtime;
  const origin = location.origin;
  const wanted = urls
    .filter((u) => {
      try {
        return new URL(u, location.href).origin === origin; // same origin only: nothing is sent anywhere else
      } catch {
        return false;
      }
    })
    .slice(0, limits.maxRequests);
  let done = 0;
  const progress = () => {
    try {
      void Promise.resolve(runtime?.sendMessage?.({ type: 'tillit-site-scan-progress', done, total: wanted.length })).catch(() => undefined);
    } catch {
      /* the popup may be gone */
    }
  };
  progress();

  const one = async (url: string): Promise<FetchedBody> => {
    const out: FetchedBody = { url, status: 0, contentType: '', text: '', truncated: false, error: null };
    try {
      const response = await fetch(url, { signal: controller.signal, credentials: 'omit', redirect: 'follow', headers: { accept: 'application/json, application/atom+xml, application/rss+xml, text/html;q=0.9, */*;q=0.5' } });
      out.status = response.status;
      out.contentType = (response.headers.get('content-type') ?? '').slice(0, 100);
      if (new URL(response.url || url).origin !== origin) throw new Error('redirected to another site');
      const reader = response.body?.getReader();
      if (reader) {
        const chunks: Uint8Array[] = [];
        let size = 0;
        for (;;) {
          const { done: end, value } = await reader.read();
          if (end || !value) break;
          if (size + value.length > limits.maxBytes) {
            chunks.push(value.slice(0, limits.maxBytes - size));
            out.truncated = true;
            await reader.cancel().catch(() => undefined);
            break;
          }
          chunks.push(value);
          size += value.length;
        }
        const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
        let offset = 0;
        for (const c of chunks) {
          all.set(c, offset);
          offset += c.length;
        }
        out.text = new TextDecoder().decode(all);
      }
    } catch (error) {
      out.error = controller.signal.aborted ? (controller.signal.reason === 'cancelled' ? 'cancelled' : 'timeout') : String(error instanceof Error ? error.message : error).slice(0, 200);
    } finally {
      done++;
      progress();
    }
    return out;
  };

  try {
    return await Promise.all(wanted.map(one));
  } finally {
    clearTimeout(timer);
    if (scope.__tillitSiteScan === controller) delete scope.__tillitSiteScan;
  }
}

/** Injected to cancel a scan in progress (same isolated world as fetchInPage). */
export function cancelInPage(): boolean {
  const scope = globalThis as unknown as { __tillitSiteScan?: AbortController };
  scope.__tillitSiteScan?.abort('cancelled');
  return true;
}
