import type { Draft } from './draft';
import { all, ev } from './dom';
import { classify } from './detect';
import { urlOf } from './url';
import { joinedOf, ownSite } from './values';

// schema.org data the platforms publish for a profile: X's ProfilePage (mainEntity Person,
// dateCreated, interactionStatistic FollowAction, relatedLink), LinkedIn's Organization (address,
// sameAs). Read only when it names the profile in the address bar: a single-page app keeps the
// head of the first page it loaded.

type Node = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v.trim() : null);
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

export function readJsonLd(d: Draft): void {
  for (const script of all(d.doc, 'script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const node of asList((data as Node)?.['@graph'] ?? data) as Node[]) {
      const page = /ProfilePage/.test(String(node?.['@type']));
      const entity = (page ? node.mainEntity : node) as Node | undefined;
      if (!entity || !/Person|Organization|Corporation|Business|Brand/.test(String(entity['@type']))) continue;
      const address = urlOf(str(entity.url) ?? str(node.url));
      if (!address || !d.is(classify(d.platform, address)[1])) continue;
      const e = (snippet: unknown) => ev(null, 'json-ld', String(snippet));
      d.set('name', str(entity.name), e(entity.name));
      d.set('about', str(entity.description)?.slice(0, 2000), e(entity.description));
      const created = str(node.dateCreated) ?? str(entity.foundingDate);
      d.set('joined', joinedOf(created), e(created));
      for (const link of [...asList(node.relatedLink), ...asList(entity.sameAs)]) {
        d.set('website', ownSite(str(link)), e(link));
      }
      for (const stat of asList(entity.interactionStatistic) as Node[]) {
        const n = Number(stat?.userInteractionCount);
        if (/FollowAction/.test(String(stat?.interactionType)) && Number.isSafeInteger(n) && n >= 0) {
          d.followers({ n, approx: false }, e(`${n} ${String(stat.name ?? 'followers')}`));
        }
      }
      const a = entity.address as Node | undefined;
      const place = a && ['streetAddress', 'postalCode', 'addressLocality', 'addressRegion', 'addressCountry'].map((k) => str(a[k])).filter(Boolean).join(', ');
      d.contact('addresses', place, e(place));
      d.contact('emails', str(entity.email), e(entity.email));
      d.contact('phones', str(entity.telephone), e(entity.telephone));
    }
  }
}
