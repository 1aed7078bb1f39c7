import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App, UNDO_MS } from '@/entrypoints/options/App';
import { editNotes } from '@/lib/notes/edit';
import { emptyRecord, type SiteRecord } from '@/lib/notes/schema';
import { listSites, loadSite, restoreSite, updateSite } from '@/lib/notes/store';
import { buildExport, MAX_IMPORT_BYTES, parseImport } from '@/lib/notes/transfer';

// The Sites page (options page) on the fake browser, with data seeded through the store.

function record(site: string, extra: Partial<SiteRecord> = {}): SiteRecord {
  return { ...emptyRecord(site), ...extra };
}
const snap = (at: string, overall: number | null) => ({ at, url: 'https://x.example/', model: null, overall, scores: { credibility: 80, openness: 20 }, levels: { credibility: 'strong' as const, openness: 'weak' as const } });

const SEED = [
  record('firma.no', { notes: 'Good author bios, but comments need a login.', ratings: { credibility: 4, openness: 2 }, updatedAt: '2026-10-01T10:00:00.000Z', history: [snap('2026-10-20T10:00:00.000Z', 64)] }),
  record('blogg.example', { notes: 'Nobody answers <script>alert(1)</script>', history: [snap('2026-11-02T10:00:00.000Z', 22)] }),
  record('notes-only.no', { notes: 'Never analysed.', ratings: { longevity: 3 }, conflicts: [{ at: '2026-11-01T10:00:00.000Z', origin: 'import', notes: 'Kept other version', ratings: { longevity: 5 } }] }),
];

const rows = (container: ParentNode) => [...container.querySelectorAll<HTMLElement>('[data-site]')].map((el) => el.dataset.site);
const snapshot = () => fakeBrowser.storage.local.get(null);

let save: ReturnType<typeof vi.fn>;

async function renderPage(lang: 'en' | 'nb' = 'en') {
  const view = render(<App lang={lang} save={save as never} />);
  await waitFor(() => expect(view.container.querySelectorAll('[data-site]').length).toBeGreaterThan(0));
  return view;
}

function chooseFile(container: ParentNode, file: File) {
  const input = container.querySelector<HTMLInputElement>('input[type=file][name="import"]')!;
  expect(input).not.toBeNull();
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

beforeEach(async () => {
  fakeBrowser.reset();
  save = vi.fn();
  for (const r of SEED) await restoreSite(r);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('Sites page', () => {
  it('lists every site with levels, own ratings, date and a text-only notes preview', async () => {
    const { container } = await renderPage();
    expect(container.querySelector('[data-page="sites"]')).not.toBeNull();
    expect(rows(container)).toEqual(['blogg.example', 'firma.no', 'notes-only.no']);

    const firma = container.querySelector<HTMLElement>('[data-site="firma.no"]')!;
    expect(firma.textContent).toContain('Last analysed 20 Oct 2026');
    expect(firma.querySelector('[data-factor="credibility"][data-kind="computed"]')!.textContent).toContain('Strong');
    expect(firma.querySelector('[data-factor="openness"][data-kind="computed"] .level--weak')).not.toBeNull();
    expect(firma.querySelector('[data-factor="credibility"][data-kind="own"]')!.textContent).toContain('4 of 5');
    expect(firma.querySelector('[data-factor="transparency"][data-kind="own"]')!.textContent).toContain('Not rated');

    const blogg = container.querySelector<HTMLElement>('[data-site="blogg.example"]')!;
    expect(blogg.textContent).toContain('<script>alert(1)</script>');
    expect(blogg.querySelector('script')).toBeNull();

    const notesOnly = container.querySelector<HTMLElement>('[data-site="notes-only.no"]')!;
    expect(notesOnly.textContent).toContain('Not analysed yet');
    expect(notesOnly.textContent).toContain('Kept versions (1)');
    expect(notesOnly.textContent).toContain('Kept other version');
  });

  it('formats dates and words for Norwegian', async () => {
    const { container } = await renderPage('nb');
    const firma = container.querySelector<HTMLElement>('[data-site="firma.no"]')!;
    expect(firma.textContent).toMatch(/Sist analysert 20\. okt\.? 2026/);
    expect(firma.textContent).toContain('4 av 5');
    expect(firma.textContent).toContain('Sterk');
  });

  it('search filters by site name and by notes text', async () => {
    const { container } = await renderPage();
    const search = screen.getByLabelText('Search sites and notes');
    fireEvent.input(search, { target: { value: 'BIOS' } });
    await waitFor(() => expect(rows(container)).toEqual(['firma.no']));
    fireEvent.input(search, { target: { value: '.example' } });
    await waitFor(() => expect(rows(container)).toEqual(['blogg.example']));
    fireEvent.input(search, { target: { value: 'nothing like this' } });
    await waitFor(() => expect(rows(container)).toEqual([]));
    expect(container.textContent).toContain('No sites match “nothing like this”.');
    fireEvent.input(search, { target: { value: '' } });
    await waitFor(() => expect(rows(container)).toHaveLength(3));
  });

  it('sorts by last analysed and by overall score, never-analysed last', async () => {
    const { container } = await renderPage();
    const sort = screen.getByLabelText('Sort by');
    fireEvent.change(sort, { target: { value: 'analysed' } });
    await waitFor(() => expect(rows(container)).toEqual(['blogg.example', 'firma.no', 'notes-only.no']));
    fireEvent.change(sort, { target: { value: 'score' } });
    await waitFor(() => expect(rows(container)).toEqual(['firma.no', 'blogg.example', 'notes-only.no']));
  });

  it('delete removes the site; Undo restores it exactly', async () => {
    const { container } = await renderPage();
    const before = (await loadSite('firma.no')).record;
    fireEvent.click(screen.getByRole('button', { name: 'Delete firma.no' }));
    const status = await waitFor(() => {
      const el = container.querySelector<HTMLElement>('[data-message="deleted"]');
      expect(el).not.toBeNull();
      return el!;
    });
    expect(status.getAttribute('role')).toBe('status');
    await waitFor(() => expect(rows(container)).toEqual(['blogg.example', 'notes-only.no']));
    expect((await snapshot())['site:firma.no']).toBeUndefined();

    const undo = within(status).getByRole('button', { name: 'Undo deleting firma.no' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(undo);
    await waitFor(() => expect(rows(container)).toEqual(['blogg.example', 'firma.no', 'notes-only.no']));
    expect(container.querySelector('[data-message="restored"]')).not.toBeNull();
    expect((await loadSite('firma.no')).record).toEqual(before);
  });

  it('the Undo offer goes away after about ten seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { container } = await renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Delete blogg.example' }));
    await waitFor(() => expect(container.querySelector('[data-message="deleted"]')).not.toBeNull());
    await vi.advanceTimersByTimeAsync(UNDO_MS + 100);
    await waitFor(() => expect(container.querySelector('[data-message="deleted"]')).toBeNull());
  });

  it('refreshes when storage changes elsewhere (the popup saves a note)', async () => {
    const { container } = await renderPage();
    await updateSite('new-site.no', editNotes('typed in the popup'));
    await waitFor(() => expect(rows(container)).toContain('new-site.no'));
  });

  it('tells the user about sites whose data was kept aside', async () => {
    await fakeBrowser.storage.local.set({ 'site:broken.no': 'garbage', 'site:broken.no$': { v: 2 } });
    const { container } = await renderPage();
    const notice = await waitFor(() => {
      const el = container.querySelector<HTMLElement>('[data-message="corrupt"]');
      expect(el).not.toBeNull();
      return el!;
    });
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent).toContain('broken.no');
    expect(rows(container)).not.toContain('broken.no');
  });
});

describe('export', () => {
  it('"Export all (JSON)" saves tillit-notes-YYYY-MM-DD.json with every site', async () => {
    const { container } = await renderPage();
    fireEvent.click(container.querySelector('[data-action="export-json"]')!);
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const [name, text, type] = save.mock.calls[0] as [string, string, string];
    expect(name).toMatch(/^tillit-notes-\d{4}-\d{2}-\d{2}\.json$/);
    expect(type).toBe('application/json');
    const parsed = parseImport(text);
    expect(parsed.ok && parsed.sites.map((s) => s.site)).toEqual(['blogg.example', 'firma.no', 'notes-only.no']);
    await waitFor(() => expect(container.querySelector('[role="status"][data-message="exported"]')?.textContent).toContain(name));
  });

  it('the Markdown button saves tillit-<site>.md', async () => {
    await renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Download a Markdown report for firma.no' }));
    expect(save).toHaveBeenCalledWith('tillit-firma.no.md', expect.stringContaining('# Tillit: firma.no'), 'text/markdown');
  });
});

describe('import', () => {
  const hostile = '{"format":"tillit-notes","version":1,"exportedAt":"2026-11-03T12:00:00.000Z","sites":[],"__proto__":{"x":1}}';

  it.each([
    ['hostile', hostile],
    ['futureVersion', '{"format":"tillit-notes","version":99,"exportedAt":"2026-11-03T12:00:00.000Z","sites":[]}'],
    ['notJson', 'this is not json'],
    ['notTillit', '{"hello":"world"}'],
    ['invalid', '{"format":"tillit-notes","version":1,"exportedAt":"2026-11-03T12:00:00.000Z","sites":[{"site":"firma.no","notes":5}]}'],
  ])('a %s file shows an alert and changes nothing', async (problem, text) => {
    const { container } = await renderPage();
    const before = await snapshot();
    chooseFile(container, new File([text], 'evil.json', { type: 'application/json' }));
    const alert = await screen.findByRole('alert');
    expect(alert.getAttribute('data-message')).toBe(problem);
    expect(alert.textContent).toContain('Nothing was imported.');
    expect(await snapshot()).toEqual(before);
    expect(rows(container)).toHaveLength(3);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('a file over the size limit is refused before it is read', async () => {
    const { container } = await renderPage();
    const before = await snapshot();
    const file = new File(['{}'], 'huge.json');
    Object.defineProperty(file, 'size', { value: MAX_IMPORT_BYTES + 1 });
    const read = vi.spyOn(file, 'text');
    chooseFile(container, file);
    const alert = await screen.findByRole('alert');
    expect(alert.getAttribute('data-message')).toBe('tooLarge');
    expect(read).not.toHaveBeenCalled();
    expect(await snapshot()).toEqual(before);
  });

  it('a valid file is merged per site: both notes kept, conflicting ratings kept as a conflict, new sites added', async () => {
    const { container } = await renderPage();
    const incoming = [
      record('firma.no', { notes: 'Notes from my laptop.', ratings: { credibility: 2 }, updatedAt: '2026-09-01T10:00:00.000Z' }),
      record('brand-new.no', { notes: 'Only in the file.', ratings: { openness: 5 }, updatedAt: '2026-09-01T10:00:00.000Z' }),
    ];
    chooseFile(container, new File([buildExport(incoming, new Date())], 'tillit-notes.json'));
    const status = await waitFor(() => {
      const el = container.querySelector<HTMLElement>('[data-message="imported"]');
      expect(el).not.toBeNull();
      return el!;
    });
    expect(status.textContent).toContain('Imported 2 sites.');
    await waitFor(() => expect(rows(container)).toContain('brand-new.no'));

    const firma = (await loadSite('firma.no')).record;
    expect(firma.notes).toContain('Good author bios');
    expect(firma.notes).toContain('Notes from my laptop.');
    expect(firma.ratings.credibility).toBe(4);
    expect(firma.conflicts).toEqual([expect.objectContaining({ origin: 'import', ratings: { credibility: 2 } })]);
    expect((await loadSite('brand-new.no')).record).toEqual(incoming[1]);
  });

  it('export then import into an empty profile gives identical data', async () => {
    const { container, unmount } = await renderPage();
    fireEvent.click(container.querySelector('[data-action="export-json"]')!);
    await waitFor(() => expect(save).toHaveBeenCalled());
    const text = (save.mock.calls[0] as [string, string])[1];
    const original = (await listSites()).records;
    unmount();

    fakeBrowser.reset();
    await updateSite('placeholder.no', editNotes('x'));
    const page = render(<App lang="en" save={save as never} />);
    await waitFor(() => expect(rows(page.container)).toEqual(['placeholder.no']));
    chooseFile(page.container, new File([text], 'export.json'));
    await waitFor(() => expect(page.container.querySelector('[data-message="imported"]')).not.toBeNull());
    const after = (await listSites()).records.filter((r) => r.site !== 'placeholder.no');
    const bySite = (a: SiteRecord, b: SiteRecord) => a.site.localeCompare(b.site);
    expect(after.sort(bySite)).toEqual(original.sort(bySite));
  });

  it('a full storage during import is shown as an alert, not swallowed', async () => {
    const { container } = await renderPage();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    chooseFile(container, new File([buildExport([record('firma.no', { notes: 'more' })], new Date())], 'x.json'));
    const alert = await screen.findByRole('alert');
    expect(alert.getAttribute('data-message')).toBe('quota');
    expect(alert.textContent).toContain('storage for Tillit is full');
  });
});
