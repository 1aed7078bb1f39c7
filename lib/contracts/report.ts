import { list, num, text, z } from '../schema-kit';
import { Evidence } from './page';

// The report artifact: what the scoring (lib/factors) makes of a page's signals. The popup and
// the printable report draw it, storage and export files keep it (lib/notes), the CLI prints it.
// One shape for all of them. `model` names the model (criteria, factors, points) that scored it:
// a report kept from an older model may name criteria this build no longer has, so a report read
// back from storage or a file has plain-string ids, and one fresh from the scoring has the
// model's own ids (lib/factors: `Report`) — the same schema, made with a stricter id.

export const FACTOR_KEYS = ['credibility', 'transparency', 'openness', 'responsiveness', 'longevity'] as const;
export type FactorKey = (typeof FACTOR_KEYS)[number];

export const LEVELS = ['strong', 'fair', 'weak', 'unknown'] as const;
export type Level = (typeof LEVELS)[number];

export const CRITERION_STATUSES = ['met', 'partial', 'unmet', 'unobservable'] as const;
export type CriterionStatus = (typeof CRITERION_STATUSES)[number];

export const Iso = text(40).check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'not a date'));

/**
 * The model that scored a report or a snapshot (lib/factors/registry.ts derives it from the
 * criteria); null for one kept before Tillit recorded it.
 */
export const ModelVersion = z.nullable(z.string().check(z.minLength(1), z.maxLength(40), z.regex(/^[a-z0-9-]+$/, 'not a model version')));
export type ModelVersion = z.infer<typeof ModelVersion>;

// Criterion ids and message keys end up in the Markdown report (an unknown key is printed as it
// is), so a kept report — which may come from an imported file — must not carry markup in them.
export const CriterionIdText = z.string().check(z.maxLength(60), z.regex(/^[a-z0-9-]+$/, 'not a criterion id'));
export const MessageKeyText = text(80);

/** A message id and its parameters: lib/ returns these, components turn them into text. */
const messageRef = <K extends string>(messageKey: z.ZodMiniType<K>) => z.object({ key: messageKey, params: z.optional(z.record(text(40), z.union([text(2000), z.number()]))) });
/** A message reference as storage keeps it (any key: an older model's keys may be gone). */
export const StoredMessageRef = messageRef(MessageKeyText);

/** The report's schema, for criterion ids and message keys of the given kind. */
function reportSchema<I extends string, K extends string>(criterionId: z.ZodMiniType<I>, messageKey: z.ZodMiniType<K>) {
  const FactorKey = z.enum(FACTOR_KEYS);
  const Level = z.enum(LEVELS);
  const MessageRef = messageRef(messageKey);
  const CriterionResult = z.object({
    id: criterionId,
    factor: FactorKey,
    status: z.enum(CRITERION_STATUSES),
    /** Share of the points earned, 0–1; when absent, 1 for met, 0.5 for partial, 0 otherwise. */
    share: z.optional(num(0, 1)),
    points: z.number(),
    earned: z.number(),
    /** What was found, and where (at most 10 are kept with a saved report). */
    evidence: list(Evidence, 20),
    /** One line that explains the verdict (e.g. the median reply time). */
    detail: z.optional(MessageRef),
    /** True when the evidence comes from other pages of the site, not this one. */
    siteLevel: z.optional(z.boolean()),
  });
  const FactorResult = z.object({
    key: FactorKey,
    /** 0–100, or null when the level is unknown. */
    score: z.nullable(z.number()),
    level: Level,
    criteria: list(CriterionResult, 20),
    /**
     * Set when a fact about the company holds the factor down whatever its points (lib/factors/
     * caps.ts: the register says bankrupt, in liquidation or deleted → credibility at most weak).
     */
    cap: z.optional(z.object({ detail: MessageRef, evidence: list(Evidence, 5) })),
  });
  /** One concrete action, and the points it would win if followed. */
  const Tip = z.object({ criterion: criterionId, factor: FactorKey, gain: z.number() });
  return z.object({
    url: text(4000),
    analysedAt: Iso,
    /** True when the analysis ran out of time and some signals were not checked. */
    partial: z.boolean(),
    model: ModelVersion,
    overall: z.object({ score: z.nullable(z.number()), level: Level }),
    factors: list(FactorResult, 5),
    tips: list(Tip, 30),
  });
}

/** A report of any model, as storage and export files keep it. */
export const Report = reportSchema(CriterionIdText, MessageKeyText);
export type Report<I extends string = string, K extends string = string> = z.infer<ReturnType<typeof reportSchema<I, K>>>;
export type FactorResult<I extends string = string, K extends string = string> = Report<I, K>['factors'][number];
export type CriterionResult<I extends string = string, K extends string = string> = FactorResult<I, K>['criteria'][number];
export type Tip<I extends string = string> = Report<I>['tips'][number];
export type MessageRef<K extends string = string> = NonNullable<CriterionResult<string, K>['detail']>;
