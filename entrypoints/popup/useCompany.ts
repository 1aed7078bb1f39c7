import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Channel } from '@/lib/companies/channel';
import { companyOf, groupCompanies, officialLink, seenOf, type Company } from '@/lib/companies/group';
import type { OfficialLink } from '@/lib/contracts/company';
import type { PageSignals } from '@/lib/contracts/page';
import { emptyRecord, type SiteRecord } from '@/lib/notes/schema';
import { listSites, SITE_KEY_PREFIX } from '@/lib/notes/store';

/**
 * The company the page's channel belongs to, and — for a profile — whether it is the company's
 * own (confirmed official, claimed). Read from all channels' records after the first paint, with
 * what this analysis saw in place of its channel's stored links (they are written a moment later),
 * and again whenever a record changes (another channel analysed in another window, the Sites page).
 */
export function useCompany(channel: Channel | null, signals: PageSignals | null): { company: Company | null; official: OfficialLink | null } {
  const [records, setRecords] = useState<SiteRecord[] | null>(null);

  useEffect(() => {
    if (!channel) return;
    let live = true;
    const load = () => void listSites().then(({ records }) => live && setRecords(records), () => undefined);
    load();
    // Other channels' records only: this channel's own is written on every keystroke in its notes,
    // and what it adds here (its links, its name) comes from the analysis in hand.
    const own = `${SITE_KEY_PREFIX}${channel.key}`;
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && Object.keys(changes).some((k) => k.startsWith(SITE_KEY_PREFIX) && k !== own && k !== `${own}$`)) load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [channel?.key]);

  const result = useMemo(() => {
    if (!channel || !signals || !records) return { company: null, official: null };
    const seen = seenOf(signals);
    const mine = records.find((r) => r.site === channel.key);
    const current = mine ? { ...mine, links: seen.links, name: seen.name ?? mine.name } : null;
    const all = current ? records.map((r) => (r === mine ? current : r)) : records;
    const companies = groupCompanies(current ? all : [...all, { ...emptyRecord(channel.key), links: seen.links, name: seen.name }]);
    const official = channel.kind === 'profile' ? officialLink(channel.key, seen.links.website, all) : null;
    return { company: companyOf(channel.key, companies), official };
  }, [channel?.key, signals, records]);
  // The same link, the same object: the popup re-scores when it changes, and the re-scored
  // analysis is stored, which reloads the records here — a new object each time would loop.
  const official = useRef<OfficialLink | null>(null);
  if (JSON.stringify(official.current) !== JSON.stringify(result.official)) official.current = result.official;
  return { company: result.company, official: official.current };
}

