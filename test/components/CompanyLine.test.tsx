import { render, screen } from '@testing-library/preact';
import { channelName, CompanyLine, fileSafe } from '@/components/CompanyLine';
import { LangContext } from '@/components/i18n';
import { WhatChanged } from '@/components/WhatChanged';
import { groupCompanies } from '@/lib/companies/group';
import { emptyRecord, type SiteRecord } from '@/lib/notes/schema';
import { translate, type Lang } from '@/lib/i18n';

const NOW = new Date('2026-11-26T12:00:00.000Z');
const LI = 'https://www.linkedin.com/company/fjord-kaffe/';
const snap = (at: string, overall: number) => ({ at, url: 'https://x/', model: null, overall, scores: {}, levels: {} });

const records: SiteRecord[] = [
  { ...emptyRecord('fjordkaffe.no'), name: 'Fjord Kaffe AS', links: { profiles: [LI, 'https://x.com/fjordkaffe'], website: null }, history: [snap('2026-11-26T09:00:00.000Z', 55)] },
  { ...emptyRecord('linkedin:fjord-kaffe'), links: { profiles: [], website: 'https://fjordkaffe.no/' }, history: [snap('2026-11-23T09:00:00.000Z', 80)] },
];
const company = groupCompanies(records)[0]!;

const inLang = (lang: Lang, ui: preact.ComponentChild) => render(<LangContext.Provider value={lang}>{ui}</LangContext.Provider>);

describe('CompanyLine', () => {
  it('names the company and its other channels with their last level and age, and whether a profile is official', () => {
    inLang('en', <CompanyLine company={company} current="fjordkaffe.no" official={null} now={NOW} />);
    expect(screen.getByRole('heading', { name: 'Company: Fjord Kaffe AS' })).toBeTruthy();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['LinkedIn fjord-kaffe: strong, analysed 3 days ago · Confirmed official', 'X @fjordkaffe: linked, not analysed yet · Claimed, not confirmed']);
    expect(screen.getByRole('link', { name: 'LinkedIn fjord-kaffe' }).getAttribute('href')).toBe('https://www.linkedin.com/company/fjord-kaffe/');
  });

  it('on a profile, says with both ends why it is confirmed official (nb)', () => {
    const official = company.channels.find((c) => c.channel.key === 'linkedin:fjord-kaffe')!.official;
    inLang('nb', <CompanyLine company={company} current="linkedin:fjord-kaffe" official={official} now={NOW} />);
    expect(screen.getByRole('heading').textContent).toBe('Bedrift: Fjord Kaffe AS');
    expect(document.querySelector('.company__this')!.textContent).toBe('Bekreftet offisiell — fjordkaffe.no lenker til denne profilen, og profilen lenker tilbake til fjordkaffe.no.');
    expect(screen.getAllByRole('listitem')[0]!.textContent).toBe('fjordkaffe.no: middels, analysert i dag');
  });

  it('shows nothing before the company is known', () => {
    const { container } = inLang('en', <CompanyLine company={null} current="fjordkaffe.no" official={null} now={NOW} />);
    expect(container.textContent).toBe('');
  });
});

describe('WhatChanged', () => {
  it('lists what got better and worse since the last analysis, in words, and marks a model change', () => {
    inLang('en', <WhatChanged change={{ since: '2026-11-12T10:00:00.000Z', at: NOW.toISOString(), modelChanged: true, criteria: [{ id: 'contact-page', was: 'unmet', now: 'met' }, { id: 'recency', was: 'met', now: 'unmet', detail: { key: 'detail.newest', params: { date: '2026-07-29', days: 120 } } }] }} />);
    expect(screen.getByRole('heading').textContent).toBe('Since 12 Nov 2026');
    const [better, worse] = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(better).toMatch(/^▲ Better — .*Contact.*: met \(was not met\)$/i);
    expect(worse).toMatch(/^▼ Worse — .*: not met \(was met\) — .*120/);
    expect(screen.getByText(/scoring model changed/)).toBeTruthy();
  });

  it('says so when nothing changed, and shows nothing without a previous analysis', () => {
    const { rerender, container } = inLang('nb', <WhatChanged change={{ since: '2026-11-12T10:00:00.000Z', at: NOW.toISOString(), modelChanged: false, criteria: [] }} />);
    expect(container.textContent).toContain('Ingenting i vurderingen av denne siden har endret seg.');
    rerender(<LangContext.Provider value="nb"><WhatChanged change={null} /></LangContext.Provider>);
    expect(container.textContent).toBe('');
  });
});

describe('a stored channel named for people and for files', () => {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('en', key, params);
  it('a profile by its platform and handle, a site by its hostname; a file name without a colon', () => {
    expect(channelName(t, 'linkedin:fjord-kaffe')).toBe('LinkedIn fjord-kaffe');
    expect(channelName(t, 'x:fjordkaffe')).toBe('X @fjordkaffe');
    expect(channelName(t, 'fjordkaffe.no')).toBe('fjordkaffe.no');
    expect(fileSafe('mastodon:fjord@snabelen.no')).toBe('mastodon-fjord@snabelen.no');
  });
});
