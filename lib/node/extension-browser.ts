/**
 * Chromium with the built extension loaded, and a *real* toolbar click through the DevTools
 * Protocol command `Extensions.triggerAction` (it grants activeTab and opens the real action
 * popup, exactly like a user's click). Used by the end-to-end tests, the performance benchmark
 * and the screenshots.
 *
 * Protocol notes (checked against Debian's Chromium 156 + playwright-core 1.65):
 * - `Extensions.triggerAction` needs the *tab* target id ("Action can only be triggered on a
 *   tab target" for a page target). Tab targets are separate from the page targets Playwright
 *   drives; we map a Page to its tab by auto-attaching to each tab target and looking at its
 *   child page target.
 * - Playwright does not surface the action popup as a Page. We attach to its target without
 *   flattening and talk to it through `Target.sendMessageToTarget`.
 * - Extension APIs need `--enable-unsafe-extension-debugging`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  chromium,
  type BrowserContext,
  type CDPSession,
  type Page,
  type Worker,
} from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

/** The few chrome.* calls made inside the extension here inside the extension (typed locally on purpose). */
declare const chrome: {
  tabs: {
    query(q: { active?: boolean; windowId?: number }): Promise<Array<{ id?: number }>>;
    update(tabId: number, props: { active?: boolean }): Promise<unknown>;
  };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

// ---------------------------------------------------------------------------------------------
// Browser with the extension
// ---------------------------------------------------------------------------------------------

export interface LaunchOptions {
  /** Unpacked extension folder; default `.output/chrome-mv3` (relative to the cwd). */
  extensionDir?: string;
  /** Browser UI language, passed as `LANGUAGE` (Chromium on Linux ignores `--lang`). */
  language?: string;
  headless?: boolean;
  /** Extra Chromium flags. */
  args?: string[];
  /** Reuse this profile folder (kept on close) instead of a fresh temporary one. */
  profileDir?: string;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = resolve(options.extensionDir ?? '.output/chrome-mv3');
  const manifestFile = join(extensionDir, 'manifest.json');
  if (!existsSync(manifestFile)) {
    throw new Error(`No extension at ${extensionDir} (missing manifest.json). Run \`npm run build\` first.`);
  }
  const executablePath = chromiumPath();
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
    key?: string;
    background?: { service_worker?: string };
  };

  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'tillit-e2e-'));
  // Also clean up when a crashed run never reaches close().
  const removeProfile = () => {
    if (!options.profileDir) rmSync(profile, { recursive: true, force: true });
  };
  process.once('exit', removeProfile);
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: options.headless ?? true,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        ...CHROMIUM_ARGS,
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--enable-unsafe-extension-debugging',
        // Never reach the network: every host name fails to resolve, except the loopback addresses
        // fixture "sites" are served (127.0.0.x, loopback only).
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.*',
        ...(options.args ?? []),
      ],
      env: { ...process.env, LANGUAGE: options.language ?? 'en' },
    });
  } catch (err) {
    process.off('exit', removeProfile);
    removeProfile();
    throw err;
  }

  const close = async () => {
    await context.close().catch(() => {});
    process.off('exit', removeProfile);
    removeProfile();
  };

  let extensionId: string;
  if (manifest.background?.service_worker) {
    let worker: Worker;
    try {
      worker = await findServiceWorker(context, 15_000);
    } catch (err) {
      await close();
      throw new Error(`The extension's service worker did not start: ${String(err)}`);
    }
    extensionId = new URL(worker.url()).host;
  } else {
    // No background worker to read the id from: compute it the way Chromium does for
    // unpacked extensions (from the manifest key, else from the absolute path).
    extensionId = unpackedExtensionId(extensionDir, manifest.key);
  }

  return { context, extensionId, close };
}

/** Chromium's id for an unpacked extension: sha256 of the key (or path), first 32 hex → a–p. */
export function unpackedExtensionId(dir: string, key?: string): string {
  const input = key ? Buffer.from(key, 'base64') : Buffer.from(realpathSync(dir));
  return createHash('sha256')
    .update(input)
    .digest('hex')
    .slice(0, 32)
    .replace(/[0-9a-f]/g, (c) => String.fromCharCode(97 + parseInt(c, 16)));
}

async function findServiceWorker(context: BrowserContext, timeoutMs: number): Promise<Worker> {
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  const existing = context.serviceWorkers().find(isOurs);
  if (existing) return existing;
  return context.waitForEvent('serviceworker', { predicate: isOurs, timeout: timeoutMs });
}

/**
 * Run `fn(arg)` with the extension's privileges (chrome.* APIs) and return its result. Uses the
 * background service worker; if the extension has none, an extension page (its manifest.json,
 * which runs no code of ours) opened in a background tab.
 */
export async function evaluateInExtension<R, A>(
  context: BrowserContext,
  extensionId: string,
  fn: (arg: A) => R | Promise<R>,
  arg: A,
): Promise<R> {
  // Playwright's generic `Unboxed<A>` doesn't reduce for an unresolved A; the argument is
  // passed through unchanged, so erase the type here.
  const run = fn as unknown as (arg: unknown) => Promise<R>;
  const worker = context
    .serviceWorkers()
    .find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
  if (worker) return worker.evaluate(run, arg as unknown);

  const prefix = `chrome-extension://${extensionId}/manifest.json`;
  let helper = context.pages().find((p) => p.url().startsWith(prefix));
  if (!helper) {
    const previouslyFront = context.pages();
    helper = await context.newPage();
    await helper.goto(prefix);
    // Keep the tab the tests work with in front, so "active tab" queries stay meaningful.
    await previouslyFront[previouslyFront.length - 1]?.bringToFront();
  }
  return helper.evaluate(run, arg as unknown);
}

/**
 * The Chrome tab id (chrome.tabs) of a Playwright page. Without the `tabs` permission the
 * extension can't see tab URLs or titles, so: find the page's window (CDP window ids are the
 * extension API's window ids), bring the page to the front and ask for that window's active
 * tab. The previously active tab of that window is re-activated afterwards.
 */
export async function getTabId(context: BrowserContext, extensionId: string, page: Page): Promise<number> {
  const session = await browserSession(context);
  const { windowId } = (await session.send('Browser.getWindowForTarget', {
    targetId: await pageTargetId(context, page),
  })) as { windowId: number };
  const activeTab = (wid: number) =>
    evaluateInExtension(
      context,
      extensionId,
      async (w: number) => (await chrome.tabs.query({ active: true, windowId: w })).map((t) => t.id),
      wid,
    );
  const [previous] = await activeTab(windowId);
  await page.bringToFront();
  const ids = await activeTab(windowId);
  const [tabId] = ids;
  if (ids.length !== 1 || typeof tabId !== 'number') {
    throw new Error(`Could not find the tab id of ${page.url()} (window ${windowId}: ${JSON.stringify(ids)})`);
  }
  if (typeof previous === 'number' && previous !== tabId) {
    await evaluateInExtension(context, extensionId, (id: number) => chrome.tabs.update(id, { active: true }).then(() => {}), previous);
  }
  return tabId;
}

async function pageTargetId(context: BrowserContext, page: Page): Promise<string> {
  const pageSession = await context.newCDPSession(page);
  try {
    const { targetInfo } = (await pageSession.send('Target.getTargetInfo')) as { targetInfo: TargetInfo };
    return targetInfo.targetId;
  } finally {
    await pageSession.detach().catch(() => {});
  }
}

/** `chrome.action.getBadgeText({ tabId })`. */
export function getBadgeText(context: BrowserContext, extensionId: string, tabId: number): Promise<string> {
  return evaluateInExtension(context, extensionId, (id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

// ---------------------------------------------------------------------------------------------
// Raw CDP sessions to targets Playwright doesn't expose (tab targets, the action popup)
// ---------------------------------------------------------------------------------------------

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
  title: string;
}

interface ProtocolMessage {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string; code?: number };
}

const browserSessions = new WeakMap<BrowserContext, Promise<CDPSession>>();

/** One browser-level CDP session per context. */
export function browserSession(context: BrowserContext): Promise<CDPSession> {
  let session = browserSessions.get(context);
  if (!session) {
    const browser = context.browser();
    if (!browser) {
      // Persistent contexts in playwright-core 1.65 do have a Browser; keep a clear error if not.
      throw new Error('context.browser() is null: cannot open a browser CDP session');
    }
    session = browser.newBrowserCDPSession();
    browserSessions.set(context, session);
  }
  return session;
}

async function getTargets(session: CDPSession, type?: string): Promise<TargetInfo[]> {
  const { targetInfos } = (await session.send('Target.getTargets', {
    filter: [type ? { type } : {}],
  })) as { targetInfos: TargetInfo[] };
  return targetInfos;
}

/**
 * A non-flattened session to one target, driven through `Target.sendMessageToTarget` on the
 * browser session (Playwright's CDPSession can't address flattened child sessions).
 */
class RawTargetSession {
  private nextId = 1;
  private readonly pending = new Map<number, { ok: (m: ProtocolMessage) => void; fail: (e: Error) => void }>();
  private readonly listeners = new Set<(m: ProtocolMessage) => void>();
  private detached = false;

  private constructor(
    private readonly browser: CDPSession,
    readonly sessionId: string,
    readonly targetId: string,
  ) {
    browser.on('Target.receivedMessageFromTarget', this.onMessage);
    browser.on('Target.detachedFromTarget', this.onDetached);
  }

  static async attach(browser: CDPSession, targetId: string): Promise<RawTargetSession> {
    const { sessionId } = (await browser.send('Target.attachToTarget', { targetId, flatten: false })) as {
      sessionId: string;
    };
    return new RawTargetSession(browser, sessionId, targetId);
  }

  private readonly onMessage = (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== this.sessionId) return;
    const msg = JSON.parse(event.message) as ProtocolMessage;
    if (msg.id !== undefined) {
      const waiter = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (msg.error) waiter?.fail(new Error(`${msg.error.message} (${msg.error.code ?? ''})`));
      else waiter?.ok(msg);
    } else {
      for (const listener of this.listeners) listener(msg);
    }
  };

  private readonly onDetached = (event: { sessionId: string }) => {
    if (event.sessionId !== this.sessionId) return;
    this.cleanup(new Error(`Target ${this.targetId} detached`));
  };

  onEvent(listener: (m: ProtocolMessage) => void): void {
    this.listeners.add(listener);
  }

  async send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    if (this.detached) throw new Error(`Target ${this.targetId} is detached`);
    const id = this.nextId++;
    const reply = new Promise<ProtocolMessage>((ok, fail) => this.pending.set(id, { ok, fail }));
    await this.browser.send('Target.sendMessageToTarget', {
      sessionId: this.sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    return (await reply).result as T;
  }

  private cleanup(reason: Error): void {
    if (this.detached) return;
    this.detached = true;
    this.browser.off('Target.receivedMessageFromTarget', this.onMessage);
    this.browser.off('Target.detachedFromTarget', this.onDetached);
    for (const { fail } of this.pending.values()) fail(reason);
    this.pending.clear();
    this.listeners.clear();
  }

  async detach(): Promise<void> {
    if (this.detached) return;
    this.cleanup(new Error('detached'));
    await this.browser.send('Target.detachFromTarget', { sessionId: this.sessionId }).catch(() => {});
  }
}

/** The *tab* target id (what `Extensions.triggerAction` wants) of a Playwright page. */
export async function tabTargetId(context: BrowserContext, page: Page): Promise<string> {
  const pageId = await pageTargetId(context, page);
  const session = await browserSession(context);
  const tabs = await getTargets(session, 'tab');
  const url = page.url();
  // Tabs showing the same URL first; the check below is what decides.
  tabs.sort((a, b) => Number(b.url === url) - Number(a.url === url));
  for (const tab of tabs) {
    if ((await childPageIds(session, tab.targetId)).includes(pageId)) return tab.targetId;
  }
  throw new Error(`No tab target holds page ${pageId} (${url})`);
}

/** The page targets directly inside a tab target (auto-attach reports existing children). */
async function childPageIds(session: CDPSession, tabId: string): Promise<string[]> {
  let tab: RawTargetSession;
  try {
    tab = await RawTargetSession.attach(session, tabId);
  } catch {
    return []; // the tab went away meanwhile
  }
  const ids: string[] = [];
  tab.onEvent((m) => {
    if (m.method === 'Target.attachedToTarget') {
      const info = (m.params as { targetInfo: TargetInfo }).targetInfo;
      ids.push(info.targetId);
    }
  });
  try {
    await tab.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  } catch {
    // ignore: a tab that can't be attached to isn't ours
  } finally {
    await tab.detach();
  }
  return ids;
}

// ---------------------------------------------------------------------------------------------
// The toolbar click and the popup
// ---------------------------------------------------------------------------------------------

export interface PopupHandle {
  targetId: string;
  url: string;
  /** Evaluate a JS expression in the popup (promises are awaited; result returned by value). */
  evaluate<T = unknown>(expression: string): Promise<T>;
  /** Poll `expression` until it is truthy; returns its value. */
  waitFor<T = unknown>(expression: string, timeoutMs?: number): Promise<T>;
  /** Focus the element and type `text` as keyboard input (CDP Input.insertText: real input events). */
  type(selector: string, text: string): Promise<void>;
  close(): Promise<void>;
}

export interface ClickOptions {
  /** The popup page's path inside the extension; default `popup.html`. */
  popupPath?: string;
  /** How long to wait for the popup target to appear; default 10 s. */
  timeoutMs?: number;
}

/**
 * Click the extension's toolbar button for `page`'s tab, as a user would: activeTab is granted
 * and the real action popup opens. Returns a handle to that popup.
 */
export async function clickToolbar(
  context: BrowserContext,
  extensionId: string,
  page: Page,
  options: ClickOptions = {},
): Promise<PopupHandle> {
  const session = await browserSession(context);
  const popupPrefix = `chrome-extension://${extensionId}/${options.popupPath ?? 'popup.html'}`;
  const isPopup = (t: TargetInfo) => t.type === 'page' && t.url.startsWith(popupPrefix);

  // A real click happens on the tab in front.
  await page.bringToFront();
  const targetId = await tabTargetId(context, page);
  const before = new Set((await getTargets(session)).filter(isPopup).map((t) => t.targetId));

  await session.send('Extensions.triggerAction', { id: extensionId, targetId });

  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  let popup: TargetInfo | undefined;
  while (!(popup = (await getTargets(session)).find((t) => isPopup(t) && !before.has(t.targetId)))) {
    if (Date.now() > deadline) {
      throw new Error(`The action popup (${popupPrefix}) did not open after Extensions.triggerAction`);
    }
    await sleep(50);
  }
  return popupHandle(session, popup);
}

async function popupHandle(session: CDPSession, target: TargetInfo): Promise<PopupHandle> {
  const raw = await RawTargetSession.attach(session, target.targetId);

  async function evaluate<T>(expression: string): Promise<T> {
    const reply = await raw.send<{
      result: { value?: unknown; description?: string; type: string };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    }>('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    if (reply.exceptionDetails) {
      const d = reply.exceptionDetails;
      throw new Error(`Popup evaluation failed: ${d.exception?.description ?? d.text}\n  in: ${expression}`);
    }
    return reply.result.value as T;
  }

  return {
    targetId: target.targetId,
    url: target.url,
    evaluate,
    async waitFor<T>(expression: string, timeoutMs = 10_000): Promise<T> {
      const deadline = Date.now() + timeoutMs;
      let lastError: unknown;
      for (;;) {
        try {
          const value = await evaluate<T>(expression);
          if (value) return value;
          lastError = undefined;
        } catch (err) {
          // The popup may still be loading (no execution context yet): retry until the deadline.
          lastError = err;
        }
        if (Date.now() > deadline) {
          const body = await evaluate<string>('document.body ? document.body.outerHTML.slice(0, 2000) : ""').catch(
            () => '(unavailable)',
          );
          throw new Error(
            `Timed out after ${timeoutMs} ms waiting for \`${expression}\` in the popup.` +
              (lastError ? `\nLast error: ${String(lastError)}` : '') +
              `\nPopup body: ${body}`,
          );
        }
        await sleep(100);
      }
    },
    async type(selector: string, text: string) {
      const found = await evaluate<boolean>(`(() => { const el = document.querySelector(${JSON.stringify(selector)}); if (!el) return false; el.focus(); return document.activeElement === el; })()`);
      if (!found) throw new Error(`Nothing to type into at ${selector} in the popup`);
      await raw.send('Input.insertText', { text });
    },
    async close() {
      await raw.detach();
      await session.send('Target.closeTarget', { targetId: target.targetId }).catch(() => {});
    },
  };
}

/**
 * Open `popup.html?tabId=N` in an ordinary tab, for tests that want Playwright locators. Click
 * the toolbar for that tab first if the popup needs activeTab (the grant lasts until the tab
 * navigates).
 */
export async function openPopupInTab(
  context: BrowserContext,
  extensionId: string,
  tabId: number,
  popupPath = 'popup.html',
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${popupPath}?tabId=${tabId}`);
  return page;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((ok) => setTimeout(ok, ms));
}
