import type { FactorKey } from './model';

// The one table of criteria and their weights (points), from FACTORS.md. Tune here, against the
// corpus benchmark; every id has an evaluator in its factor's file and strings in lib/i18n.
export const CRITERIA = [
  { id: 'author-named', factor: 'credibility', points: 30 },
  { id: 'author-profile', factor: 'credibility', points: 20 },
  { id: 'author-expertise', factor: 'credibility', points: 20 },
  { id: 'personal-tone', factor: 'credibility', points: 15 },
  { id: 'sources', factor: 'credibility', points: 15 },

  { id: 'contact-details', factor: 'transparency', points: 25 },
  { id: 'postal-address', factor: 'transparency', points: 15 },
  { id: 'organisation-named', factor: 'transparency', points: 15 },
  { id: 'about-page', factor: 'transparency', points: 20 },
  { id: 'privacy-policy', factor: 'transparency', points: 10 },
  { id: 'contact-page', factor: 'transparency', points: 15 },

  { id: 'comment-section', factor: 'openness', points: 30 },
  { id: 'open-commenting', factor: 'openness', points: 25 },
  { id: 'feedback-invited', factor: 'openness', points: 20 },
  { id: 'visible-comments', factor: 'openness', points: 15 },
  { id: 'open-channels', factor: 'openness', points: 10 },

  { id: 'owner-replies', factor: 'responsiveness', points: 35 },
  { id: 'reply-time', factor: 'responsiveness', points: 35 },
  { id: 'response-promise', factor: 'responsiveness', points: 15 },
  { id: 'fast-channels', factor: 'responsiveness', points: 15 },

  { id: 'history', factor: 'longevity', points: 30 },
  { id: 'recency', factor: 'longevity', points: 25 },
  { id: 'cadence', factor: 'longevity', points: 20 },
  { id: 'copyright-current', factor: 'longevity', points: 10 },
  { id: 'follow-feed', factor: 'longevity', points: 15 },
] as const satisfies readonly { id: string; factor: FactorKey; points: number }[];

export type CriterionId = (typeof CRITERIA)[number]['id'];
