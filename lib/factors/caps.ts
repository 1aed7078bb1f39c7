import type { CompanyEvidence } from '../contracts/company';
import { registryEvidence, registryWarnings } from '../registry/match';
import type { Evidence } from '../contracts/evidence';
import type { SharedDetailKey } from './details';
import { LEVEL_THRESHOLDS, type FactorKey, type MessageRef } from './model';

// Facts that outweigh a factor's points. One rule today (FACTORS.md, "A company"): when the
// register says the company is bankrupt, in liquidation, under forced dissolution or deleted,
// its credibility is at most weak — whatever the page shows — and the register's entry is the
// evidence. A factor whose level is unknown stays unknown (the page could not show it; the
// popup's register card still warns).

export interface FactorCap {
  /** The highest score the factor may have. */
  max: number;
  detail: MessageRef<SharedDetailKey>;
  evidence: Evidence[];
}

const WARNING_DETAIL = {
  bankrupt: 'detail.capBankrupt',
  liquidation: 'detail.capLiquidation',
  forcedDissolution: 'detail.capForcedDissolution',
  deleted: 'detail.capDeleted',
} as const satisfies Record<ReturnType<typeof registryWarnings>[number], SharedDetailKey>;

/** The cap on a factor from what is known about the company, or null. */
export function capFor(key: FactorKey, company: CompanyEvidence): FactorCap | null {
  const entity = company.registry;
  if (key !== 'credibility' || !entity) return null;
  const warning = registryWarnings(entity)[0];
  if (!warning) return null;
  return {
    max: LEVEL_THRESHOLDS.fair - 1,
    detail: { key: WARNING_DETAIL[warning], params: { name: entity.name ?? entity.orgNumber, orgNumber: entity.orgNumber, date: entity.deleted ?? '' } },
    evidence: [registryEvidence(entity)],
  };
}
