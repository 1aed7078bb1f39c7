import { finding } from '../helpers/signals';
import { judge, post, profile, thread } from './profile-builders';

// FACTORS.md "Profiles on social platforms" — credibility: verified / confirmed-owner mark (25),
// a real name and an about text that says what the company does (25), links to its own website
// (30; confirmed official when the site links back — not checked yet), posts in its own voice,
// not only reshares (20).

const ABOUT = 'Vi brenner kaffe i Bergen og sender den til hele landet';

describe('profile credibility: verified mark', () => {
  it('a verification mark is met, with its evidence for "Show on page"', () => {
    const r = judge('profile-verified', profile({ verified: true }));
    expect(r.status).toBe('met');
    expect(r.evidence).toEqual([expect.objectContaining({ snippet: 'verified: true' })]);
  });

  it('no mark is unmet', () => {
    expect(judge('profile-verified', profile({ verified: false })).status).toBe('unmet');
  });

  it('a page that cannot tell is unobservable, never a fail', () => {
    expect(judge('profile-verified', profile({ verified: null }))).toMatchObject({ status: 'unobservable', detail: { key: 'detail.verifiedUnknown' } });
  });
});

describe('profile credibility: a real name and an about text', () => {
  it('a name and an about text that says what the company does is met', () => {
    const r = judge('profile-about', profile({ name: 'Fjord Kaffe', about: ABOUT }));
    expect(r).toMatchObject({ status: 'met', detail: { key: 'detail.profileAbout', params: { name: 'Fjord Kaffe', about: ABOUT } } });
    expect(r.evidence).toHaveLength(2);
  });

  it('an about text too short to say anything is partial', () => {
    expect(judge('profile-about', profile({ name: 'Fjord Kaffe', about: '☕ Bergen' }))).toMatchObject({ status: 'partial', detail: { key: 'detail.profileShortAbout' } });
  });

  it('a name with no about text on the profile page is partial', () => {
    expect(judge('profile-about', profile({ name: 'Fjord Kaffe' }))).toMatchObject({ status: 'partial', detail: { key: 'detail.profileNoAbout' } });
  });

  it('an about text under a name of symbols only is partial', () => {
    expect(judge('profile-about', profile({ name: '☕☕☕', about: ABOUT }))).toMatchObject({ status: 'partial', detail: { key: 'detail.profileNoName' } });
  });

  it('neither is unmet', () => {
    expect(judge('profile-about', profile({ name: '☕' })).status).toBe('unmet');
  });

  it('a profile page whose name could not be read: its card was not read, so unobservable', () => {
    expect(judge('profile-about', profile({ name: null }))).toMatchObject({ status: 'unobservable', detail: { key: 'detail.cardUnread' } });
  });

  it('a post’s page shows no about text: unobservable there', () => {
    expect(judge('profile-about', profile({ pageType: 'post', name: 'Fjord Kaffe' }))).toMatchObject({ status: 'unobservable', detail: { key: 'detail.notProfilePage' } });
  });
});

describe('profile credibility: links to its own website', () => {
  it('a stated website is met, and the detail says the link back is not checked yet', () => {
    const r = judge('profile-own-site', profile({ website: 'https://fjordkaffe.no/' }));
    expect(r).toMatchObject({ status: 'met', detail: { key: 'detail.profileOwnSite', params: { website: 'https://fjordkaffe.no/' } } });
    expect(r.evidence).toHaveLength(1);
  });

  it('no website on the profile page is unmet', () => {
    expect(judge('profile-own-site', profile())).toMatchObject({ status: 'unmet', detail: { key: 'detail.profileNoWebsite' } });
  });

  it('no website on a post’s page is unobservable', () => {
    expect(judge('profile-own-site', profile({ pageType: 'post' })).status).toBe('unobservable');
  });
});

describe('profile credibility: posts in its own voice', () => {
  it('own posts among reshares are met', () => {
    const r = judge('profile-own-voice', profile({ posts: [post('2026-11-20'), post('2026-11-10', false), post('2026-11-01', false)] }));
    expect(r).toMatchObject({ status: 'met', detail: { params: { own: 1, count: 3 } } });
  });

  it('mostly reshares (under a quarter its own) is partial', () => {
    const posts = [post('2026-11-20'), ...['2026-11-19', '2026-11-18', '2026-11-17', '2026-11-16', '2026-11-15'].map((d) => post(d, false))];
    expect(judge('profile-own-voice', profile({ posts })).status).toBe('partial');
  });

  it('only reshares is unmet', () => {
    expect(judge('profile-own-voice', profile({ posts: [post('2026-11-10', false), post('2026-11-01', false)] })).status).toBe('unmet');
  });

  it('no posts shown is unobservable', () => {
    expect(judge('profile-own-voice', profile())).toMatchObject({ status: 'unobservable', detail: { key: 'detail.noPosts' } });
  });

  it('on a post’s page, others’ replies are not reshares: the account’s post is its own voice', () => {
    const page = thread('2026-11-20T10:00:00Z', [post('2026-11-20T11:00:00Z', false), post('2026-11-20T12:00:00Z', false)]);
    expect(judge('profile-own-voice', page).status).toBe('met');
  });

  it('contact details in the profile do not count as posts', () => {
    expect(judge('profile-own-voice', profile({ contact: { emails: [finding('hei@fjordkaffe.no')], phones: [], addresses: [] } })).status).toBe('unobservable');
  });
});
