import type { SiteRecord, Snapshot } from '@/lib/notes/schema';

// Pure helpers for the Sites page: what a row shows, and how the list is searched and sorted.

export type SortKey = 'name' | 'analysed' | 'score';
export const SORT_KEYS: readonly SortKey[] = ['name', 'analysed', 'score'];

export interface SiteView {
  record: SiteRecord;
  /** The most recent analysis, or null when the site was never analysed. */
  latest: Snapshot | null;
}

const time = (iso: string | null | undefined) => (iso ? Date.parse(iso) : Number.NaN);

export function latestSnapshot(record: SiteRecord): Snapshot | null {
  let latest: Snapshot | null = null;
  for (const s of record.history) if (!latest || time(s.at) >= time(latest.at)) latest = s;
  return latest;
}

export function viewOf(record: SiteRecord): SiteView {
  return { record, latest: latestSnapshot(record) };
}

/** Case-insensitive match on the site name and the notes text. */
export function matches(view: SiteView, query: string): boolean {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return true;
  return view.record.site.toLocaleLowerCase().includes(q) || view.record.notes.toLocaleLowerCase().includes(q);
}

/** Name A–Z; last analysed newest first; overall score highest first. Sites without a value go last. */
export function sortViews(views: readonly SiteView[], key: SortKey): SiteView[] {
  const byName = (a: SiteView, b: SiteView) => a.record.site.localeCompare(b.record.site);
  const desc = (value: (v: SiteView) => number) => (a: SiteView, b: SiteView) => {
    const x = value(a);
    const y = value(b);
    if (Number.isNaN(x) && Number.isNaN(y)) return byName(a, b);
    if (Number.isNaN(x)) return 1;
    if (Number.isNaN(y)) return -1;
    return y - x || byName(a, b);
  };
  const compare =
    key === 'name' ? byName : key === 'analysed' ? desc((v) => time(v.latest?.at)) : desc((v) => v.latest?.overall ?? Number.NaN);
  return [...views].sort(compare);
}

/** The first few lines of the notes, as plain text. */
export function notesPreview(notes: string, max = 240): string {
  const text = notes.replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** YYYY-MM-DD in the user's own time zone, for file names. */
export function dateStamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
