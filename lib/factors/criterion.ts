import type { PageSignals } from '../contracts/page';
import type { CompanyEvidence } from '../contracts/company';
import type { SiteEvidence } from '../contracts/site';
import type { SharedDetailKey } from './details';
import type { FactorKey, Verdict } from './model';
import type { CriterionStrings, DetailKeyOf } from './strings';

// A criterion, as each file in criteria/ declares it (Lighthouse's audit meta, in one object):
//
//   export const en = { title, tip, 'detail.x': … } satisfies CriterionStrings;
//   export const nb: Translation<typeof en> = { … };
//   export default { id, factor, points, reads, evaluate } as const satisfies Criterion<typeof en>;
//
// `satisfies Criterion<typeof en>` makes a detail the evaluate returns without a string in `en`
// (or details.ts) a type error. The definition never refers to `en`/`nb` by value: that keeps
// the words out of the popup's main bundle (lib/i18n/en.ts).

/**
 * What a criterion reads: a part of the page's signals, 'site' — what the rest of the site showed —
 * or 'company' — what the company's other channels and the register say (contracts/company.ts).
 */
export type Input = keyof PageSignals | 'site' | 'company';

export interface Criterion<S extends CriterionStrings = CriterionStrings> {
  /** The file's name: lib/factors/criteria/<id>.ts. */
  readonly id: string;
  readonly factor: FactorKey;
  /** Its weight: a factor's criteria add up to 100 (FACTORS.md, "Starting weights"). */
  readonly points: number;
  readonly reads: readonly Input[];
  /** The numbers its rule turns on (FACTORS.md's thresholds); part of the model version. */
  readonly limits?: Readonly<Record<string, number>>;
  /**
   * Met / partial / unmet / unobservable, with the evidence: a pure function of the page's
   * signals, the day of analysis and, when known, the rest of the site and the company.
   */
  evaluate(signals: PageSignals, now: Date, site: SiteEvidence | null, company: CompanyEvidence): Verdict<DetailKeyOf<S> | SharedDetailKey>;
}

/** The detail keys a criterion's evaluate can return. */
export type DetailKeys<C extends Criterion> = NonNullable<ReturnType<C['evaluate']>['detail']>['key'];
