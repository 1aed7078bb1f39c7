import { text, z } from '../schema-kit';
import { editedAfter } from './edit';
import { CompanyPin, MAX_CONFLICTS, Ratings, SiteRecord, emptyRecord } from './schema';
import { laterPin } from './transfer';

// Optional sync of notes and ratings through the browser's own storage.sync. storage.local stays
// the source of truth (it also holds the score history, which sync has no room for); sync
// carries one small entry per site. Pure decisions live here; entrypoints/background.ts wires
// them to storage events.

/** chrome.storage.sync quotas (Firefox's are the same or larger), with a margin. */
export const SYNC_LIMITS = {
  bytesPerItem: 8192,
  totalBytes: 102_400,
  writesPerMinute: 100, // Chrome allows 120
  writesPerHour: 1_500, // Chrome allows 1,800
} as const;

export const SYNC_KEY_PREFIX = 'site:';

export const SyncEntry = z.object({
  site: text(253, 1),
  notes: text(SYNC_LIMITS.bytesPerItem),
  ratings: Ratings,
  updatedAt: text(40),
  device: text(40),
  /**
   * The version in sync this edit was made on top of (its updatedAt), or null. Another device
   * takes the entry as it is only when it was built on the version that device last agreed on;
   * otherwise both edits are kept.
   */
  base: z.optional(z.nullable(text(40))),
  /** The company the user put the channel in (absent in entries from builds before companies). */
  company: z.optional(z.nullable(CompanyPin)),
});
export type SyncEntry = z.infer<typeof SyncEntry>;

export function syncEntryOf(record: SiteRecord, device: string, base: string | null = null): SyncEntry {
  return { site: record.site, notes: record.notes, ratings: record.ratings, updatedAt: record.updatedAt ?? new Date(0).toISOString(), device, base, company: record.company };
}

/** Bytes one item takes against the per-item quota: key plus JSON value, in UTF-8. */
export function itemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

export function fitsOneItem(entry: SyncEntry): boolean {
  return itemBytes(`${SYNC_KEY_PREFIX}${entry.site}`, entry) <= SYNC_LIMITS.bytesPerItem;
}

/** A sliding-window budget for sync writes, so a typing user never hits the write quotas. */
export class WriteBudget {
  private readonly times: number[] = [];
  constructor(private readonly clock: () => number = Date.now) {}

  /** Take one write if the budget allows it now. */
  take(): boolean {
    const now = this.clock();
    while (this.times.length && now - this.times[0]! > 3_600_000) this.times.shift();
    const lastMinute = this.times.filter((t) => now - t < 60_000).length;
    if (lastMinute >= SYNC_LIMITS.writesPerMinute || this.times.length >= SYNC_LIMITS.writesPerHour) return false;
    this.times.push(now);
    return true;
  }
}

export interface SyncMerge {
  record: SiteRecord;
  /** True when both devices had changed the site and the losing version was kept as a conflict. */
  conflict: boolean;
  changed: boolean;
}

const sameContent = (a: { notes: string; ratings: Ratings }, b: { notes: string; ratings: Ratings }) =>
  a.notes === b.notes && JSON.stringify(a.ratings) === JSON.stringify(b.ratings);
const samePin = (a: CompanyPin | null | undefined, b: CompanyPin | null | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Apply another device's entry to the local record. `agreed` is the updatedAt of the version this
 * device last knew to be in sync (its own last push, or the last entry it took). The entry is
 * taken as it is only when it was built on that version and this device has not changed the site
 * since; in every other case where both sides hold different content, the newer edit wins and
 * the other is kept as a conflict — never dropped.
 */
export function mergeFromSync(local: SiteRecord | null, remote: SyncEntry, agreed: string | null, now = new Date()): SyncMerge {
  const local0 = local ?? emptyRecord(remote.site);
  // The company choice merges on its own: the later choice wins, on either side.
  const company = laterPin(local0.company, remote.company ?? null);
  const base = { ...local0, company };
  const pinChanged = !samePin(local0.company, company);
  if (sameContent(base, remote) || remote.updatedAt === agreed) return { record: base, conflict: false, changed: pinChanged }; // nothing new, or our own echo
  const hasContent = !!base.notes || Object.keys(base.ratings).length > 0;
  // Notes from before versioning carry no updatedAt: they are the user's edits all the same.
  const localChanged = hasContent && (base.updatedAt === null || base.updatedAt !== agreed);
  const builtOnAgreed = (remote.base ?? null) === agreed;
  const take = { ...base, notes: remote.notes, ratings: remote.ratings, updatedAt: remote.updatedAt };
  if (!hasContent || (!localChanged && builtOnAgreed)) return { record: take, conflict: false, changed: true };
  const remoteWins = editedAfter(remote.updatedAt, base.updatedAt);
  const loser = remoteWins ? { notes: base.notes, ratings: base.ratings, origin: 'this device' } : { notes: remote.notes, ratings: remote.ratings, origin: `sync (${remote.device})` };
  const winner = remoteWins ? { notes: remote.notes, ratings: remote.ratings, updatedAt: remote.updatedAt } : { notes: base.notes, ratings: base.ratings, updatedAt: base.updatedAt };
  const record: SiteRecord = {
    ...base,
    ...winner,
    conflicts: [...base.conflicts, { at: now.toISOString(), origin: loser.origin, notes: loser.notes, ratings: loser.ratings }].slice(-MAX_CONFLICTS),
  };
  return { record, conflict: true, changed: true };
}
