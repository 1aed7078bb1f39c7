import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ago } from '@/components/age';
import { App } from '@/entrypoints/options/App';
import { parseCsv } from '@/lib/csv';
import { emptyRecord, type SiteRecord, type Snapshot } from '@/lib/notes/schema';
import { listSites, loadSite, restoreSite, updateSite } from '@/lib/notes/store';

// The Sites page's Companies view on the fake browser, with channels' records seeded through the store.

const NOW = new Date('2026-11-26T12:00:00.000Z');
const LI = 'https://www.linkedin.com/company/fjord-kaffe/';
const X = 'https://x.com/fjordkaffe';

function snap(at: string, score: number): Snapshot {
  return { at, url: 'https://x.example/', model: null, overall: score, scores: { credibility: score, transparency: score, openness: null }, levels: {} };
}
function rec(site: string, extra: Partial<SiteRecord> = {}): SiteRecord {
  return { ...emptyRecord(site), ...extra };
}

const SEED = [
  // Fjord Kaffe: its site links to its LinkedIn page (which links back) and to an X profile not analysed yet.
  rec('fjordkaffe.no', { name: 'Fjord Kaffe AS', links: { profiles: [LI, X], website: null }, history: [snap('2026-11-20T10:00:00.000Z', 80)], ratings: { credibility: 4 } }),
  rec('linkedin:fjord-kaffe', { links: { profiles: [], website: 'https://fjordkaffe.no/' }, history: [snap('2026-11-23T10:00:00.000Z', 60)], ratings: { credibility: 5 } }),
  rec('bakeri.no', { name: 'Bakeriet Ås', history: [snap('2026-10-01T10:00:00.000Z', 30)] }),
  rec('evil.example', { name: '<img src=x onerror=alert(1)>', history: [snap('2026-11-25T10:00:00.000Z', 50)] }),
];

let save: ReturnType<typeof vi.fn>;

beforeEach(async () => {
  fakeBrowser.reset();
  location.hash = '';
  save = vi.fn();
  for (const r of SEED) await restoreSite(r);
});

async function companiesPage(lang: 'en' | 'nb' = 'en') {
  const view = render(<App lang={lang} save={save as never} now={() => NOW} />);
  const tab = await screen.findByRole('tab', { name: lang === 'en' ? 'Companies' : 'Bedrifter' });
  fireEvent.click(tab);
  await waitFor(() => expect(view.container.querySelector('[data-compare]')).not.toBeNull());
  return view;
}

const tableNames = (container: ParentNode) => [...container.querySelectorAll('[data-compare] tbody th')].map((th) => th.textContent);
const card = (container: ParentNode, name: string) => [...container.querySelectorAll<HTMLElement>('li.company')].find((li) => li.querySelector('h3')?.textContent === name)!;
const pinOf = async (key: string) => (await loadSite(key)).record.company;

describe('the view switch', () => {
  it('keeps the Sites view as it was and switches with the tabs, by click and arrow keys', async () => {
    const { container } = render(<App lang="en" save={save as never} now={() => NOW} />);
    await waitFor(() => expect(container.querySelectorAll('[data-site]').length).toBe(4));
    const sites = screen.getByRole('tab', { name: 'Sites' });
    expect(sites.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('tab-sites');
    sites.focus();
    fireEvent.keyDown(sites, { key: 'ArrowRight' });
    const companies = screen.getByRole('tab', { name: 'Companies' });
    await waitFor(() => expect(companies.getAttribute('aria-selected')).toBe('true'));
    expect(document.activeElement).toBe(companies);
    expect(location.hash).toBe('#companies');
    expect(container.querySelector('[data-compare]')).not.toBeNull();
    expect(container.querySelector('[data-site]')).toBeNull();
    fireEvent.keyDown(companies, { key: 'Home' });
    await waitFor(() => expect(container.querySelectorAll('[data-site]').length).toBe(4));
  });

  it('opens on the Companies view when the address says #companies', async () => {
    location.hash = '#companies';
    const { container } = render(<App lang="en" save={save as never} now={() => NOW} />);
    await waitFor(() => expect(container.querySelector('[data-compare]')).not.toBeNull());
  });
});

describe('the comparison table', () => {
  it('compares the three companies, ranked by overall, with the user’s own rating and the average', async () => {
    const { container } = await companiesPage();
    expect(tableNames(container)).toEqual(['Fjord Kaffe AS', '<img src=x onerror=alert(1)>', 'Bakeriet Ås']);
    expect(container.querySelector('img')).toBeNull();
    const fjord = container.querySelector<HTMLElement>('[data-compare] tbody tr')!;
    expect(fjord.querySelector('[data-kind="rank"]')!.textContent).toBe('1');
    expect(fjord.querySelector('[data-factor="overall"]')!.textContent).toContain('70');
    expect(fjord.querySelector('[data-factor="credibility"]')!.textContent).toContain('Yours: 4.5 of 5');
    expect(fjord.querySelector('[data-factor="openness"]')!.textContent).toContain('Unknown');
    const average = container.querySelector<HTMLElement>('[data-kind="average"]')!;
    expect(average.textContent).toContain('Average of 3 companies');
    expect(average.querySelector('[data-factor="credibility"]')!.textContent).toContain('50');
  });

  it('sorts by a column with a button in its header, which carries aria-sort', async () => {
    const { container } = await companiesPage();
    const header = (column: string) => container.querySelector<HTMLElement>(`[data-compare] th[data-column="${column}"]`)!;
    expect(header('overall').getAttribute('aria-sort')).toBe('descending');
    expect(header('name').hasAttribute('aria-sort')).toBe(false);
    fireEvent.click(within(header('name')).getByRole('button', { name: /Company/ }));
    await waitFor(() => expect(header('name').getAttribute('aria-sort')).toBe('ascending'));
    expect(header('overall').hasAttribute('aria-sort')).toBe(false);
    expect(tableNames(container)).toEqual(['<img src=x onerror=alert(1)>', 'Bakeriet Ås', 'Fjord Kaffe AS']);
    fireEvent.click(within(header('name')).getByRole('button'));
    await waitFor(() => expect(header('name').getAttribute('aria-sort')).toBe('descending'));
    expect(tableNames(container)).toEqual(['Fjord Kaffe AS', 'Bakeriet Ås', '<img src=x onerror=alert(1)>']);
    fireEvent.click(within(header('credibility')).getByRole('button'));
    await waitFor(() => expect(header('credibility').getAttribute('aria-sort')).toBe('descending'));
    expect(tableNames(container)).toEqual(['Fjord Kaffe AS', '<img src=x onerror=alert(1)>', 'Bakeriet Ås']);
  });

  it('exports the comparison as CSV in the order shown: BOM, CRLF, a header, one row per company', async () => {
    const { container } = await companiesPage();
    fireEvent.click(within(container.querySelector<HTMLElement>('th[data-column="name"]')!).getByRole('button'));
    fireEvent.click(screen.getByRole('button', { name: 'Export comparison (CSV)' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const [file, text, type] = save.mock.calls[0] as [string, string, string];
    expect(file).toBe('tillit-companies-2026-11-26.csv');
    expect(type).toBe('text/csv');
    expect(text.startsWith('\uFEFFRank,Company,Channels,')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(5);
    const [, ...rows] = parseCsv(text);
    expect(rows.map((r) => r[1])).toEqual(['<img src=x onerror=alert(1)>', 'Bakeriet Ås', 'Fjord Kaffe AS']);
    expect(rows[2]!.slice(0, 5)).toEqual(['1', 'Fjord Kaffe AS', 'fjordkaffe.no; linkedin:fjord-kaffe; x:fjordkaffe', '70', 'Fair']);
    expect(container.querySelector('[data-message="exportedCsv"]')!.textContent).toContain('Saved 3 companies to tillit-companies-2026-11-26.csv.');
  });
});

describe('a company and its channels', () => {
  it('lists each channel with its platform, a link, its last level and age, and how it is tied in words', async () => {
    const { container } = await companiesPage();
    const fjord = card(container, 'Fjord Kaffe AS');
    const channel = (key: string) => fjord.querySelector<HTMLElement>(`[data-channel="${key}"]`)!;
    expect(channel('fjordkaffe.no').textContent).toContain('Website');
    expect(channel('fjordkaffe.no').textContent).toContain('analysed 6 days ago');
    expect(channel('fjordkaffe.no').querySelector('time')!.getAttribute('datetime')).toBe('2026-11-20T10:00:00.000Z');
    const li = channel('linkedin:fjord-kaffe');
    expect(li.textContent).toContain('LinkedIn company page');
    expect(li.textContent).toContain('analysed 3 days ago');
    expect(li.querySelector('[data-official="confirmed"]')!.textContent).toBe('Confirmed official — fjordkaffe.no links to this profile, and the profile links back to fjordkaffe.no.');
    const link = within(li).getByRole('link', { name: 'Open LinkedIn fjord-kaffe (opens in a new tab)' });
    expect(link.getAttribute('href')).toBe(LI);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    const x = channel('x:fjordkaffe');
    expect(x.textContent).toContain('Not analysed yet: known from a link');
    expect(x.querySelector('[data-official="claimed"]')!.textContent).toBe('Claimed, not confirmed — fjordkaffe.no links to this profile, but the profile does not link back to fjordkaffe.no.');
    expect(fjord.textContent).toContain('Found from links');
  });

  it('rates each factor across the channels and names the channels that carried it', async () => {
    const { container } = await companiesPage();
    const fjord = card(container, 'Fjord Kaffe AS');
    expect(fjord.querySelector('[data-factor="credibility"][data-kind="computed"]')!.textContent).toContain('70');
    expect(fjord.querySelector('[data-factor="credibility"][data-kind="own"]')!.textContent).toBe('4.5 of 5');
    expect(fjord.querySelector('[data-factor="credibility"][data-kind="carried"]')!.textContent).toBe('fjordkaffe.noLinkedIn fjord-kaffe');
    expect(fjord.querySelector('[data-factor="openness"][data-kind="carried"]')!.textContent).toBe('No channel could show this');
  });

  it('in Norwegian', async () => {
    const { container } = await companiesPage('nb');
    expect(container.querySelector('[data-compare] th[data-column="name"]')!.textContent).toContain('Bedrift');
    const fjord = card(container, 'Fjord Kaffe AS');
    expect(fjord.textContent).toContain('analysert for 6 døgn siden');
    expect(fjord.textContent).toContain('Bekreftet offisiell — fjordkaffe.no lenker til denne profilen');
    expect(fjord.querySelector('[data-factor="credibility"][data-kind="own"]')!.textContent).toBe('4,5 av 5');
  });
});

describe('editing by hand, never undone by detection', () => {
  it('renames a company; the name and its channels stay when a new analysis finds other links', async () => {
    const { container } = await companiesPage();
    const fjord = card(container, 'Fjord Kaffe AS');
    const input = within(fjord).getByLabelText('Company name');
    fireEvent.input(input, { target: { value: 'Fjordkaffe (Bergen)' } });
    fireEvent.click(within(fjord).getByRole('button', { name: 'Rename' }));
    await waitFor(() => expect(card(container, 'Fjordkaffe (Bergen)')).toBeDefined());
    await waitFor(() => expect(container.querySelector('[data-message="renamed"] .message__text')!.textContent).toBe('The company is now called Fjordkaffe (Bergen).'));
    expect((await pinOf('linkedin:fjord-kaffe'))!.name).toBe('Fjordkaffe (Bergen)');
    expect(card(container, 'Fjordkaffe (Bergen)').textContent).toContain('Arranged by you');

    // A later analysis of the site: another name, and no link to LinkedIn any more.
    await updateSite('fjordkaffe.no', (r) => ({ ...r, name: 'Fjord Kaffe Holding AS', links: { profiles: [X], website: null } }));
    await waitFor(() => expect(tableNames(container)).toContain('Fjordkaffe (Bergen)'));
    expect([...card(container, 'Fjordkaffe (Bergen)').querySelectorAll('[data-channel]')].map((el) => el.getAttribute('data-channel'))).toEqual(['fjordkaffe.no', 'linkedin:fjord-kaffe', 'x:fjordkaffe']);
  });

  it('takes a channel out: it stays out although the site still links to it', async () => {
    const { container } = await companiesPage();
    fireEvent.click(screen.getByRole('button', { name: 'Take out LinkedIn fjord-kaffe from Fjord Kaffe AS' }));
    await waitFor(() => expect(card(container, 'fjord-kaffe')).toBeDefined());
    expect(container.querySelector('[data-message="tookOut"]')).not.toBeNull();
    expect(card(container, 'Fjord Kaffe AS').querySelector('[data-channel="linkedin:fjord-kaffe"]')).toBeNull();

    // Analysed again: the site links to the profile and the profile back, as before.
    await updateSite('fjordkaffe.no', (r) => ({ ...r, links: { profiles: [LI, X], website: null }, history: [...r.history, snap('2026-11-26T10:00:00.000Z', 81)] }));
    await waitFor(() => expect(card(container, 'Fjord Kaffe AS').textContent).toContain('81'));
    expect(card(container, 'fjord-kaffe').querySelector('[data-channel="linkedin:fjord-kaffe"]')).not.toBeNull();
    expect(card(container, 'Fjord Kaffe AS').querySelector('[data-channel="linkedin:fjord-kaffe"]')).toBeNull();
  });

  it('moves a channel to another company', async () => {
    const { container } = await companiesPage();
    const fjord = card(container, 'Fjord Kaffe AS');
    const select = within(fjord).getByLabelText('Move X @fjordkaffe to');
    const bakeri = [...select.querySelectorAll('option')].find((o) => o.textContent === 'Bakeriet Ås')!;
    fireEvent.change(select, { target: { value: bakeri.value } });
    fireEvent.click(within(fjord).getByRole('button', { name: 'Move X @fjordkaffe to Bakeriet Ås' }));
    await waitFor(() => expect(card(container, 'Bakeriet Ås').querySelector('[data-channel="x:fjordkaffe"]')).not.toBeNull());
    expect(card(container, 'Fjord Kaffe AS').querySelector('[data-channel="x:fjordkaffe"]')).toBeNull();
    await waitFor(() => expect(container.querySelector('[data-message="moved"] .message__text')?.textContent).toBe('Moved X @fjordkaffe to Bakeriet Ås.'));
    // Only the pins changed: the moved channel's record has no analysis, the others keep theirs.
    expect((await loadSite('bakeri.no')).record.history).toHaveLength(1);
  });

  it('adds a typed channel, and says clearly when the text is neither a site nor a profile', async () => {
    const { container } = await companiesPage();
    const bakeri = card(container, 'Bakeriet Ås');
    const input = within(bakeri).getByLabelText('Add a channel: a website or a profile’s address');
    fireEvent.input(input, { target: { value: 'not a channel' } });
    fireEvent.click(within(bakeri).getByRole('button', { name: 'Add' }));
    const alert = await within(bakeri).findByRole('alert');
    expect(alert.textContent).toBe('“not a channel” is neither a website address nor a profile on LinkedIn, Facebook, YouTube, X, Instagram, Bluesky or Mastodon.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(alert.id);
    const before = (await listSites()).records.length;

    fireEvent.input(input, { target: { value: 'https://www.instagram.com/bakerietas/' } });
    fireEvent.click(within(bakeri).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(card(container, 'Bakeriet Ås').querySelector('[data-channel="instagram:bakerietas"]')).not.toBeNull());
    expect(card(container, 'Bakeriet Ås').querySelector('[role="alert"]')).toBeNull();
    expect((await listSites()).records.length).toBe(before + 1);
    expect((await pinOf('instagram:bakerietas'))!.name).toBe('Bakeriet Ås');
    expect(card(container, 'Bakeriet Ås').querySelector('[data-channel="instagram:bakerietas"]')!.textContent).toContain('Not analysed yet');
  });
});

describe('how long ago', () => {
  it('in words, in both languages', () => {
    expect(ago('en', '2026-11-25T11:00:00.000Z', NOW)).toBe('yesterday');
    expect(ago('en', '2026-11-26T09:00:00.000Z', NOW)).toBe('3 hours ago');
    expect(ago('nb', '2026-09-01T12:00:00.000Z', NOW)).toBe('for 2 måneder siden');
    expect(ago('en', 'not a date', NOW)).toBe('not a date');
  });
});
