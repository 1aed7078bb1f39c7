import { editedAfter, editNotes, editRating } from '@/lib/notes/edit';
import { emptyRecord } from '@/lib/notes/schema';

// The user's edits are what sync and import compare by time: each edit must stamp it.

const now = new Date('2026-11-02T10:00:00.000Z');

describe('the user\u2019s edits', () => {
  it('new notes replace the old and stamp the edit time', () => {
    const edited = editNotes('Svarer raskt', now)({ ...emptyRecord('firma.no'), notes: 'old' });
    expect(edited).toMatchObject({ notes: 'Svarer raskt', updatedAt: now.toISOString() });
  });

  it('a rating is set or cleared without touching the other ratings, and stamps the edit time', () => {
    const rated = editRating('openness', 4, now)({ ...emptyRecord('firma.no'), ratings: { credibility: 2 } });
    expect(rated).toMatchObject({ ratings: { credibility: 2, openness: 4 }, updatedAt: now.toISOString() });
    expect(editRating('openness', null, now)(rated).ratings).toEqual({ credibility: 2 });
  });

  it('an edit is newer only when stamped strictly later; never edited is older than any edit', () => {
    expect(editedAfter('2026-11-02T10:00:00Z', '2026-11-01T10:00:00Z')).toBe(true);
    expect(editedAfter('2026-11-01T10:00:00Z', '2026-11-02T10:00:00Z')).toBe(false);
    expect(editedAfter('2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z')).toBe(false);
    expect(editedAfter('2026-11-01T10:00:00Z', null)).toBe(true);
    expect(editedAfter(null, '2026-11-01T10:00:00Z')).toBe(false);
    expect(editedAfter(null, null)).toBe(false);
  });
});
