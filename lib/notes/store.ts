import { browser } from 'wxt/browser';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { FACTOR_KEYS, Report } from '../contracts/report';
import { nextChange } from './changes';
import { emptyRecord, isBlankRecord, isV2OrLater, MAX_HISTORY, migrateV2, migrateV3, SiteRecord, SiteRecordV1, type CompanyPin, type Links, type Ratings, type Snapshot } from './schema';
import { mergeRecords } from './transfer';

// The user's notes, own ratings and score history per site, in storage.local (the source of
// truth). One item per site, so two sites never overwrite each other. Every read is parsed;
// data that fails is copied aside under `quarantine:` before anything new is written, and the
// caller is told, so a bug or a bad import can never silently destroy someone's notes.

export const SITE_KEY_PREFIX = 'site:';
export const QUARANTINE_PREFIX = 'quarantine:';
export const RECORD_VERSION = 4;

export type StoreProblem = 'corrupt' | 'quota' | 'write';

export class StoreError extends Error {
  constructor(
    readonly problem: StoreProblem,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** Chrome says "QUOTA_BYTES quota exceeded", Firefox throws QuotaExceededError. */
export function isQuotaError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota/i.test(text);
}

/** Any failure to write, as the StoreError the pages show: full storage or another write failure. */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  return new StoreError(isQuotaError(error) ? 'quota' : 'write', error instanceof Error ? error.message : String(error));
}

function migrateV1(site: string) {
  return (old: unknown): unknown => {
    // Already version 2 or later (a record written before its version mark): never downgrade it.
    if (isV2OrLater(old)) return old;
    const v1 = SiteRecordV1.safeParse(old);
    // Not v1-shaped: leave it as it is, so load() sets it aside instead of a migration eating it.
    if (!v1.success) return old;
    const ratings: Ratings = {};
    for (const key of FACTOR_KEYS) {
      const value = v1.data.ratings[key];
      if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5) ratings[key] = value;
    }
    // Stamp the user's old notes as edited now, so sync and import treat them as theirs.
    const edited = v1.data.notes || Object.keys(ratings).length ? new Date().toISOString() : null;
    return { ...emptyRecord(site), notes: v1.data.notes, ratings, updatedAt: edited };
  };
}

const items = new Map<string, WxtStorageItem<unknown, Record<string, unknown>>>();
function itemFor(site: string): WxtStorageItem<unknown, Record<string, unknown>> {
  let item = items.get(site);
  if (!item) {
    item = storage.defineItem<unknown>(`local:${SITE_KEY_PREFIX}${site}`, { version: RECORD_VERSION, migrations: { 2: migrateV1(site), 3: migrateV2, 4: migrateV3 } });
    items.set(site, item);
  }
  return item;
}

async function quarantine(site: string, raw: unknown): Promise<void> {
  const existing = await browser.storage.local.get(null);
  const json = JSON.stringify(raw);
  const already = Object.entries(existing).some(([key, value]) => key.startsWith(`${QUARANTINE_PREFIX}${site}:`) && JSON.stringify(value) === json);
  if (!already) await browser.storage.local.set({ [`${QUARANTINE_PREFIX}${site}:${Date.now()}`]: raw });
}

export interface Loaded {
  record: SiteRecord;
  /** Set when stored data could not be read and was kept aside. */
  problem: StoreProblem | null;
}

function parseStored(site: string, raw: unknown): SiteRecord | null {
  const parsed = SiteRecord.safeParse(raw);
  return parsed.success && parsed.data.site === site ? parsed.data : null;
}

export async function loadSite(site: string): Promise<Loaded> {
  const raw = await itemFor(site).getValue();
  if (raw === null || raw === undefined) return { record: emptyRecord(site), problem: null };
  const record = parseStored(site, raw);
  if (record) return { record, problem: null };
  await quarantine(site, raw);
  return { record: emptyRecord(site), problem: 'corrupt' };
}

// Writes to one site run one after another, so fast typing never interleaves read-modify-write.
const queues = new Map<string, Promise<unknown>>();

export function updateSite(site: string, change: (record: SiteRecord) => SiteRecord): Promise<SiteRecord> {
  const previous = queues.get(site) ?? Promise.resolve();
  const next = previous
    .catch(() => undefined)
    .then(async () => {
      const { record } = await loadSite(site);
      const updated = SiteRecord.parse(change(structuredClone(record)));
      try {
        await itemFor(site).setValue(updated);
      } catch (error) {
        throw toStoreError(error);
      }
      return updated;
    });
  queues.set(site, next);
  void next.finally(() => queues.get(site) === next && queues.delete(site)).catch(() => undefined);
  return next;
}

/**
 * Write a whole record at once, without reading first: the popup keeps the record in memory and
 * calls this from the input handler, so the write is sent before the popup can close.
 */
export async function writeSite(record: SiteRecord): Promise<void> {
  const valid = SiteRecord.parse(record);
  // Sent at once when nothing else is writing this site; otherwise after it, so an analysis
  // snapshot being saved cannot land on top of (and undo) what the user just typed.
  const pending = queues.get(valid.site);
  const write = pending ? pending.catch(() => undefined).then(() => itemFor(valid.site).setValue(valid)) : itemFor(valid.site).setValue(valid);
  queues.set(valid.site, write);
  void write.finally(() => queues.get(valid.site) === write && queues.delete(valid.site)).catch(() => undefined);
  try {
    await write;
  } catch (error) {
    throw toStoreError(error);
  }
}

export function snapshotOf(report: Report): Snapshot {
  const scores: Snapshot['scores'] = {};
  const levels: Snapshot['levels'] = {};
  for (const f of report.factors) {
    scores[f.key] = f.score;
    levels[f.key] = f.level;
  }
  return { at: report.analysedAt, url: report.url.slice(0, 4000), model: report.model, overall: report.overall.score, scores, levels };
}

/** The report as storage keeps it: at most 10 pieces of evidence per criterion. */
export function keptReport(report: Report): Report {
  return Report.parse({ ...report, tips: report.tips.slice(0, 30), factors: report.factors.map((f) => ({ ...f, criteria: f.criteria.map((c) => ({ ...c, evidence: c.evidence.slice(0, 10) })) })) });
}

/** What an analysis saw of the company beside the scores: its links to other channels and its name. */
export interface Seen {
  links: Links;
  name: string | null;
}

/**
 * Store a dated snapshot of an analysis (bounded history), the report for export, what changed
 * since the analysis before, and what it saw of the company's other channels.
 */
export function recordAnalysis(site: string, report: Report, seen: Seen | null = null): Promise<SiteRecord> {
  const snapshot = snapshotOf(report);
  const saved = keptReport(report);
  return updateSite(site, (r) => {
    const last = r.history[r.history.length - 1];
    // Re-opening the popup on the same page the same day replaces that day's point, so the
    // trend shows days rather than clicks.
    const sameDay = last && last.url === snapshot.url && last.at.slice(0, 10) === snapshot.at.slice(0, 10);
    const history = [...(sameDay ? r.history.slice(0, -1) : r.history), snapshot].slice(-MAX_HISTORY);
    const lastChange = nextChange(r.lastReport, r.lastChange, saved);
    return { ...r, history, lastReport: saved, lastChange, ...(seen ? { links: seen.links, name: seen.name ?? r.name } : {}) };
  });
}

export interface SiteList {
  records: SiteRecord[];
  /** Sites whose stored data could not be read (kept aside). */
  corrupt: string[];
}

export async function listSites(): Promise<SiteList> {
  const all = await browser.storage.local.get(null);
  const records: SiteRecord[] = [];
  const corrupt: string[] = [];
  for (const key of Object.keys(all)) {
    if (!key.startsWith(SITE_KEY_PREFIX) || key.endsWith('$')) continue;
    const site = key.slice(SITE_KEY_PREFIX.length);
    const { record, problem } = await loadSite(site);
    if (problem) corrupt.push(site);
    else records.push(record);
  }
  return { records, corrupt };
}

/** Remove a site; the returned record lets the caller undo. */
export async function deleteSite(site: string): Promise<SiteRecord | null> {
  await queues.get(site)?.catch(() => undefined); // after any write in progress, not under it
  const { record, problem } = await loadSite(site);
  await itemFor(site).removeValue({ removeMeta: true });
  return problem ? null : record;
}

/**
 * Take in a site's record from elsewhere (an undone delete, an imported file). Anything stored
 * for the site meanwhile is merged with it, never written over; `origin` labels the conflicts.
 */
export function mergeSite(incoming: SiteRecord, origin: string, now = new Date()): Promise<SiteRecord> {
  return updateSite(incoming.site, (current) => (isBlankRecord(current) ? incoming : mergeRecords(current, incoming, origin, now)));
}

/** Undo a delete. Anything written for the site since (a new analysis, a note) is merged, not overwritten. */
export async function restoreSite(record: SiteRecord): Promise<void> {
  await mergeSite(record, 'undo');
}

/** Everything kept aside, so an export can carry it too. */
export async function listQuarantine(): Promise<{ key: string; value: unknown }[]> {
  const all = await browser.storage.local.get(null);
  return Object.entries(all)
    .filter(([key]) => key.startsWith(QUARANTINE_PREFIX))
    .map(([key, value]) => ({ key, value }));
}

/** Place channels in companies as the user chose (lib/companies/edit.ts): only each record's `company` changes. */
export async function setCompanies(pins: readonly { key: string; pin: CompanyPin }[]): Promise<void> {
  // A choice of company is the user's edit like a note: it moves updatedAt, so sync carries it.
  for (const { key, pin } of pins) await updateSite(key, (r) => ({ ...r, company: pin, updatedAt: pin.at }));
}
