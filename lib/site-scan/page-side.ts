import { collectSignals } from '../signals';
import { pathOf } from '../site';
import type { Finding } from '../contracts/page';
import type { ContactFound, FetchedBody } from '../contracts/site';

// The page's side of "Check the whole site" (built into /site-scan.js, injected on request): it
// runs inside the analysed page, so its requests go out with the page's own origin and need no
// host permission. Contact, about and privacy pages are read here with the analyser's own
// gatherers, so the popup receives findings, not pages of HTML, and needs no DOM code itself.

export interface FetchLimits {
  maxRequests: number;
  totalMs: number;
  maxBytes: number;
}

/** Contact details on another page of the site, with evidence naming that page. */
export function readContactPage(html: string, url: string): ContactFound {
  const doc = new DOMParser().parseFromString(html, 'text/html'); // runs no scripts, loads nothing
  const found = collectSignals(doc, { url, budgetMs: 1_000 }).contact;
  const label = `site:${pathOf(url)}`.slice(0, 40);
  const relabel = (f: Finding): Finding => ({ value: f.value, evidence: { ...f.evidence, selector: null, source: label } });
  return {
    emails: found.emails.slice(0, 5).map(relabel),
    phones: found.phones.slice(0, 5).map(relabel),
    addresses: found.addresses.slice(0, 5).map(relabel),
    organisation: [...found.orgNumbers, ...found.organisationNames].slice(0, 5).map(relabel),
  };
}

const isHtml = (body: FetchedBody) => /html/i.test(body.contentType) || /<html|<body/i.test(body.text.slice(0, 2000));

export async function scanInPage(urls: string[], limits: FetchLimits): Promise<FetchedBody[]> {
  const controller = new AbortController();
  // AbortSignal.timeout, not setTimeout: it also fires where the page's own scripts are off
  // (the command-line scorer), where a setTimeout callback never runs.
  const limit = AbortSignal.timeout(limits.totalMs);
  const signal = AbortSignal.any([controller.signal, limit]);
  const scope = globalThis as unknown as { __tillitSiteScan?: AbortController; __tillitSiteScanDone?: FetchedBody[]; chrome?: { runtime?: { sendMessage?: (m: unknown) => unknown } }; browser?: { runtime?: { sendMessage?: (m: unknown) => unknown } } };
  scope.__tillitSiteScan?.abort('cancelled');
  scope.__tillitSiteScan = controller;
  // What has arrived so far, for a caller that stops waiting before the scan ends.
  const finished: FetchedBody[] = [];
  scope.__tillitSiteScanDone = finished;
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
      const response = await fetch(url, { signal, credentials: 'omit', redirect: 'follow', headers: { accept: 'application/json, application/atom+xml, application/rss+xml, text/html;q=0.9, */*;q=0.5' } });
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
      out.error = controller.signal.aborted ? 'cancelled' : limit.aborted ? 'timeout' : String(error instanceof Error ? error.message : error).slice(0, 200);
    } finally {
      done++;
      progress();
    }
    if (!out.error && !out.truncated && isHtml(out)) {
      try {
        out.contact = readContactPage(out.text, out.url);
      } catch {
        out.contact = null;
      }
      out.text = '';
    }
    finished.push(out);
    return out;
  };

  try {
    return await Promise.all(wanted.map(one));
  } finally {
    if (scope.__tillitSiteScan === controller) delete scope.__tillitSiteScan;
  }
}

/** Cancel a scan in progress (same isolated world as scanInPage). */
export function cancelInPage(): boolean {
  const scope = globalThis as unknown as { __tillitSiteScan?: AbortController };
  scope.__tillitSiteScan?.abort('cancelled');
  return true;
}
