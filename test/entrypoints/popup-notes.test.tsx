import { fireEvent, render, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { editNotes } from '@/lib/notes/edit';
import { loadSite, updateSite } from '@/lib/notes/store';
import { makeSignals } from '../helpers/signals';
import { useFakeTabs } from '../helpers/fake-tabs';

// The popup's notes on the fake browser: written as typed, "saved" shown, and changes made
// elsewhere (sync, the Sites page) shown instead of overwritten.

const PAGE = 'https://firma.example/blogg/innlegg';
const fake = useFakeTabs();

async function openPopup() {
  await fakeBrowser.tabs.create({ url: PAGE, active: true });
  fake.executeScript().mockResolvedValue([{ frameId: 0, result: makeSignals({ url: PAGE }) }]);
  const view = render(<App lang="en" tabId={null} />);
  await waitFor(() => expect(view.container.querySelector('textarea[name="notes"]')).not.toBeNull());
  return view.container;
}

describe('popup notes', () => {
  it('stores what is typed at once and says it is saved', async () => {
    const popup = await openPopup();
    const notes = popup.querySelector<HTMLTextAreaElement>('textarea[name="notes"]')!;
    fireEvent.input(notes, { target: { value: 'Svarer raskt' } });
    await waitFor(() => expect(popup.querySelector('[data-save-state="saved"]')).not.toBeNull());
    expect((await loadSite('firma.example')).record.notes).toBe('Svarer raskt');
  });

  it('shows notes changed elsewhere while it is open, and the next keystroke builds on them', async () => {
    const popup = await openPopup();
    await updateSite('firma.example', editNotes('from the laptop', new Date(Date.now() + 1_000)));
    const notes = popup.querySelector<HTMLTextAreaElement>('textarea[name="notes"]')!;
    await waitFor(() => expect(notes.value).toBe('from the laptop'));
    fireEvent.input(notes, { target: { value: 'from the laptop, and here' } });
    await waitFor(() => expect(popup.querySelector('[data-save-state="saved"]')).not.toBeNull());
    expect((await loadSite('firma.example')).record.notes).toBe('from the laptop, and here');
  });
});
