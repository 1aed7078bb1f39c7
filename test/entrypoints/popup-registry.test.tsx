import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { REGISTRY_ORIGIN } from '@/lib/registry/api';
import { BANKRUPT } from '../fixtures/registry';
import { finding, makeSignals } from '../helpers/signals';
import { useFakeTabs } from '../helpers/fake-tabs';

// The register card in the popup, on the fake browser: nothing fetched and no permission asked
// before the click; the click asks for exactly data.brreg.no first; a kept entry shows without a
// click once the permission is there; the entry re-scores the page (credibility capped).

const PAGE = 'https://www.fjordtre.no/kontakt';
const ORGNR = '923609016';
const fake = useFakeTabs();
const signals = makeSignals({ url: PAGE, contact: { orgNumbers: [finding(ORGNR)], organisationNames: [finding('Fjordtre Snekkeri AS')] } } as never);

let granted: boolean;
let request: ReturnType<typeof vi.fn>;
let fetched: string[];

beforeEach(async () => {
  granted = false;
  fetched = [];
  request = vi.fn(async () => (granted = true));
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(request as never);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async () => granted) as never);
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    return new Response(JSON.stringify(BANKRUPT), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  await fakeBrowser.tabs.create({ url: PAGE, active: true });
  fake.injects(signals);
});
afterEach(() => vi.unstubAllGlobals());

const ready = (container: Element) => waitFor(() => expect(container.querySelector('[data-registry]')).not.toBeNull());

describe('popup: the register lookup', () => {
  it('before the click: the button, no permission asked, nothing fetched', async () => {
    const { container } = render(<App lang="en" tabId={null} />);
    await ready(container);
    await new Promise((ok) => setTimeout(ok, 50));
    expect(container.querySelector('[data-registry]')?.getAttribute('data-registry')).toBe('idle');
    expect(request).not.toHaveBeenCalled();
    expect(fetched).toEqual([]);
  });

  it('the click asks for data.brreg.no, then shows the entry with its warning and caps credibility', async () => {
    const { container } = render(<App lang="en" tabId={null} />);
    await ready(container);
    fireEvent.click(screen.getByRole('button', { name: `Look up ${ORGNR} in the register` }));
    // Asked synchronously within the click, before anything else.
    expect(request).toHaveBeenCalledWith({ origins: [REGISTRY_ORIGIN] });
    await waitFor(() => expect(container.querySelector('[data-registry="done"]')).not.toBeNull());
    expect(fetched).toEqual([`https://data.brreg.no/enhetsregisteret/api/enheter/${ORGNR}`]);
    expect(screen.getByRole('alert').textContent).toContain('bankrupt');
    expect(container.querySelector('[data-fact="name"]')?.textContent).toContain('the same as on the page');
    await waitFor(() => expect(container.querySelector('[data-factor="credibility"]')?.getAttribute('data-level')).toBe('weak'));
    expect(container.querySelector('[data-cap="detail.capBankrupt"]')).not.toBeNull();
    expect(await fakeBrowser.storage.local.get(`registry:${ORGNR}`)).toHaveProperty(`registry:${ORGNR}.bankrupt`, true);
  });

  it('permission refused: nothing fetched, and said so', async () => {
    request.mockResolvedValue(false);
    const { container } = render(<App lang="nb" tabId={null} />);
    await ready(container);
    fireEvent.click(screen.getByRole('button', { name: `Slå opp ${ORGNR} i registeret` }));
    await waitFor(() => expect(container.querySelector('[data-registry="denied"]')).not.toBeNull());
    expect(fetched).toEqual([]);
  });

  it('with the permission granted, a kept entry shows at once without a click or a fetch; without it, it does not', async () => {
    const kept = { orgNumber: ORGNR, name: 'FJORDTRE SNEKKERI AS', form: 'Aksjeselskap', founded: '2019-09-15', registered: '2019-10-02', website: 'www.fjordtre.no', bankrupt: true, liquidation: false, forcedDissolution: false, deleted: null, source: 'x', fetchedAt: new Date().toISOString() };
    await fakeBrowser.storage.local.set({ [`registry:${ORGNR}`]: kept });
    const first = render(<App lang="en" tabId={null} />);
    await ready(first.container);
    await new Promise((ok) => setTimeout(ok, 50));
    expect(first.container.querySelector('[data-registry]')?.getAttribute('data-registry')).toBe('idle');
    first.unmount();

    granted = true;
    const { container } = render(<App lang="en" tabId={null} />);
    await waitFor(() => expect(container.querySelector('[data-registry="done"]')).not.toBeNull());
    expect(request).not.toHaveBeenCalled();
    expect(fetched).toEqual([]);
  });

  it('no card on a page without a valid organisation number', async () => {
    fake.injects(makeSignals({ url: PAGE, contact: { orgNumbers: [finding('923609017')] } } as never));
    const { container } = render(<App lang="en" tabId={null} />);
    await waitFor(() => expect(container.querySelector('[data-overall]')).not.toBeNull());
    expect(container.querySelector('[data-registry]')).toBeNull();
  });
});
