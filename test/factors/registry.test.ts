import type { CompanyEvidence, RegistryEntity } from '@/lib/contracts/company';
import { scoreFactor, scorePage } from '@/lib/factors';
import { finding, makeSignals, NOW } from '../helpers/signals';

// What the register's entry does to the score (FACTORS.md, "A company"): the name and website
// confirm the organisation (transparency), the founding date counts as history (longevity), and
// bankruptcy, liquidation, forced dissolution or deletion cap credibility at weak.

const ORGNR = '923609016';
const entity = (parts: Partial<RegistryEntity> = {}): RegistryEntity => ({
  orgNumber: ORGNR, name: 'FJORDTRE SNEKKERI AS', form: 'Aksjeselskap', founded: '2019-09-15', registered: '2019-10-02', website: 'www.firma.example',
  bankrupt: false, liquidation: false, forcedDissolution: false, deleted: null, source: `https://data.brreg.no/enhetsregisteret/api/enheter/${ORGNR}`, fetchedAt: NOW.toISOString(), ...parts,
});
const company = (parts: Partial<RegistryEntity> = {}): CompanyEvidence => ({ official: null, registry: entity(parts) });
// The page (https://firma.example/…) shows the number; `names` are the organisation names it gives.
const page = (names: string[] = []) => makeSignals({ contact: { orgNumbers: [finding(ORGNR)], organisationNames: names.map(finding) } });
const criterionOf = (factor: Parameters<typeof scoreFactor>[0], id: string, signals = page(), evidence?: CompanyEvidence) =>
  scoreFactor(factor, signals, NOW, null, evidence).criteria.find((c) => c.id === id)!;

describe('transparency: organisation-named with the register', () => {
  it('the registered name matches the page’s (legal form and case aside): met, with the register as evidence', () => {
    const c = criterionOf('transparency', 'organisation-named', page(['Fjordtre Snekkeri']), company({ website: 'www.other.example' }));
    expect(c.status).toBe('met');
    expect(c.detail).toEqual({ key: 'detail.registryName', params: { orgNumber: ORGNR, name: 'FJORDTRE SNEKKERI AS' } });
    expect(c.evidence.map((e) => e.source)).toContain('Enhetsregisteret');
  });

  it('the registered website is this site: met, said so', () => {
    const c = criterionOf('transparency', 'organisation-named', page(['Something Else']), company({ website: 'https://www.firma.example/' }));
    expect(c.status).toBe('met');
    expect(c.detail?.key).toBe('detail.registryWebsite');
  });

  it('another name and another website: partial, the mismatch in the detail', () => {
    const c = criterionOf('transparency', 'organisation-named', page(['Something Else']), company({ website: 'www.other.example' }));
    expect(c.status).toBe('partial');
    expect(c.detail).toEqual({ key: 'detail.registryWebsiteDiffers', params: { orgNumber: ORGNR, name: 'FJORDTRE SNEKKERI AS', website: 'www.other.example' } });
    const noSite = criterionOf('transparency', 'organisation-named', page(['Something Else']), company({ website: null }));
    expect(noSite.status).toBe('partial');
    expect(noSite.detail?.params).toMatchObject({ pageName: 'Something Else' });
  });

  it('nothing to compare: met, the register confirming the number', () => {
    expect(criterionOf('transparency', 'organisation-named', page(), company({ website: null })).detail?.key).toBe('detail.registryOnly');
  });

  it('an entry for a number the page does not show is ignored', () => {
    const c = criterionOf('transparency', 'organisation-named', makeSignals(), company());
    expect(c.status).toBe('unmet');
  });
});

describe('longevity: history with the register', () => {
  it('founded two years or more ago: met, with the founding date and the register as evidence', () => {
    const c = criterionOf('longevity', 'history', page(), company({ founded: '2024-11-26' }));
    expect(c.status).toBe('met');
    expect(c.detail).toEqual({ key: 'detail.historyFounded', params: { date: '2024-11-26' } });
    expect(c.evidence[0]?.source).toBe('Enhetsregisteret');
  });

  it('founded less than two years ago counts for nothing; the registration date stands in for a missing founding date', () => {
    expect(criterionOf('longevity', 'history', page(), company({ founded: '2024-11-27', registered: '2024-11-27' })).status).toBe('unmet');
    expect(criterionOf('longevity', 'history', page(), company({ founded: null, registered: '2020-01-01' })).detail?.key).toBe('detail.historyFounded');
  });
});

describe('credibility: capped at weak by the register’s warning', () => {
  // Every credibility criterion met: strong on its own.
  const strong = makeSignals({
    contact: { orgNumbers: [finding(ORGNR)] },
    authors: [{ name: 'Kari Nordmann', url: 'https://firma.example/kari', role: 'Daglig leder', bio: 'Tjue år som snekker.', evidence: finding('Kari').evidence }],
    engagement: { firstPerson: { count: 20, perThousand: 20, examples: [] }, sources: { count: 5, examples: [finding('https://kilde.example/')] } },
  } as never);

  it('without a warning the register changes nothing here', () => {
    const plain = scorePage(strong, NOW).factors.find((f) => f.key === 'credibility')!;
    const withEntry = scorePage(strong, NOW, null, company()).factors.find((f) => f.key === 'credibility')!;
    expect(withEntry).toEqual(plain);
    expect(withEntry.cap).toBeUndefined();
  });

  it.each([
    ['bankrupt', { bankrupt: true }, 'detail.capBankrupt'],
    ['in liquidation', { liquidation: true }, 'detail.capLiquidation'],
    ['under forced dissolution', { forcedDissolution: true }, 'detail.capForcedDissolution'],
    ['deleted', { deleted: '2024-06-01' }, 'detail.capDeleted'],
  ] as const)('%s: at most weak, the warning as its evidence; the criteria keep their own verdicts', (_name, parts, key) => {
    const plain = scorePage(strong, NOW).factors.find((f) => f.key === 'credibility')!;
    const capped = scorePage(strong, NOW, null, company(parts)).factors.find((f) => f.key === 'credibility')!;
    expect(plain.score).toBeGreaterThanOrEqual(40);
    expect(capped.level).toBe('weak');
    expect(capped.score).toBe(39);
    expect(capped.cap?.detail.key).toBe(key);
    expect(capped.cap?.evidence[0]?.source).toBe('Enhetsregisteret');
    expect(capped.criteria).toEqual(plain.criteria);
  });

  it('only credibility is capped, and an unknown credibility stays unknown', () => {
    const report = scorePage(page(), NOW, null, company({ bankrupt: true }));
    expect(report.factors.filter((f) => f.cap).map((f) => f.key)).toEqual(report.factors.find((f) => f.key === 'credibility')!.score === null ? [] : ['credibility']);
    for (const f of report.factors) if (f.key !== 'credibility') expect(f.cap).toBeUndefined();
  });
});
