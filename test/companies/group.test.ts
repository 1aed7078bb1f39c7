import { describe, expect, it } from 'vitest';
import { companyFactors, companyOf, companyOverall, groupCompanies, officialLink, seenOf } from '@/lib/companies/group';
import { moveChannel, pinCompany, separateChannel } from '@/lib/companies/edit';
import { emptyRecord, type SiteRecord } from '@/lib/notes/schema';
import { finding, makeSignals } from '../helpers/signals';

const NOW = new Date('2026-11-26T12:00:00.000Z');
const LI = 'https://www.linkedin.com/company/fjord-kaffe/';
const X = 'https://x.com/fjordkaffe';

function site(key: string, profiles: string[], extra: Partial<SiteRecord> = {}): SiteRecord {
  return { ...emptyRecord(key), links: { profiles, website: null }, history: [snap(60)], ...extra };
}
function profile(key: string, website: string | null, extra: Partial<SiteRecord> = {}): SiteRecord {
  return { ...emptyRecord(key), links: { profiles: [], website }, history: [snap(80)], ...extra };
}
function snap(score: number | null, scores: SiteRecord['history'][number]['scores'] = { credibility: score, transparency: score, openness: null }) {
  return { at: NOW.toISOString(), url: 'https://x/', model: null, overall: score, scores, levels: {} };
}
const fakeReport: SiteRecord['lastReport'] = { url: 'https://fjordkaffe.no/', analysedAt: NOW.toISOString(), partial: false, model: null, overall: { score: 50, level: 'fair' }, factors: [], tips: [] };
const keysOf = (records: SiteRecord[]) => groupCompanies(records).map((c) => c.channels.map((ch) => ch.channel.key));

describe('channels that link to each other are one company', () => {
  it('a site and the profiles it links to, and a profile and the site it names', () => {
    const records = [site('fjordkaffe.no', [LI]), profile('x:fjordkaffe', 'https://www.fjordkaffe.no/'), site('other.no', [])];
    expect(keysOf(records)).toEqual([['fjordkaffe.no', 'linkedin:fjord-kaffe', 'x:fjordkaffe'], ['other.no']]);
  });

  it('a profile only linked from the site is listed as a channel not analysed yet', () => {
    const [company] = groupCompanies([site('fjordkaffe.no', [LI])]);
    expect(company!.channels.map((c) => [c.channel.key, c.record !== null])).toEqual([['fjordkaffe.no', true], ['linkedin:fjord-kaffe', false]]);
  });

  it('is named after the site’s organisation name, else a profile’s name, else the site', () => {
    expect(groupCompanies([site('a.no', [LI], { name: 'Fjord Kaffe AS' }), profile('linkedin:fjord-kaffe', null, { name: 'Fjord Kaffe' })])[0]!.name).toBe('Fjord Kaffe AS');
    expect(groupCompanies([site('a.no', [LI]), profile('linkedin:fjord-kaffe', null, { name: 'Fjord Kaffe' })])[0]!.name).toBe('Fjord Kaffe');
    expect(groupCompanies([site('a.no', [])])[0]!.name).toBe('a.no');
  });
});

describe('confirmed official or claimed', () => {
  it('confirmed when the site links to the profile and the profile links back, with both ends', () => {
    const records = [site('fjordkaffe.no', [LI]), profile('linkedin:fjord-kaffe', 'https://fjordkaffe.no')];
    expect(officialLink('linkedin:fjord-kaffe', 'https://fjordkaffe.no', records)).toEqual({ status: 'confirmed', site: 'fjordkaffe.no', fromSite: LI, fromProfile: 'https://fjordkaffe.no', siteAnalysed: true });
    expect(groupCompanies(records)[0]!.channels[1]!.official?.status).toBe('confirmed');
  });

  it('claimed when only the site links to it, or only the profile names the site', () => {
    expect(officialLink('linkedin:fjord-kaffe', null, [site('fjordkaffe.no', [LI])])).toMatchObject({ status: 'claimed', fromSite: LI, fromProfile: null });
    // The site was analysed and does not link to this profile: the claim is one-sided, and known to be.
    expect(officialLink('x:fjordkaffe', 'https://fjordkaffe.no/', [site('fjordkaffe.no', [LI], { lastReport: fakeReport })])).toMatchObject({ status: 'claimed', site: 'fjordkaffe.no', fromSite: null, siteAnalysed: true });
    expect(officialLink('x:fjordkaffe', 'https://unseen.no/', [site('fjordkaffe.no', [LI])])).toMatchObject({ status: 'claimed', site: 'unseen.no', siteAnalysed: false });
    // The site links to the profile, but the profile names another site.
    expect(officialLink('linkedin:fjord-kaffe', 'https://elsewhere.no', [site('fjordkaffe.no', [LI])])).toMatchObject({ status: 'claimed', site: 'fjordkaffe.no' });
    expect(officialLink('x:nobody', null, [site('fjordkaffe.no', [LI])])).toBeNull();
  });
});

describe('what the user sets is never overwritten by detection', () => {
  const records = [site('fjordkaffe.no', [LI, X]), profile('linkedin:fjord-kaffe', 'https://fjordkaffe.no'), profile('x:fjordkaffe', null), site('bakeri.no', [])];

  it('a channel taken out stays out, although the site still links to it', () => {
    const [pin] = separateChannel('x:fjordkaffe', 'Someone else', NOW);
    const moved = records.map((r) => (r.site === pin!.key ? { ...r, company: pin!.pin } : r));
    const companies = groupCompanies(moved);
    expect(companyOf('x:fjordkaffe', companies)!.name).toBe('Someone else');
    expect(companyOf('fjordkaffe.no', companies)!.channels.map((c) => c.channel.key)).toEqual(['fjordkaffe.no', 'linkedin:fjord-kaffe']);
  });

  it('a channel moved into another company goes there; its company keeps the rest', () => {
    const target = companyOf('bakeri.no', groupCompanies(records))!;
    const pins = moveChannel('linkedin:fjord-kaffe', target, NOW);
    const pinned = records.map((r) => {
      const p = pins.find((x) => x.key === r.site);
      return p ? { ...r, company: p.pin } : r;
    });
    const companies = groupCompanies(pinned);
    expect(companyOf('linkedin:fjord-kaffe', companies)!.channels.map((c) => c.channel.key)).toEqual(['bakeri.no', 'linkedin:fjord-kaffe']);
    expect(companyOf('fjordkaffe.no', companies)!.channels.map((c) => c.channel.key)).toEqual(['fjordkaffe.no', 'x:fjordkaffe']);
  });

  it('a renamed company keeps its name and members; a channel found later that links to it joins it', () => {
    const company = companyOf('fjordkaffe.no', groupCompanies(records))!;
    const { pins } = pinCompany(company, 'Fjord Kaffe', NOW);
    const pinned = records.map((r) => ({ ...r, company: pins.find((p) => p.key === r.site)?.pin ?? r.company }));
    const later = [...pinned, profile('youtube:@fjordkaffe', 'https://fjordkaffe.no/')];
    const after = companyOf('youtube:@fjordkaffe', groupCompanies(later))!;
    expect(after.name).toBe('Fjord Kaffe');
    expect(after.pinned).toBe(true);
    expect(after.channels.map((c) => c.channel.key)).toContain('fjordkaffe.no');
  });
});

describe('the company’s rating per factor rests on the channels that could show it', () => {
  it('the mean of the channels that rated the factor, named; unknown ones left out', () => {
    const records = [
      site('fjordkaffe.no', [LI], { history: [snap(60, { credibility: 60, openness: 30, longevity: null })] }),
      profile('linkedin:fjord-kaffe', null, { history: [snap(90, { credibility: 90, openness: null })] }),
    ];
    const factors = companyFactors(groupCompanies(records)[0]!);
    const by = Object.fromEntries(factors.map((f) => [f.key, f]));
    expect(by.credibility).toEqual({ key: 'credibility', score: 75, level: 'strong', carriedBy: ['fjordkaffe.no', 'linkedin:fjord-kaffe'] });
    expect(by.openness).toEqual({ key: 'openness', score: 30, level: 'weak', carriedBy: ['fjordkaffe.no'] });
    expect(by.longevity).toEqual({ key: 'longevity', score: null, level: 'unknown', carriedBy: [] });
    expect(companyOverall(factors)).toEqual({ score: 53, level: 'fair' });
  });
});

describe('what an analysis saw of the other channels', () => {
  it('a site: the profiles it links to (not other links), and its organisation name', () => {
    const signals = makeSignals({ contact: { socialProfiles: [finding(LI), finding('https://x.com/fjordkaffe/status/1'), finding(LI)], organisationNames: [finding('Fjord Kaffe AS')] } });
    expect(seenOf(signals)).toEqual({ links: { profiles: [LI], website: null }, name: 'Fjord Kaffe AS' });
  });
});
