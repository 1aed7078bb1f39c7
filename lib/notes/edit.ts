import type { FactorKey } from '../factors/model';
import type { SiteRecord } from './schema';

// The user's own edits to a site's record, as changes that either write path takes: the popup
// applies them to the record it keeps in memory, updateSite to the stored one. Each stamps
// updatedAt, the time that sync, import and the popup compare to decide whose edit is newer.

export const editNotes =
  (notes: string, now = new Date()) =>
  (record: SiteRecord): SiteRecord => ({ ...record, notes, updatedAt: now.toISOString() });

/** Set an own rating (1–5), or clear it with null. */
export const editRating =
  (factor: FactorKey, value: number | null, now = new Date()) =>
  (record: SiteRecord): SiteRecord => {
    const ratings = { ...record.ratings };
    if (value === null) delete ratings[factor];
    else ratings[factor] = value;
    return { ...record, ratings, updatedAt: now.toISOString() };
  };

/** Whether edit time `a` is newer than `b`; never edited (null) is older than any edit. */
export function editedAfter(a: string | null, b: string | null): boolean {
  return !!a && (!b || Date.parse(a) > Date.parse(b));
}
