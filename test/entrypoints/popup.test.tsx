import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { makeSignals, NOW } from '../helpers/signals';
import { useFakeTabs } from '../helpers/fake-tabs';

// The popup as a whole, on the fake browser: loading → report, or loading → a reason.

const PAGE = 'https://firma.example/blogg/innlegg';
const fake = useFakeTabs();

describe('popup App', () => {
  it('shows a loading state, then the report for the active tab', async () => {
    await fakeBrowser.tabs.create({ url: PAGE, active: true });
    fake.executeScript().mockResolvedValue([{ frameId: 0, result: makeSignals() }]);
    const { container } = render(<App lang="en" tabId={null} />);
    expect(container.querySelector('[data-state="loading"]')).not.toBeNull();
    await waitFor(() => expect(container.querySelector('[data-overall]')).not.toBeNull());
    expect(container.querySelector('[data-state="loading"]')).toBeNull();
    // Five badges at once (alone, or already with the rest); then the factors' evidence and the notes.
    expect(container.querySelectorAll('[data-badge], [data-factor]')).toHaveLength(5);
    await waitFor(() => expect(container.querySelectorAll('[data-factor] .criteria')).toHaveLength(5));
    expect(container.querySelectorAll('[data-badge]')).toHaveLength(0);
    await waitFor(() => expect(container.querySelector('textarea[name="notes"]')).not.toBeNull());
  });

  it('on a browser page: an alert saying why, and nothing injected', async () => {
    await fakeBrowser.tabs.create({ url: 'chrome://settings/', active: true });
    render(<App lang="nb" tabId={null} />);
    const alert = await screen.findByRole('alert');
    expect(alert.getAttribute('data-error')).toBe('restricted');
    expect(alert.textContent).toMatch(/kan ikke lese denne siden/);
    expect(fake.executeScript()).not.toHaveBeenCalled();
  });

  it('analyses the tab it was opened for (popup.html?tabId=N), not the active one', async () => {
    const target = await fakeBrowser.tabs.create({ url: PAGE, active: false });
    await fakeBrowser.tabs.create({ url: 'https://active.example/', active: true });
    fake.executeScript().mockResolvedValue([{ frameId: 0, result: makeSignals() }]);
    const { container } = render(<App lang="en" tabId={target.id!} />);
    await waitFor(() => expect(container.querySelector('[data-overall]')).not.toBeNull());
    expect(fake.executeScript()).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: target.id } }));
  });

  it('a tab that is gone → noTab', async () => {
    render(<App lang="en" tabId={424242} />);
    expect((await screen.findByRole('alert')).getAttribute('data-error')).toBe('noTab');
  });

  it('after a navigation, "Try again" runs the analysis again', async () => {
    await fakeBrowser.tabs.create({ url: PAGE, active: true });
    fake.executeScript().mockRejectedValueOnce(new Error('Frame with ID 0 was removed.')).mockResolvedValue([{ frameId: 0, result: makeSignals() }]);
    const { container } = render(<App lang="en" tabId={null} />);
    const alert = await screen.findByRole('alert');
    expect(alert.getAttribute('data-error')).toBe('navigated');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(container.querySelector('[data-overall]')).not.toBeNull());
    expect(fake.executeScript()).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('an unexpected failure is shown as unknown with its message, not a blank popup', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockRejectedValue(new Error('tabs exploded'));
    render(<App lang="en" tabId={null} />);
    const alert = await screen.findByRole('alert');
    expect(alert.getAttribute('data-error')).toBe('unknown');
    expect(alert.textContent).toContain('tabs exploded');
  });
});

describe('popup App on a company’s profile', () => {
  it('shows the profile confirmed official, keeps its own notes card, and stores the analysis once (no re-scoring loop)', async () => {
    const { profile } = await import('../factors/profile-builders');
    const { recordAnalysis } = await import('@/lib/notes/store');
    const { scorePage } = await import('@/lib/factors');
    // The company's site, analysed before: it links to the profile.
    const siteSignals = makeSignals({ url: 'https://fjordkaffe.no/' });
    await recordAnalysis('fjordkaffe.no', scorePage(siteSignals, NOW), { links: { profiles: ['https://x.com/fjordkaffe'], website: null }, name: 'Fjord Kaffe AS' });
    await fakeBrowser.tabs.create({ url: 'https://x.com/fjordkaffe', active: true });
    fake
      .executeScript()
      .mockResolvedValueOnce([{ frameId: 0, result: makeSignals({ url: 'https://x.com/fjordkaffe', social: 'x' }) }])
      .mockResolvedValueOnce([{ frameId: 0, result: null }])
      .mockResolvedValueOnce([{ frameId: 0, result: profile({ website: 'https://fjordkaffe.no/' }) }]);
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    // A re-scoring loop would write for ever: stop it after 50 writes, so the test fails instead of hanging.
    const writes = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (writes.mock.calls.length > 50) throw new Error('storage written over and over: a re-scoring loop');
      return set(items);
    });
    const { container } = render(<App lang="en" tabId={null} />);
    await waitFor(() => expect(container.querySelector('textarea[name="notes"]')).not.toBeNull(), { timeout: 3000 });
    await waitFor(() => expect(container.querySelector('.company__this')?.textContent).toMatch(/^Confirmed official/));
    expect(container.querySelector('.notes')!.textContent).toContain('X @fjordkaffe');
    await waitFor(() => expect(container.querySelector('[data-criterion="profile-own-site"]')?.textContent).toContain('Confirmed official'));
    const settled = writes.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The analysis, then the analysis re-scored with the official link: a few writes, then none.
    expect(writes.mock.calls.length).toBe(settled);
    expect(settled).toBeLessThanOrEqual(6);
  });
});
