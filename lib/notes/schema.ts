import { z } from 'zod';
import { FACTOR_KEYS, LEVELS } from '../factors/model';

// The user's own data per site, and the export file. Every read from storage or from an
// imported file goes through these schemas; limits keep a hostile file from filling memory.

export const MAX_NOTES = 100_000;
export const MAX_HISTORY = 60;
export const MAX_CONFLICTS = 20;

const Iso = z.string().max(40).refine((s) => !Number.isNaN(Date.parse(s)), 'not a date');
const Site = z.string().min(1).max(253).regex(/^[a-z0-9.-]+$/i, 'not a hostname');
const FactorKey = z.enum(FACTOR_KEYS);
const Level = z.enum(LEVELS);
// Criterion ids end up in the Markdown report as message keys (an unknown key is printed as it
// is), so an imported file must not be able to put markup there.
const CriterionId = z.string().max(60).regex(/^[a-z0-9-]+$/, 'not a criterion id');

export const OwnRating = z.number().int().min(1).max(5);
export const Ratings = z.partialRecord(FactorKey, OwnRating);
export type Ratings = z.infer<typeof Ratings>;

/** One analysis of the site: enough to draw a trend. */
export const Snapshot = z.object({
  at: Iso,
  url: z.string().max(4000),
  overall: z.number().min(0).max(100).nullable(),
  scores: z.partialRecord(FactorKey, z.number().min(0).max(100).nullable()),
  levels: z.partialRecord(FactorKey, Level),
});
export type Snapshot = z.infer<typeof Snapshot>;

/** A version of the notes and ratings that lost a race (another device, an import): kept, never dropped. */
export const Conflict = z.object({
  at: Iso,
  origin: z.string().max(80),
  notes: z.string().max(MAX_NOTES),
  ratings: Ratings,
});
export type Conflict = z.infer<typeof Conflict>;

const EvidenceLite = z.object({ snippet: z.string().max(300), selector: z.string().max(1000).nullable(), source: z.string().max(40) });

/** The last full analysis, for the Markdown report: criteria with status, evidence and tips. */
export const SavedReport = z.object({
  url: z.string().max(4000),
  analysedAt: Iso,
  overall: z.object({ score: z.number().nullable(), level: Level }),
  factors: z
    .array(
      z.object({
        key: FactorKey,
        score: z.number().nullable(),
        level: Level,
        criteria: z
          .array(
            z.object({
              id: CriterionId,
              status: z.enum(['met', 'partial', 'unmet', 'unobservable']),
              points: z.number(),
              earned: z.number(),
              evidence: z.array(EvidenceLite).max(10),
              detail: z.object({ key: z.string().max(80), params: z.record(z.string().max(40), z.union([z.string().max(2000), z.number()])).optional() }).optional(),
            }),
          )
          .max(20),
      }),
    )
    .max(5),
  tips: z.array(z.object({ criterion: CriterionId, factor: FactorKey, gain: z.number() })).max(30),
});
export type SavedReport = z.infer<typeof SavedReport>;

/** Version 2: the current shape of a site's record in storage. */
export const SiteRecord = z.object({
  site: Site,
  notes: z.string().max(MAX_NOTES),
  ratings: Ratings,
  /** When the user last changed notes or ratings. */
  updatedAt: Iso.nullable(),
  history: z.array(Snapshot).max(MAX_HISTORY),
  lastReport: SavedReport.nullable(),
  conflicts: z.array(Conflict).max(MAX_CONFLICTS),
});
export type SiteRecord = z.infer<typeof SiteRecord>;

/** Version 1, as the first development builds stored it: notes and ratings only. */
export const SiteRecordV1 = z.object({ notes: z.string().max(MAX_NOTES), ratings: z.record(z.string(), z.number()) });

export function emptyRecord(site: string): SiteRecord {
  return { site, notes: '', ratings: {}, updatedAt: null, history: [], lastReport: null, conflicts: [] };
}

export const EXPORT_FORMAT = 'tillit-notes';
export const EXPORT_VERSION = 1;

export const ExportFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().int(),
  exportedAt: Iso,
  sites: z.array(SiteRecord).max(5000),
});
export type ExportFile = z.infer<typeof ExportFile>;
