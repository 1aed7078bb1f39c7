import { int, list, num, text, z } from '../schema-kit';
import { Evidence, Finding } from './page';

// The site artifact: what "Check the whole site" fetches in the page (FetchedBodies, checked when
// it crosses back to the popup or the CLI), the evidence built from it (SiteEvidence, kept in
// storage for 24 hours and read by the scoring), and the summary the CLI prints.

/** At most 8 requests and 5 seconds per check; every body at most 1 MB. */
export const SITE_LIMITS = { maxRequests: 8, totalMs: 5_000, maxBytes: 1_000_000 } as const;

export const SourceKind = z.enum(['blogger-posts', 'blogger-comments', 'wp-posts', 'wp-comments', 'feed', 'contact', 'about', 'privacy']);
export type SourceKind = z.infer<typeof SourceKind>;

/** Contact details another page of the site shows, read in the page by the analyser's gatherers. */
export const ContactFound = z.object({ emails: list(Finding, 5), phones: list(Finding, 5), addresses: list(Finding, 5), organisation: list(Finding, 5) });
export type ContactFound = z.infer<typeof ContactFound>;

/** What crosses from the page back to the popup: checked like everything else that does. */
export const FetchedBodies = list(
  z.object({
    url: text(4000),
    status: z.int(),
    contentType: text(100),
    text: text(SITE_LIMITS.maxBytes * 4),
    truncated: z.boolean(),
    error: z.nullable(text(200)),
    contact: z.optional(z.nullable(ContactFound)),
  }),
  SITE_LIMITS.maxRequests,
);
export type FetchedBodies = z.infer<typeof FetchedBodies>;
export type FetchedBody = FetchedBodies[number];

const Iso = text(40);

export const SiteEvidence = z.object({
  site: text(253),
  scannedAt: Iso,
  requests: int(0, SITE_LIMITS.maxRequests),
  timedOut: z.boolean(),
  cancelled: z.boolean(),
  sources: list(z.object({ kind: SourceKind, url: text(4000), ok: z.boolean(), problem: z.nullable(text(200)) }), SITE_LIMITS.maxRequests),
  replies: z.nullable(
    z.object({
      readerComments: int(0),
      answered: int(0),
      share: z.nullable(num(0, 1)),
      medianHours: z.nullable(num(0)),
      evidence: z.nullable(Evidence),
    }),
  ),
  activity: z.object({ first: z.nullable(Iso), last: z.nullable(Iso), activeMonths24: int(0, 25), dated: int(0), evidence: z.nullable(Evidence) }),
  contact: z.object({
    emails: list(Finding, 20),
    phones: list(Finding, 20),
    addresses: list(Finding, 20),
    organisation: list(Finding, 20),
  }),
});
export type SiteEvidence = z.infer<typeof SiteEvidence>;

/** The stable summary `npm run score -- --site --json` prints (null where unknown). */
export interface SiteSummary {
  requests: number;
  /** The check hit its time limit: the figures rest on what arrived before it. */
  timedOut: boolean;
  ownerReplyMedianHours: number | null;
  ownerReplyShare: number | null;
  firstActivity: string | null;
  lastActivity: string | null;
  activeMonths24: number | null;
}
