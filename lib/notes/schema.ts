import { int, list, num, text, z } from '../schema-kit';
import { FACTOR_KEYS, LEVELS } from '../factors/model';

// The user's own data per site, and the export file. Every read from storage or from an
// imported file goes through these schemas; limits keep a hostile file from filling memory.

export const MAX_NOTES = 100_000;
export const MAX_HISTORY = 60;
export const MAX_CONFLICTS = 20;

const Iso = text(40).check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'not a date'));
const Site = z.string().check(z.minLength(1), z.maxLength(253), z.regex(/^[a-z0-9.-]+$/i, 'not a hostname'));
const FactorKey = z.enum(FACTOR_KEYS);
const Level = z.enum(LEVELS);
// Criterion ids end up in the Markdown report as message keys (an unknown key is printed as it
// is), so an imported file must not be able to put markup there.
const CriterionId = z.string().check(z.maxLength(60), z.regex(/^[a-z0-9-]+$/, 'not a criterion id'));

export const OwnRating = int(1, 5);
export const Ratings = z.partialRecord(FactorKey, OwnRating);
export type Ratings = z.infer<typeof Ratings>;

/** One analysis of the site: enough to draw a trend. */
export const Snapshot = z.object({
  at: Iso,
  url: text(4000),
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

const EvidenceLite = z.object({ snippet: text(300), selector: z.nullable(text(1000)), source: text(40) });

/** The last full analysis, for the Markdown report: criteria with status, evidence and tips. */
export const SavedReport = z.object({
  url: text(4000),
  analysedAt: Iso,
  overall: z.object({ score: z.nullable(z.number()), level: Level }),
  factors: list(
    z.object({
      key: FactorKey,
      score: z.nullable(z.number()),
      level: Level,
      criteria: list(
        z.object({
          id: CriterionId,
          status: z.enum(['met', 'partial', 'unmet', 'unobservable']),
          points: z.number(),
          earned: z.number(),
          evidence: list(EvidenceLite, 10),
          detail: z.optional(z.object({ key: text(80), params: z.optional(z.record(text(40), z.union([text(2000), z.number()]))) })),
        }),
        20,
      ),
    }),
    5,
  ),
  tips: list(z.object({ criterion: CriterionId, factor: FactorKey, gain: z.number() }), 30),
});
export type SavedReport = z.infer<typeof SavedReport>;

/** Version 2: the current shape of a site's record in storage. */
export const SiteRecord = z.object({
  site: Site,
  notes: text(MAX_NOTES),
  ratings: Ratings,
  /** When the user last changed notes or ratings. */
  updatedAt: z.nullable(Iso),
  history: list(Snapshot, MAX_HISTORY),
  lastReport: z.nullable(SavedReport),
  conflicts: list(Conflict, MAX_CONFLICTS),
});
export type SiteRecord = z.infer<typeof SiteRecord>;

/** Version 1, as the first development builds stored it: notes and ratings only. */
export const SiteRecordV1 = z.object({ notes: text(MAX_NOTES), ratings: z.record(z.string(), z.number()) });

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
