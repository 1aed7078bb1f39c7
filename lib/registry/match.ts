import type { Evidence } from '../contracts/evidence';
import type { RegistryEntity } from '../contracts/company';
import { siteOf } from '../site';

// Comparing what the register says with what the page says: the name and the website.

// Legal-form words that a page leaves out and the register keeps ("Firma" / "FIRMA AS").
const LEGAL_FORMS = new Set(['as', 'asa', 'ans', 'da', 'sa', 'ba', 'nuf', 'enk', 'ks', 'ltd', 'limited', 'inc', 'llc', 'gmbh', 'ab', 'aps', 'oy']);

function nameWords(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w && !LEGAL_FORMS.has(w))
    .join(' ');
}

/** The same name, but for case, punctuation and the legal form ("Firma AS" = "FIRMA"). */
export function sameName(a: string, b: string): boolean {
  const x = nameWords(a);
  return x.length > 0 && x === nameWords(b);
}

/** Whether the registered website ("www.firma.no", "https://firma.no/") is the page's site. */
export function sameSite(website: string, pageUrl: string): boolean {
  const page = siteOf(pageUrl);
  const registered = siteOf(/^https?:\/\//i.test(website) ? website : `https://${website}`);
  return !!page && page === registered;
}

/** The register's entry as evidence: what it says, with no element on the page. */
export function registryEvidence(entity: RegistryEntity, snippet = `${entity.name ?? entity.orgNumber} (${entity.orgNumber})`): Evidence {
  return { snippet: snippet.slice(0, 300), selector: null, source: 'Enhetsregisteret' };
}

/** Whether the register says the entity is in trouble or gone: bankrupt, in liquidation, forcibly dissolved or deleted. */
export function registryWarnings(entity: RegistryEntity): ('bankrupt' | 'liquidation' | 'forcedDissolution' | 'deleted')[] {
  return [
    ...(entity.bankrupt ? (['bankrupt'] as const) : []),
    ...(entity.liquidation ? (['liquidation'] as const) : []),
    ...(entity.forcedDissolution ? (['forcedDissolution'] as const) : []),
    ...(entity.deleted ? (['deleted'] as const) : []),
  ];
}
