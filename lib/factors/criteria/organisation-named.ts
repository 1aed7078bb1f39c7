import type { CompanyEvidence } from '../../contracts/company';
import type { PageSignals } from '../../contracts/page';
import { registryEvidence, sameName, sameSite } from '../../registry/match';
import type { Criterion } from '../criterion';
import type { CriterionStrings, Translation } from '../strings';
import { ev, met, orSite, partial, presence, siteContact } from '../verdicts';

export const en = {
  title: 'The organisation is named',
  tip: 'Name the company behind the site, with its legal name and organisation number.',
  'detail.registryName': 'Enhetsregisteret: {orgNumber} is “{name}”, the name the page gives',
  'detail.registryWebsite': 'Enhetsregisteret: {orgNumber} is “{name}”, with this site as its website',
  'detail.registryOnly': 'Enhetsregisteret: {orgNumber} is “{name}”',
  'detail.registryNameDiffers': 'Enhetsregisteret: {orgNumber} is “{name}”, but the page names “{pageName}”',
  'detail.registryWebsiteDiffers': 'Enhetsregisteret: {orgNumber} is “{name}” with the website {website}, not this site',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Virksomheten er navngitt',
  tip: 'Navngi bedriften bak nettstedet, med juridisk navn og organisasjonsnummer.',
  'detail.registryName': 'Enhetsregisteret: {orgNumber} er «{name}», navnet siden oppgir',
  'detail.registryWebsite': 'Enhetsregisteret: {orgNumber} er «{name}», med dette nettstedet som hjemmeside',
  'detail.registryOnly': 'Enhetsregisteret: {orgNumber} er «{name}»',
  'detail.registryNameDiffers': 'Enhetsregisteret: {orgNumber} er «{name}», men siden oppgir «{pageName}»',
  'detail.registryWebsiteDiffers': 'Enhetsregisteret: {orgNumber} er «{name}» med hjemmesiden {website}, ikke dette nettstedet',
};

/**
 * With the register's entry (the user looked the page's organisation number up): the register
 * confirms who the organisation is. Its name against the page's and its website against the site:
 * either one agreeing, or nothing to compare, is met with the register as evidence; the register
 * contradicting the page (another name, another website, and neither agreeing) is partial, said so.
 */
function withRegistry(s: PageSignals, company: CompanyEvidence) {
  const entity = company.registry;
  if (!entity || !s.contact.orgNumbers.some((n) => n.value === entity.orgNumber)) return null;
  const evidence = [...ev(s.contact.orgNumbers.filter((n) => n.value === entity.orgNumber), 1), registryEvidence(entity)];
  const params = { orgNumber: entity.orgNumber, name: entity.name ?? '' };
  const pageNames = s.contact.organisationNames.map((n) => n.value);
  const nameAgrees = !!entity.name && pageNames.some((n) => sameName(n, entity.name!));
  const siteAgrees = !!entity.website && sameSite(entity.website, s.url);
  if (nameAgrees) return met(evidence, { key: 'detail.registryName', params });
  if (siteAgrees) return met(evidence, { key: 'detail.registryWebsite', params });
  if (entity.website) return partial(evidence, { key: 'detail.registryWebsiteDiffers', params: { ...params, website: entity.website } });
  if (entity.name && pageNames.length) return partial(evidence, { key: 'detail.registryNameDiffers', params: { ...params, pageName: pageNames[0]! } });
  return met(evidence, { key: 'detail.registryOnly', params });
}

/**
 * FACTORS.md, transparency: the organisation is named (legal name, organisation number,
 * Organization data) — and, when the user looked it up, what the register says about it
 * (FACTORS.md, "A company").
 */
export default {
  id: 'organisation-named',
  factor: 'transparency',
  points: 15,
  reads: ['contact', 'site', 'company', 'url'],
  evaluate: (s, _now, site, company) =>
    withRegistry(s, company) ?? orSite(presence([...s.contact.orgNumbers, ...s.contact.organisationNames]), siteContact(site, (c) => c.organisation)),
} as const satisfies Criterion<typeof en>;
