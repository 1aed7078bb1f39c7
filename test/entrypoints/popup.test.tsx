import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { makeSignals } from '../helpers/signals';
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
