import { PROFILE_LABELS } from '../patterns/profiles';
import type { Draft } from './draft';
import { all, ev, one, textOf } from './dom';
import { joinedOf, ownSite } from './values';

// Label/value pairs: LinkedIn's About ("Website", "Industry", "Company size", "Headquarters",
// "Founded"; in Norwegian "Nettsted", "Bransje", "Hovedkontor", "Grunnlagt"), Mastodon's profile
// fields ("Website", "Joined"). Both print them as <dt>/<dd>; the label's words are data.

const LABELS = Object.entries(PROFILE_LABELS).map(([field, words]) => [field, new RegExp(`^(?:${words})\\s*:?$`, 'i')] as const);

export function readLabelValues(d: Draft, root: ParentNode | null): void {
  for (const dt of all(root, 'dt')) {
    const dd = dt.nextElementSibling;
    if (dd?.localName !== 'dd' || !d.own(dt)) continue;
    const label = textOf(dt, 80);
    const field = LABELS.find(([, re]) => re.test(label))?.[0];
    const value = textOf(dd, 300);
    const e = ev(dd, 'label', `${label}: ${value}`);
    if (field === 'website') {
      const a = one(dd, 'a[href]');
      d.set('website', ownSite(a?.getAttribute('href'), d.url.href, textOf(a)) ?? ownSite(/^https?:\/\//.test(value) ? value : null), e);
    } else if (field === 'joined') d.set('joined', joinedOf(value), e);
    else if (field === 'phone' || field === 'email') d.contact(field === 'phone' ? 'phones' : 'emails', value, e);
    else if (field) d.set(field as 'industry' | 'size' | 'location', value, e);
  }
}
