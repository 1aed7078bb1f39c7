import type { OfficialLink } from '../contracts/company';
import type { PageSignals } from '../contracts/page';
import { FACTOR_KEYS, type FactorKey, type Level } from '../contracts/report';
import { levelFor } from '../factors/model';
import type { Links, SiteRecord, Snapshot } from '../notes/schema';
import type { Seen } from '../notes/store';
import { siteOf } from '../site';
import { mean } from '../util/stats';
import { channelOfKey, profileOfUrl, siteChannel, type Channel } from './channel';

// Companies, derived from the channels' records (FACTORS.md "A company"): channels that link to
// each other — a site to its profiles, a profile to its website — are one company, unless the user
// put a channel somewhere else. The user's choice (a record's `company`) is the only thing stored
// about membership; everything else is found again from the links on every read, so detection
// can never overwrite what the user set, and a new link found tomorrow joins the channels it ties.

export interface CompanyChannel {
  channel: Channel;
  /** Its record, or null for a channel only known from another channel's link (not analysed yet). */
  record: SiteRecord | null;
  /** For a profile: how it is tied to a site of the company (confirmed, claimed), or null. */
  official: OfficialLink | null;
}

export interface Company {
  /** A pinned company's id (the user's), or "auto:<channel>" for one found from links alone. */
  id: string;
  name: string;
  /** The user named it or placed channels in it. */
  pinned: boolean;
  channels: CompanyChannel[];
}

/** What an analysis saw of the company's other channels: stored with the channel's record. */
export function seenOf(signals: PageSignals): Seen {
  const profile = signals.profile;
  if (signals.social) return { links: { profiles: [], website: profile?.website ?? null }, name: profile?.name ?? null };
  const profiles = [...new Set(signals.contact.socialProfiles.map((f) => f.value).filter((url) => profileOfUrl(url)))].slice(0, 50);
  return { links: { profiles, website: null }, name: signals.contact.organisationNames[0]?.value ?? null };
}

/** The channels a channel's links point to. */
function linked(channel: Channel, links: Links): Channel[] {
  if (channel.kind === 'site') return links.profiles.flatMap((url) => profileOfUrl(url) ?? []);
  const site = siteOf(links.website);
  return site ? [siteChannel(site)] : [];
}

/**
 * How a profile is tied to the company's sites, from what the records show and the profile's own
 * website link (`website`, as the current analysis read it, or its record's): confirmed when a
 * site links to the profile and the profile names that site; claimed when only one side does.
 */
export function officialLink(profileKey: string, website: string | null, records: readonly SiteRecord[]): OfficialLink | null {
  const named = siteOf(website);
  let claimedBySite: OfficialLink | null = null;
  for (const r of records) {
    const channel = channelOfKey(r.site);
    if (channel?.kind !== 'site') continue;
    const link = r.links.profiles.find((url) => profileOfUrl(url)?.key === profileKey);
    if (!link) continue;
    if (channel.site === named) return { status: 'confirmed', site: channel.site, fromSite: link, fromProfile: website, siteAnalysed: true };
    claimedBySite ??= { status: 'claimed', site: channel.site, fromSite: link, fromProfile: null, siteAnalysed: true };
  }
  if (claimedBySite) return claimedBySite;
  if (!named || !website) return null;
  const siteAnalysed = records.some((r) => r.site === named && r.lastReport !== null);
  return { status: 'claimed', site: named, fromSite: null, fromProfile: website, siteAnalysed };
}

class Sets {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(x, root);
    return root;
  }
  union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

const nameOf = (c: CompanyChannel) => c.record?.name ?? null;

/** All companies the records make, each with its channels (sites first), by name. */
export function groupCompanies(records: readonly SiteRecord[]): Company[] {
  const channels = new Map<string, CompanyChannel>();
  const edges: [string, string][] = [];
  const add = (channel: Channel, record: SiteRecord | null) => {
    const known = channels.get(channel.key);
    if (!known) channels.set(channel.key, { channel, record, official: null });
    else if (record) known.record = record;
  };
  for (const r of records) {
    const channel = channelOfKey(r.site);
    if (!channel) continue;
    add(channel, r);
    for (const other of linked(channel, r.links)) {
      add(other, null);
      edges.push([channel.key, other.key]);
    }
  }
  for (const c of channels.values())
    if (c.channel.kind === 'profile') c.official = officialLink(c.channel.key, c.record?.links.website ?? null, records);

  const pinOf = (key: string) => channels.get(key)?.record?.company ?? null;
  const sets = new Sets();
  // Links tie channels the user has not placed. A placed *site* pulls in the unplaced channels
  // linked with it (a profile found later joins its company); a placed profile pulls nothing — a
  // profile the user took out of a company must not take that company's site with it.
  const pulledInto = new Map<string, string>();
  const isSite = (key: string) => channels.get(key)?.channel.kind === 'site';
  for (const [a, b] of edges) {
    const [pa, pb] = [pinOf(a), pinOf(b)];
    if (!pa && !pb) sets.union(a, b);
    else if (pa && !pb && isSite(a)) pulledInto.set(b, pulledInto.get(b) ?? pa.id);
    else if (pb && !pa && isSite(b)) pulledInto.set(a, pulledInto.get(a) ?? pb.id);
  }
  // A whole unplaced group goes where any of its members was pulled.
  const groupTarget = new Map<string, string>();
  for (const [key, id] of [...pulledInto].sort(([a], [b]) => a.localeCompare(b))) {
    const root = sets.find(key);
    if (!groupTarget.has(root)) groupTarget.set(root, id);
  }

  const companies = new Map<string, Company>();
  const pinNames = new Map<string, { name: string; at: string }>();
  for (const c of channels.values()) {
    const pin = c.record?.company;
    if (pin && (!pinNames.has(pin.id) || pinNames.get(pin.id)!.at < pin.at)) pinNames.set(pin.id, { name: pin.name, at: pin.at });
  }
  for (const c of channels.values()) {
    const pin = c.record?.company ?? null;
    const root = sets.find(c.channel.key);
    const id = pin?.id ?? groupTarget.get(root) ?? `auto:${root}`;
    let company = companies.get(id);
    if (!company) {
      company = { id, name: '', pinned: pinNames.has(id), channels: [] };
      companies.set(id, company);
    }
    company.channels.push(c);
  }

  const result: Company[] = [];
  for (const company of companies.values()) {
    // A group of channels only known from links (every record of it moved elsewhere) is not a company.
    if (!company.channels.some((c) => c.record)) continue;
    company.channels.sort((a, b) => (a.channel.kind === b.channel.kind ? a.channel.key.localeCompare(b.channel.key) : a.channel.kind === 'site' ? -1 : 1));
    const firstSite = company.channels.find((c) => c.channel.kind === 'site' && c.record);
    company.name =
      pinNames.get(company.id)?.name ||
      (firstSite && nameOf(firstSite)) ||
      company.channels.map(nameOf).find(Boolean) ||
      (firstSite ?? company.channels.find((c) => c.record)!).channel.key;
    result.push(company);
  }
  return result.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** The company a channel belongs to, or null when it has none yet (never analysed, linked from nothing). */
export function companyOf(key: string, companies: readonly Company[]): Company | null {
  return companies.find((c) => c.channels.some((ch) => ch.channel.key === key)) ?? null;
}

const lastSnapshot = (record: SiteRecord | null): Snapshot | null => record?.history[record.history.length - 1] ?? null;

export interface CompanyFactor {
  key: FactorKey;
  /** Mean of the channels' last scores for the factor, or null when none could show it. */
  score: number | null;
  level: Level;
  /** The channels whose last analysis could rate the factor: the rating rests on them. */
  carriedBy: string[];
}

/**
 * The company's rating per factor across its channels: the mean of each channel's last known
 * score (FACTORS.md: the rating rests on the channels that could show it, and names them). A
 * channel that could not rate a factor (unknown) is left out of that factor rather than counted low.
 */
export function companyFactors(company: Company): CompanyFactor[] {
  return FACTOR_KEYS.map((key) =>
    factorAcross(
      key,
      company.channels.flatMap((c) => {
        const score = lastSnapshot(c.record)?.scores[key];
        return typeof score === 'number' ? [{ channel: c.channel.key, score }] : [];
      }),
    ),
  );
}

/** One factor across the channels that could rate it: their mean, naming them (also the audit's rule). */
export function factorAcross(key: FactorKey, carried: readonly { channel: string; score: number }[]): CompanyFactor {
  const score = mean(carried.map((c) => c.score));
  return { key, score, level: levelFor(score), carriedBy: carried.map((c) => c.channel) };
}

/** The mean of the known factors, as a page's overall is (FACTORS.md). */
export function companyOverall(factors: readonly CompanyFactor[]): { score: number | null; level: Level } {
  const score = mean(factors.flatMap((f) => (f.score === null ? [] : [f.score])));
  return { score, level: levelFor(score) };
}
