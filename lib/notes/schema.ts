import { FACTOR_KEYS, Iso, LEVELS, ModelVersion, Report } from '../contracts/report';
import { int, list, num, text, z } from '../schema-kit';

// The user's own data per site, and the export file. Every read from storage or from an
// imported file goes through these schemas; limits keep a hostile file from filling memory.

export const MAX_NOTES = 100_000;
export const MAX_HISTORY = 60;
export const MAX_CONFLICTS = 20;

const Site = z.string().check(z.minLength(1), z.maxLength(253), z.regex(/^[a-z0-9.-]+$/i, 'not a hostname'));
const FactorKey = z.enum(FACTOR_KEYS);
const Level = z.enum(LEVELS);

export const OwnRating = int(1, 5);
export const Ratings = z.partialRecord(FactorKey, OwnRating);
export type Ratings = z.infer<typeof Ratings>;

/** One analysis of the site: enough to draw a trend. */
export const Snapshot = z.object({
  at: Iso,
  url: text(4000),
  /** The model that scored it: where two analyses differ, the trend is marked. */
  model: ModelVersion,
  overall: z.nullable(num(0, 100)),
  scores: z.partialRecord(FactorKey, z.nullable(num(0, 100))),
  levels: z.partialRecord(FactorKey, Level),
});
export type Snapshot = z.infer<typeof Snapshot>;

/** A version of the notes and ratings that lost a race (another device, an import): kept, never dropped. */
export const Conflict = z.object({
  at: Iso,
  origin: text(80),
  notes: text(MAX_NOTES),
  ratings: Ratings,
});
export type Conflict = z.infer<typeof Conflict>;

/**
 * Version 3: the current shape of a site's record in storage. (Version 2 had no model versions,
 * and its last report left out `partial`, `share`, `siteLevel` and each criterion's factor;
 * store.ts migrates it.)
 */
export const SiteRecord = z.object({
  site: Site,
  notes: text(MAX_NOTES),
  ratings: Ratings,
  /** When the user last changed notes or ratings. */
  updatedAt: z.nullable(Iso),
  history: list(Snapshot, MAX_HISTORY),
  /** The last full analysis, for the printable and Markdown reports (at most 10 evidence per criterion). */
  lastReport: z.nullable(Report),
  conflicts: list(Conflict, MAX_CONFLICTS),
});
export type SiteRecord = z.infer<typeof SiteRecord>;

/** Version 1, as the first development builds stored it: notes and ratings only. */
export const SiteRecordV1 = z.object({ notes: text(MAX_NOTES), ratings: z.record(z.string(), z.number()) });

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Version 2 or later: a record that has a site and a history (version 1 had neither). */
export const isV2OrLater = (value: unknown): boolean => isObject(value) && 'site' in value && Array.isArray(value.history);

/**
 * Version 2 → 3. Each snapshot and the last report get `model: null` — scored before Tillit
 * recorded its model, so which one is not known (the trend marks no change next to them). The
 * last report gets what version 2 left out of it: `partial` (not kept, so false, as the report
 * page showed it) and each criterion's factor (its factor's key). Only adds what is missing and
 * removes nothing: storage keeps the migrated value, and data that is not version 2 stays as it
 * is, to be set aside by the parse rather than eaten. Running it on version-3 data changes nothing
 * (export files hold records of either version).
 */
export function migrateV2(old: unknown): unknown {
  if (!isV2OrLater(old)) return old;
  const record = old as Record<string, unknown> & { history: unknown[] };
  const history = record.history.map((s) => (isObject(s) && !('model' in s) ? { ...s, model: null } : s));
  return { ...record, history, ...('lastReport' in record ? { lastReport: migrateReportV2(record.lastReport) } : {}) };
}

function migrateReportV2(report: unknown): unknown {
  if (!isObject(report) || 'model' in report || !Array.isArray(report.factors)) return report;
  const factors = report.factors.map((f) =>
    isObject(f) && Array.isArray(f.criteria) ? { ...f, criteria: f.criteria.map((c) => (isObject(c) && !('factor' in c) ? { ...c, factor: f.key } : c)) } : f,
  );
  return { partial: false, ...report, model: null, factors };
}

export function emptyRecord(site: string): SiteRecord {
  return { site, notes: '', ratings: {}, updatedAt: null, history: [], lastReport: null, conflicts: [] };
}

/** Nothing the user wrote or Tillit recorded: taking another record in its place loses nothing. */
export function isBlankRecord(r: SiteRecord): boolean {
  return !r.notes && !Object.keys(r.ratings).length && !r.history.length && !r.lastReport && !r.conflicts.length && !r.updatedAt;
}

export const EXPORT_FORMAT = 'tillit-notes';
export const EXPORT_VERSION = 1;

export const ExportFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.int(),
  exportedAt: Iso,
  sites: list(SiteRecord, 5000),
});
export type ExportFile = z.infer<typeof ExportFile>;
