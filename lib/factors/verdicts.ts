import type { Evidence, Finding } from '../contracts/page';
import type { SiteEvidence } from '../contracts/site';
import type { MessageRef, Verdict } from './model';

// Building blocks for the criteria's evaluate functions.

export const met = <K extends string = never>(evidence: Evidence[] = [], detail?: MessageRef<K>): Verdict<K> => ({ status: 'met', evidence, ...(detail ? { detail } : {}) });
export const partial = <K extends string = never>(evidence: Evidence[] = [], detail?: MessageRef<K>, share = 0.5): Verdict<K> => ({ status: 'partial', share, evidence, ...(detail ? { detail } : {}) });
export const unmet = <K extends string = never>(detail?: MessageRef<K>, evidence: Evidence[] = []): Verdict<K> => ({ status: 'unmet', evidence, ...(detail ? { detail } : {}) });
export const unobservable = <K extends string = never>(detail: MessageRef<K>): Verdict<K> => ({ status: 'unobservable', evidence: [], detail });

/** The evidence of the first few findings. */
export const ev = (findings: readonly Finding[], max = 3): Evidence[] => findings.slice(0, max).map((f) => f.evidence);

/** Met when anything was found, with what was found; unmet otherwise. */
export const presence = (findings: readonly Finding[]): Verdict<never> => (findings.length ? met(ev(findings)) : unmet());

export const siteLevel = <K extends string>(verdict: Verdict<K>): Verdict<K> => ({ ...verdict, siteLevel: true });

/** The page's own verdict, upgraded by what the rest of the site showed where the page falls short. */
export function orSite<A extends string, B extends string>(page: Verdict<A>, site: Verdict<B> | null): Verdict<A | B> {
  if (!site) return page;
  const rank = { met: 3, partial: 2, unmet: 1, unobservable: 0 } as const;
  return rank[site.status] > rank[page.status] ? siteLevel(site) : page;
}

/** Met with what another page of the site showed (its contact or about page), or null. */
export function siteContact(site: SiteEvidence | null, pick: (c: SiteEvidence['contact']) => Finding[]): Verdict<never> | null {
  const found = site ? pick(site.contact) : [];
  return found.length ? met(ev(found)) : null;
}
