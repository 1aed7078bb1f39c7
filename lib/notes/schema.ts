import { ChannelKey } from '../contracts/company';
import { CRITERION_STATUSES, CriterionIdText, FACTOR_KEYS, Iso, LEVELS, ModelVersion, Report, StoredMessageRef } from '../contracts/report';
import { int, list, num, text, z } from '../schema-kit';

// The user's own data per channel — a site, or a profile on a social platform (lib/companies/
// channel.ts) — and the export file. Every read from storage or from an imported file goes
// through these schemas; limits keep a hostile file from filling memory.

export const MAX_NOTES = 100_000;
export const MAX_HISTORY = 60;
export const MAX_CONFLICTS = 20;

const Site = ChannelKey;
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

/** What the channel's last analysis showed of the company's other channels (lib/companies). */
export const Links = z.object({
  /** Profiles the site links to: its links and its JSON-LD sameAs, as addresses. */
  profiles: list(text(2000), 50),
  /** The website a profile states. */
  website: z.nullable(text(2000)),
});
export type Links = z.infer<typeof Links>;

/** The company the user put the channel in. Set only by the user: detection never writes it. */
export const CompanyPin = z.object({ id: text(80, 1), name: text(200), at: Iso });
export type CompanyPin = z.infer<typeof CompanyPin>;

/** A criterion whose verdict differs between two analyses of the channel. */
export const CriterionChange = z.object({
  id: CriterionIdText,
  was: z.enum(CRITERION_STATUSES),
  now: z.enum(CRITERION_STATUSES),
  /** The new verdict's one-line explanation, when it has one. */
  detail: z.optional(StoredMessageRef),
});
export type CriterionChange = z.infer<typeof CriterionChange>;

/** What changed at the latest analysis against the one before it (lib/notes/changes.ts). */
export const Change = z.object({
  since: Iso,
  at: Iso,
  /** The two analyses were scored by different models: part of the change may be the model's. */
  modelChanged: z.boolean(),
  criteria: list(CriterionChange, 60),
});
export type Change = z.infer<typeof Change>;

/**
 * Version 4: the current shape of a channel's record in storage — a site's (keyed by hostname, as
 * always) or a profile's ("linkedin:fjordkaffe"). Version 3 had no links, name, company or
 * change; version 2 had no model versions, and its last report left out `partial`, `share`,
 * `siteLevel` and each criterion's factor. store.ts migrates both.
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
  links: Links,
  /** The company's name as the channel shows it (organisation name, profile name), or null. */
  name: z.nullable(text(200)),
  company: z.nullable(CompanyPin),
  lastChange: z.nullable(Change),
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

/**
 * Version 3 → 4: a record gets the fields channels and companies need, empty — no links seen
 * yet, no name, in no company the user chose, nothing changed — so every site is a company of its
 * own until its next analysis finds its profiles. Only adds what is missing; like migrateV2 it
 * leaves data that is not a record alone, and changes nothing on version-4 data.
 */
export function migrateV3(old: unknown): unknown {
  if (!isV2OrLater(old)) return old;
  const record = old as Record<string, unknown>;
  return { links: { profiles: [], website: null }, name: null, company: null, lastChange: null, ...record };
}

/** Any stored or exported record, brought to the current version. */
export const migrateRecord = (old: unknown): unknown => migrateV3(migrateV2(old));

function migrateReportV2(report: unknown): unknown {
  if (!isObject(report) || 'model' in report || !Array.isArray(report.factors)) return report;
  const factors = report.factors.map((f) =>
    isObject(f) && Array.isArray(f.criteria) ? { ...f, criteria: f.criteria.map((c) => (isObject(c) && !('factor' in c) ? { ...c, factor: f.key } : c)) } : f,
  );
  return { partial: false, ...report, model: null, factors };
}

export function emptyRecord(site: string): SiteRecord {
  return { site, notes: '', ratings: {}, updatedAt: null, history: [], lastReport: null, conflicts: [], links: { profiles: [], website: null }, name: null, company: null, lastChange: null };
}

/** Nothing the user wrote or Tillit recorded: taking another record in its place loses nothing. */
export function isBlankRecord(r: SiteRecord): boolean {
  return !r.notes && !Object.keys(r.ratings).length && !r.history.length && !r.lastReport && !r.conflicts.length && !r.updatedAt && !r.company;
}

export const EXPORT_FORMAT = 'tillit-notes';
/** Version 2 holds profiles' records and companies: an older Tillit says the file is from a newer one. */
export const EXPORT_VERSION = 2;

export const ExportFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.int(),
  exportedAt: Iso,
  sites: list(SiteRecord, 5000),
});
export type ExportFile = z.infer<typeof ExportFile>;
