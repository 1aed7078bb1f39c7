import { editedAfter } from './edit';
import { ExportFile, EXPORT_FORMAT, EXPORT_VERSION, MAX_CONFLICTS, MAX_HISTORY, MAX_NOTES, migrateRecord, SiteRecord, type CompanyPin, type Conflict, type Snapshot } from './schema';

// Export and import of all the user's data as one JSON file, and the merge that an import (or a
// second device) goes through: per site, nothing from either side is dropped.

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type ImportProblem = 'tooLarge' | 'notJson' | 'hostile' | 'notTillit' | 'futureVersion' | 'invalid';

export type ImportResult = { ok: true; sites: SiteRecord[] } | { ok: false; problem: ImportProblem; detail?: string };

export function buildExport(sites: readonly SiteRecord[], now: Date, keptAside: readonly { key: string; value: unknown }[] = []): string {
  const file: ExportFile & { keptAside?: unknown } = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    sites: [...sites].sort((a, b) => a.site.localeCompare(b.site)),
  };
  // Data that could not be read stays in the export, so the user can take it elsewhere.
  if (keptAside.length) file.keptAside = keptAside;
  return `${JSON.stringify(file, null, 2)}\n`;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function parseImport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, problem: 'tooLarge' };
  let data: unknown;
  let hostileKey: string | null = null;
  try {
    data = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) hostileKey = key;
      return value;
    });
  } catch (error) {
    return { ok: false, problem: 'notJson', detail: error instanceof Error ? error.message : undefined };
  }
  if (hostileKey) return { ok: false, problem: 'hostile', detail: hostileKey };
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== EXPORT_FORMAT) return { ok: false, problem: 'notTillit' };
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > EXPORT_VERSION) return { ok: false, problem: 'futureVersion', detail: String(version) };
  // A file exported by an older Tillit holds version-2 or -3 records: brought up to date like stored ones.
  const sites = (data as { sites?: unknown }).sites;
  const parsed = ExportFile.safeParse(Array.isArray(sites) ? { ...data, sites: sites.map(migrateRecord) } : data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: 'invalid', detail: issue ? `${issue.path.join('.')}: ${issue.message}` : undefined };
  }
  // The same site twice in one file: fold them together like any other merge.
  const bySite = new Map<string, SiteRecord>();
  for (const record of parsed.data.sites) {
    const existing = bySite.get(record.site);
    bySite.set(record.site, existing ? mergeRecords(existing, record, 'import') : record);
  }
  return { ok: true, sites: [...bySite.values()] };
}

/** Join two versions of notes so that neither is lost; identical or contained text is not repeated. */
export function mergeNotes(local: string, incoming: string, origin: string): string {
  if (!incoming.trim() || local.includes(incoming)) return local;
  if (!local.trim() || incoming.includes(local)) return incoming;
  return `${local}\n\n— ${origin} —\n${incoming}`.slice(0, MAX_NOTES);
}

/**
 * Merge a site's record from elsewhere into the local one. Notes are joined; ratings that
 * disagree keep the more recently edited side and keep the other as a conflict; histories are
 * united by time.
 */
export function mergeRecords(local: SiteRecord, incoming: SiteRecord, origin: string, now = new Date()): SiteRecord {
  if (JSON.stringify(local) === JSON.stringify(incoming)) return local;
  const [winner, loser] = editedAfter(incoming.updatedAt, local.updatedAt) ? [incoming, local] : [local, incoming];

  const ratings = { ...loser.ratings, ...winner.ratings };
  const disagree = Object.entries(loser.ratings).some(([k, v]) => winner.ratings[k as keyof typeof winner.ratings] !== undefined && winner.ratings[k as keyof typeof winner.ratings] !== v);
  const conflicts: Conflict[] = [...local.conflicts, ...incoming.conflicts];
  if (disagree) conflicts.push({ at: now.toISOString(), origin, notes: loser.notes, ratings: loser.ratings });
  const seenConflict = new Set<string>();
  const uniqueConflicts = conflicts.filter((c) => {
    const key = JSON.stringify([c.notes, c.ratings, c.origin]);
    if (seenConflict.has(key)) return false;
    seenConflict.add(key);
    return true;
  });

  const seen = new Set<string>();
  const history: Snapshot[] = [...local.history, ...incoming.history]
    .filter((s) => {
      const key = `${s.at}|${s.url}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .slice(-MAX_HISTORY);

  // What the last analysis saw (its report, links, name and change) comes from the side that analysed last.
  const analysedLast =
    !local.lastReport ? incoming : !incoming.lastReport ? local : Date.parse(incoming.lastReport.analysedAt) > Date.parse(local.lastReport.analysedAt) ? incoming : local;

  return SiteRecord.parse({
    site: local.site,
    notes: mergeNotes(local.notes, incoming.notes, origin),
    ratings,
    updatedAt: winner.updatedAt,
    history,
    lastReport: analysedLast.lastReport,
    conflicts: uniqueConflicts.slice(-MAX_CONFLICTS),
    links: analysedLast.links,
    name: analysedLast.name ?? (analysedLast === local ? incoming.name : local.name),
    company: laterPin(local.company, incoming.company),
    lastChange: analysedLast.lastChange,
  });
}

/** The user's later choice of company for the channel; a choice is never undone by the lack of one. */
export function laterPin(a: CompanyPin | null, b: CompanyPin | null): CompanyPin | null {
  if (!a || !b) return a ?? b;
  return Date.parse(b.at) > Date.parse(a.at) ? b : a;
}
