import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyseTab } from '@/lib/analyse-tab';
import { ANALYSER_FILE, ANALYSIS_TIMEOUT_MS, findTab } from '@/lib/popup-start';
import type { PageLink, PageSignals } from '@/lib/contracts/page';
import { LEVEL_SHAPE } from '@/lib/toolbar-badge';
import { ev, finding, makeSignals, NOW } from '../helpers/signals';
import { useFakeTabs } from '../helpers/fake-tabs';
import { signalsOf } from '../helpers/load-fixture';

// The popup's job outside the UI: inject the analyser into the clicked tab, validate what the
// (possibly hostile) page sends back, score it and mark the toolbar for that tab only.

const PAGE = 'https://firma.example/blogg/innlegg';
const link = (kind: PageLink['kind'], url: string): PageLink => ({ kind, url, evidence: ev(url, 'link') });

/** Transparency 100, credibility/openness/longevity 0, responsiveness unknown → overall 25, weak. */
function transparentPage(): PageSignals {
  return makeSignals({
    contact: {
      emails: [finding('post@firma.example')],
      addresses: [finding('Storgata 1, 0155 Oslo')],
      organisationNames: [finding('Firma AS')],
      pages: [link('about', '/om'), link('privacy', '/personvern'), link('contact', '/kontakt')],
    },
  });
}

const fake = useFakeTabs();
const { injects, openTab } = fake;

describe('analyseTab: pages Tillit may not read', () => {
  it.each([
    ['chrome://extensions/', 'restricted'],
    ['https://chromewebstore.google.com/detail/x', 'restricted'],
    ['about:blank', 'restricted'],
    ['https://firma.example/rapport.pdf', 'pdf'],
  ])('%s → %s without injecting anything or touching the badge', async (url, problem) => {
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    const id = await openTab(url);
    const result = await analyseTab({ id, url }, 'en', () => NOW);
    expect(result).toEqual({ ok: false, problem });
    expect(fake.executeScript()).not.toHaveBeenCalled();
    expect(setBadgeText).not.toHaveBeenCalled();
  });
});

describe('analyseTab: a valid result', () => {
  it('succeeds in Firefox’s Manifest V2 build, which has browserAction instead of action', async () => {
    const id = await openTab(PAGE);
    injects(transparentPage());
    const saved = fakeBrowser.action;
    (fakeBrowser as { action?: unknown }).action = undefined;
    try {
      expect((await analyseTab({ id, url: PAGE }, 'en', () => NOW)).ok).toBe(true);
    } finally {
      (fakeBrowser as { action?: unknown }).action = saved;
    }
  });

  it('injects the on-demand analyser into that tab only', async () => {
    const id = await openTab(PAGE);
    injects(transparentPage());
    await analyseTab({ id, url: PAGE }, 'en', () => NOW);
    expect(fake.executeScript()).toHaveBeenCalledTimes(1);
    expect(fake.executeScript()).toHaveBeenCalledWith({ target: { tabId: id }, files: [ANALYSER_FILE], injectImmediately: true });
  });

  it('is parsed, scored with the given clock and returned as a report', async () => {
    const id = await openTab(PAGE);
    injects(transparentPage());
    const result = await analyseTab({ id, url: PAGE }, 'en', () => NOW);
    if (!result.ok) throw new Error(`expected ok, got ${result.problem}`);
    expect(result.tabId).toBe(id);
    expect(result.signals.url).toBe(PAGE);
    expect(result.report.analysedAt).toBe(NOW.toISOString());
    expect(result.report.factors.find((f) => f.key === 'transparency')?.score).toBe(100);
    expect(result.report.factors.find((f) => f.key === 'responsiveness')?.level).toBe('unknown');
    // Mean of the four known factors: (0 + 100 + 0 + 0) / 4.
    expect(result.report.overall).toEqual({ score: 25, level: 'weak' });
  });

  it('sets a badge for that tab with the level\'s shape and the score, and a title naming the level', async () => {
    const other = await openTab('https://other.example/');
    const id = await openTab(PAGE);
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    injects(transparentPage());
    await analyseTab({ id, url: PAGE }, 'en', () => NOW);

    expect(setBadgeText).toHaveBeenCalledWith({ tabId: id, text: `${LEVEL_SHAPE.weak}25` });
    expect(await fakeBrowser.action.getBadgeText({ tabId: id })).toBe('▼25');
    // Per tab: neither the global badge nor another tab's badge changes.
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.action.getBadgeText({ tabId: other })).toBe('');
    const title = await fakeBrowser.action.getTitle({ tabId: id });
    expect(title).toContain('Weak');
    expect(title).toContain('25');
  });

  it('the badge title follows the UI language', async () => {
    const id = await openTab(PAGE);
    injects(transparentPage());
    await analyseTab({ id, url: PAGE }, 'nb', () => NOW);
    expect(await fakeBrowser.action.getTitle({ tabId: id })).toContain('Svak');
  });

  it('a failing badge (tab closed meanwhile) does not turn a good analysis into an error', async () => {
    const id = await openTab(PAGE);
    injects(transparentPage());
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockRejectedValue(new Error('No tab with id'));
    const result = await analyseTab({ id, url: PAGE }, 'en', () => NOW);
    expect(result.ok).toBe(true);
  });

  it('a fragment change during the analysis is not a navigation', async () => {
    const id = await openTab(`${PAGE}#comments`);
    injects(transparentPage());
    const result = await analyseTab({ id, url: `${PAGE}#comments` }, 'en', () => NOW);
    expect(result.ok).toBe(true);
  });

  it('a document the browser reports as application/pdf (the PDF viewer) → pdf, no badge', async () => {
    const id = await openTab(PAGE);
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    injects({ ...transparentPage(), contentType: 'application/pdf' });
    const result = await analyseTab({ id, url: PAGE }, 'en', () => NOW);
    expect(result).toMatchObject({ ok: false, problem: 'pdf' });
    expect(setBadgeText).not.toHaveBeenCalled();
  });

  it('what the real gatherer returns for a fixture page passes validation', async () => {
    const url = 'https://example.test/wordpress-replies.html';
    const id = await openTab(url);
    // Through a structured clone, as executeScript delivers it.
    injects(structuredClone(signalsOf('wordpress-replies.html')));
    const result = await analyseTab({ id, url }, 'en', () => NOW);
    expect(result.ok ? 'ok' : result.problem).toBe('ok');
  });
});

describe('analyseTab: results that cannot be trusted', () => {
  const hostile: [string, () => unknown][] = [
    ['a wrong shape', () => ({ schema: 1, url: 5 })],
    ['a different schema version', () => ({ ...transparentPage(), schema: 2 })],
    ['a string', () => 'hello'],
    ['an extra-long title', () => ({ ...transparentPage(), title: 'x'.repeat(100_000) })],
    [
      'an extra-long evidence snippet',
      () => {
        const s = transparentPage();
        s.contact.emails = [{ value: 'a@b.no', evidence: ev('<script>'.repeat(10_000), 'text') }];
        return s;
      },
    ],
    ['thousands of authors', () => ({ ...transparentPage(), authors: Array.from({ length: 5000 }, () => ({ name: 'x', visible: true, profileUrl: null, bio: null, evidence: ev() })) })],
    ['a negative comment count', () => ({ ...transparentPage(), comments: [{ system: 'disqus', observable: true, count: -1, displayedCount: null, comments: [], login: 'unknown', closed: false, evidence: ev() }] })],
  ];

  it.each(hostile)('%s → invalid, and no badge', async (_name, make) => {
    const id = await openTab(PAGE);
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    injects(make());
    const result = await analyseTab({ id, url: PAGE }, 'en', () => NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toBe('invalid');
    expect(setBadgeText).not.toHaveBeenCalled();
    expect(await fakeBrowser.action.getBadgeText({ tabId: id })).toBe('');
  });
});

describe('analyseTab: the page went away', () => {
  it('executeScript rejecting with "Frame with ID 0 was removed." → navigated', async () => {
    const id = await openTab(PAGE);
    fake.executeScript().mockRejectedValue(new Error('Frame with ID 0 was removed.'));
    const result = await analyseTab({ id, url: PAGE }, 'en', () => NOW);
    expect(result).toMatchObject({ ok: false, problem: 'navigated' });
  });

  it('an undefined result → navigated', async () => {
    const id = await openTab(PAGE);
    injects(undefined);
    expect(await analyseTab({ id, url: PAGE }, 'en', () => NOW)).toEqual({ ok: false, problem: 'navigated' });
  });

  it('no injection result at all → navigated', async () => {
    const id = await openTab(PAGE);
    fake.executeScript().mockResolvedValue([]);
    expect(await analyseTab({ id, url: PAGE }, 'en', () => NOW)).toEqual({ ok: false, problem: 'navigated' });
  });

  it('the tab moved to another page while the analyser ran → navigated, and no badge', async () => {
    const id = await openTab('https://firma.example/en-annen-side');
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    injects(transparentPage());
    const result = await analyseTab({ id, url: PAGE }, 'en', () => NOW);
    expect(result).toMatchObject({ ok: false, problem: 'navigated' });
    expect(setBadgeText).not.toHaveBeenCalled();
  });

  it('a permission error keeps the browser\'s message as detail', async () => {
    const id = await openTab(PAGE);
    fake.executeScript().mockRejectedValue(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'));
    const result = await analyseTab({ id, url: PAGE }, 'en', () => NOW);
    expect(result).toMatchObject({ ok: false, problem: 'denied' });
    if (!result.ok) expect(result.detail).toContain('Cannot access');
  });
});

describe('findTab', () => {
  it('finds the requested tab by id, with its URL', async () => {
    const id = await openTab(PAGE);
    await openTab('https://other.example/');
    expect(await findTab(id)).toEqual({ id, url: PAGE });
  });

  it('without an id, the active tab of the current window', async () => {
    await openTab('https://first.example/');
    const id = await openTab(PAGE);
    expect(await findTab(null)).toEqual({ id, url: PAGE });
  });

  it('a tab that no longer exists → null', async () => {
    expect(await findTab(987654)).toBeNull();
  });
});

describe('analyseTab: a page that never answers', () => {
  it('gives up after its time limit with a clear problem instead of spinning', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const id = await fakeBrowser.tabs.create({ url: 'https://frozen.example/' }).then((t) => t.id!);
      (fakeBrowser as unknown as { scripting: { executeScript: unknown } }).scripting = { executeScript: vi.fn(() => new Promise(() => {})) };
      const pending = analyseTab({ id, url: 'https://frozen.example/' }, 'en', () => NOW);
      await vi.advanceTimersByTimeAsync(ANALYSIS_TIMEOUT_MS + 1);
      expect(await pending).toEqual({ ok: false, problem: 'timeout' });
    } finally {
      vi.useRealTimers();
    }
  });
});
