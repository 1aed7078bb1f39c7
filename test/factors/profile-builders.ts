import type { PageSignals } from '@/lib/contracts/page';
import { PROFILE_FIELDS, type ProfilePost, type ProfileSignals } from '@/lib/contracts/profile';
import { ev, finding, makeSignals, NOW } from '../helpers/signals';
import { PROFILE_CRITERIA, type CriterionId, type CriterionResult, type FactorKey } from '@/lib/factors';
import { blankProfile } from '@/lib/profiles/draft';
import { criterion } from './builders';

// Made-up profiles for the profile criteria's tests: literal ProfileSignals, no DOM, no saved page.

/** A company's profile as a reader would report it: its name and nothing else but what `parts` says; each field given gets its evidence. */
export function profile(parts: Partial<ProfileSignals> = {}): ProfileSignals {
  const p: ProfileSignals = { ...blankProfile('x', 'profile', 'https://x.com/fjordkaffe', 'fjordkaffe'), name: 'Fjord Kaffe', ...parts };
  const evidence = { ...p.evidence };
  for (const field of PROFILE_FIELDS) if (p[field] !== null && p[field] !== undefined && !evidence[field]) evidence[field] = ev(`${field}: ${String(p[field])}`, 'profile');
  return { ...p, evidence };
}

/** The signals of a social platform's page showing that profile (null: a platform page whose profile could not be read). */
export function onPlatform(p: ProfileSignals | null): PageSignals {
  return makeSignals({ url: p?.url ?? 'https://x.com/fjordkaffe', social: p?.platform ?? 'x', profile: p });
}

/** A post shown on the page: the account's own unless said otherwise. */
export function post(date: string, byAccount = true, parts: Partial<ProfilePost> = {}): ProfilePost {
  return { date, byAccount, evidence: ev(`${byAccount ? '@fjordkaffe' : '@someone'} ${date}`, 'post'), ...parts };
}

/** A post's page: the account's post (`at`), then the replies under it, in any order. */
export function thread(at: string, replies: ProfilePost[], parts: Partial<ProfileSignals> = {}): ProfileSignals {
  const accountReplies = replies.filter((r) => r.byAccount).length;
  return profile({ pageType: 'post', url: 'https://x.com/fjordkaffe/status/1', posts: [post(at, true, { repliesByAccount: accountReplies }), ...replies], ...parts });
}

const PROFILE_FACTOR: Partial<Record<CriterionId, FactorKey>> = Object.fromEntries(PROFILE_CRITERIA.map((c) => [c.id, c.factor]));

/** One profile criterion's result on a page showing the profile. */
export function judge(id: CriterionId, p: ProfileSignals | null, now: Date = NOW): CriterionResult {
  const factor = PROFILE_FACTOR[id];
  if (!factor) throw new Error(`${id} is not a profile criterion`);
  return criterion(factor, id, onPlatform(p), now);
}


export { ev, finding, NOW };
