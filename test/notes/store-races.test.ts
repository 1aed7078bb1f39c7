import { fakeBrowser } from 'wxt/testing/fake-browser';
import { editNotes } from '@/lib/notes/edit';
import { deleteSite, loadSite, restoreSite, updateSite, writeSite } from '@/lib/notes/store';

// Races a user can cause: typing while an analysis snapshot is being saved, undoing a delete
// after something new was written for the site.

beforeEach(() => {
  fakeBrowser.reset();
});

describe('notes store under concurrent writes', () => {
  it('a keystroke written while an update is in flight lands after it, not under it', async () => {
    await updateSite('firma.no', editNotes('v1'));
    const { record } = await loadSite('firma.no');
    // An analysis snapshot being recorded (read → modify → write) …
    const snapshot = updateSite('firma.no', (r) => ({ ...r, conflicts: [] }));
    // … while the popup writes what the user just typed.
    const typed = writeSite({ ...record, notes: 'v1 + typed', updatedAt: new Date().toISOString() });
    await Promise.all([snapshot, typed]);
    expect((await loadSite('firma.no')).record.notes).toBe('v1 + typed');
  });

  it('undo after a delete merges with anything written since, instead of overwriting it', async () => {
    await updateSite('firma.no', editNotes('old', new Date('2026-11-01T10:00:00Z')));
    const deleted = await deleteSite('firma.no');
    await updateSite('firma.no', editNotes('typed in the popup after the delete', new Date('2026-11-02T10:00:00Z')));
    await restoreSite(deleted!);
    const { record } = await loadSite('firma.no');
    expect(record.notes).toContain('typed in the popup after the delete');
    expect(record.notes).toContain('old');
  });

  it('undo restores the record as it was when nothing was written since', async () => {
    await updateSite('firma.no', editNotes('old', new Date('2026-11-01T10:00:00Z')));
    const deleted = await deleteSite('firma.no');
    await restoreSite(deleted!);
    expect((await loadSite('firma.no')).record).toEqual(deleted);
  });
});
