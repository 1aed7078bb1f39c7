/**
 * End-to-end: one company's channels in real Chromium with the production build. A site page and
 * two saved profiles served from 127.0.0.1 link to each other: the popup on each shows the same
 * company, a profile the site links to and that links back is confirmed official, one the site
 * links to that names another site is only claimed, and analysing the site again after a change
 * lists what changed. Storage starts empty with each browser.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbar, getTabId, launchWithExtension, openPopupInTab, type ExtensionBrowser, type PopupHandle } from '../../lib/node/extension-browser';
import { serveFixtures, type FixtureServer } from '../../lib/node/fixture-server';
import { axeViolations } from '../helpers/axe';

const fixture = (path: string) => readFileSync(fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url)), 'utf8');
const SITE = fixture('companies/site.html');
// The saved LinkedIn page names the company's site as its website: here, the loopback site.
const LINKEDIN = fixture('profiles/linkedin-nb-guest.html').replaceAll('nordlysbakeri%2Eno', '127.0.0.1');
const INSTAGRAM = fixture('profiles/instagram-guest-nb.html');

let server: FixtureServer;
let withContactPage = false;

beforeAll(async () => {
  const html = (body: string) => (_req: unknown, res: import('node:http').ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body);
  };
  server = await serveFixtures(fileURLToPath(new URL('../fixtures/companies/', import.meta.url)), {
    routes: {
      '/blogg/ny-surdeig': (req, res) => html(withContactPage ? SITE.replace('<!--contact-->', '<li><a href="/kontakt/">Kontakt oss</a></li>') : SITE)(req, res),
      '/linkedin': html(LINKEDIN),
      '/instagram': html(INSTAGRAM),
    },
  });
});

afterAll(async () => {
  await server?.close();
});

interface Shown {
  heading: string | null;
  self: string | null;
  others: string[];
  changes: string[] | null;
  ownSite: string | null;
  notes: boolean;
}

/** The company section once it has loaded (it is read after the badges), and what changed. */
const READ = `(() => {
  if (document.querySelectorAll('[data-factor][data-level]').length < 5) return null;
  const company = document.querySelector('.company');
  if (!company) return null;
  const changes = document.querySelector('.changes');
  const ownSite = document.querySelector('[data-criterion="profile-own-site"]');
  return {
    heading: company.querySelector('h2')?.textContent ?? null,
    self: company.querySelector('.company__this')?.textContent ?? null,
    others: [...company.querySelectorAll('li')].map((li) => li.textContent),
    changes: changes ? [...changes.querySelectorAll('li, p')].map((el) => el.textContent) : null,
    ownSite: ownSite ? ownSite.textContent : null,
    notes: !!document.querySelector('textarea[name="notes"]'),
  };
})()`;

let page: Page | undefined;
let popup: PopupHandle | undefined;

async function show(browser: ExtensionBrowser, path: string, until = 'true'): Promise<Shown> {
  page = await browser.context.newPage();
  await page.goto(server.url(path));
  popup = await clickToolbar(browser.context, browser.extensionId, page);
  // Until the notes card is there: the analysis is then stored, so the next channel sees it.
  return popup.waitFor<Shown>(`(() => { const s = ${READ}; return s && s.notes && (${until}) ? s : null; })()`, 20_000);
}

afterEach(async () => {
  await popup?.close();
  popup = undefined;
  await page?.close();
  page = undefined;
});

describe('one company, its channels, in English', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    withContactPage = false;
    browser = await launchWithExtension({ language: 'en' });
  });
  afterAll(() => browser?.close());

  it('the site: its company, and the profiles it links to as channels not analysed yet', async () => {
    const shown = await show(browser, 'blogg/ny-surdeig');
    expect(shown.heading).toBe('Company: Nordlys Bakeri AS');
    expect(shown.others).toEqual(['Instagram @fjordkaffe: linked, not analysed yet · Claimed, not confirmed', 'LinkedIn nordlys-bakeri: linked, not analysed yet · Claimed, not confirmed']);
    // The first analysis of the page: nothing to compare with.
    expect(shown.changes).toBeNull();
  });

  it('a profile the site links to and that links back to the site: confirmed official, both ends named, and credited', async () => {
    const shown = await show(browser, 'linkedin', 's.others.length > 0');
    expect(shown.heading).toBe('Company: Nordlys Bakeri AS');
    expect(shown.self).toBe('Confirmed official — 127.0.0.1 links to this profile, and the profile links back to 127.0.0.1.');
    expect(shown.others[0]).toMatch(/^127\.0\.0\.1: (strong|fair|weak|unknown), analysed today$/);
    expect(shown.ownSite).toContain('Confirmed official: the profile links to 127.0.0.1, and 127.0.0.1 links back to the profile (https://no.linkedin.com/company/nordlys-bakeri)');
    // A profile now has notes of its own (kept under linkedin:nordlys-bakeri, not linkedin.com).
    expect(shown.notes).toBe(true);
  });

  it('a profile the site links to that does not link back: claimed, not confirmed', async () => {
    const shown = await show(browser, 'instagram');
    expect(shown.self).toBe('Claimed, not confirmed — 127.0.0.1 links to this profile, but the profile does not link back to 127.0.0.1.');
    expect(shown.heading).toBe('Company: Nordlys Bakeri AS');
  });

  it('the site again, after it added a contact page: the popup lists what changed, and the profiles’ levels', async () => {
    withContactPage = true;
    const shown = await show(browser, 'blogg/ny-surdeig', 's.changes !== null');
    expect(shown.changes!.join('\n')).toMatch(/^▲ Better — A contact page: met \(was not met\)/m);
    expect(shown.others[0]).toMatch(/^Instagram @fjordkaffe: (strong|fair|weak|unknown), analysed today · Claimed, not confirmed$/);
    expect(shown.others[1]).toMatch(/^LinkedIn nordlys-bakeri: (strong|fair|weak|unknown), analysed today · Confirmed official$/);
  });

  it('the company and change sections have 0 axe violations', async () => {
    const { page: tab0 } = { page: await browser.context.newPage() };
    await tab0.goto(server.url('blogg/ny-surdeig'));
    const pop = await clickToolbar(browser.context, browser.extensionId, tab0);
    await pop.waitFor(`document.querySelector('.company') && document.querySelector('.changes') ? true : null`, 20_000);
    await pop.close();
    const tab = await openPopupInTab(browser.context, browser.extensionId, await getTabId(browser.context, browser.extensionId, tab0));
    try {
      await tab.locator('.changes').waitFor({ timeout: 20_000 });
      expect(await axeViolations(tab)).toEqual([]);
    } finally {
      await tab.close();
      await tab0.close();
    }
  });
});

describe('in Norwegian', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    withContactPage = false;
    browser = await launchWithExtension({ language: 'nb' });
  });
  afterAll(() => browser?.close());

  it('names the company and says why the profile is confirmed official', async () => {
    await show(browser, 'blogg/ny-surdeig');
    await popup!.close();
    popup = undefined;
    await page!.close();
    const shown = await show(browser, 'linkedin', 's.others.length > 0');
    expect(shown.heading).toBe('Bedrift: Nordlys Bakeri AS');
    expect(shown.self).toBe('Bekreftet offisiell — 127.0.0.1 lenker til denne profilen, og profilen lenker tilbake til 127.0.0.1.');
    expect(shown.others[0]).toMatch(/^127\.0\.0\.1: (sterk|middels|svak|ukjent), analysert i dag$/);
  });
});
