import { CRITERIA, MODEL, modelFor, PROFILE_CRITERIA, PROFILE_MODEL, scorePage } from '@/lib/factors';
import { makeSignals, NOW } from '../helpers/signals';
import { onPlatform, post, profile } from './profile-builders';

// A page on a social platform is scored with the profile model (FACTORS.md "Profiles on social
// platforms"), every other page with the page model.

const profileIds: string[] = PROFILE_CRITERIA.map((c) => c.id);
const pageIds: string[] = CRITERIA.map((c) => c.id);
const idsOf = (report: ReturnType<typeof scorePage>) => report.factors.flatMap((f) => f.criteria.map((c) => c.id));

describe('choosing the model', () => {
  it('a page with a profile is scored with the profile model, and says so', () => {
    const report = scorePage(onPlatform(profile({ name: 'Fjord Kaffe', verified: true })), NOW);
    expect(report.model).toBe(PROFILE_MODEL.version);
    expect(idsOf(report).sort()).toEqual([...profileIds].sort());
  });

  it('a platform page whose profile could not be read: the profile model, every criterion unobservable, every factor unknown', () => {
    const report = scorePage(onPlatform(null), NOW);
    expect(report.model).toBe(PROFILE_MODEL.version);
    expect(report.factors.flatMap((f) => f.criteria).every((c) => c.status === 'unobservable' && c.detail?.key === 'detail.noProfile')).toBe(true);
    expect(report.factors.map((f) => f.level)).toEqual(['unknown', 'unknown', 'unknown', 'unknown', 'unknown']);
    expect(report.overall).toEqual({ score: null, level: 'unknown' });
    expect(report.tips).toEqual([]);
  });

  it('any other page is scored with the page model', () => {
    const report = scorePage(makeSignals(), NOW);
    expect(report.model).toBe(MODEL.version);
    expect(idsOf(report).sort()).toEqual([...pageIds].sort());
    expect(modelFor(makeSignals())).toBe(MODEL);
  });

  it('the two models have versions of their own', () => {
    expect(PROFILE_MODEL.version).toMatch(/^m[0-9a-f]{8}$/);
    expect(PROFILE_MODEL.version).not.toBe(MODEL.version);
  });
});

describe('a whole profile', () => {
  const good = profile({
    name: 'Fjord Kaffe',
    verified: true,
    about: 'Vi brenner kaffe i Bergen og sender den til hele landet',
    website: 'https://fjordkaffe.no/',
    joined: '2015-02',
    industry: 'Food and Beverage',
    location: 'Bergen',
    contact: { emails: [{ value: 'hei@fjordkaffe.no', evidence: { snippet: 'hei@fjordkaffe.no', selector: null, source: 'profile' } }], phones: [], addresses: [] },
    messageButton: true,
    commentsOpen: true,
    typicallyReplies: 'Typically replies within an hour',
    posts: ['2026-11-24', '2026-10-10', '2026-09-01', '2026-07-15'].map((d) => post(d)),
  });

  it('a profile that shows everything is strong, with only its unobservable thread left out', () => {
    const report = scorePage(onPlatform(good), NOW);
    expect(report.factors.map((f) => [f.key, f.level])).toEqual([
      ['credibility', 'strong'],
      ['transparency', 'strong'],
      ['openness', 'strong'],
      ['responsiveness', 'strong'],
      ['longevity', 'strong'],
    ]);
    const unobservable = report.factors.flatMap((f) => f.criteria).filter((c) => c.status === 'unobservable').map((c) => c.id);
    expect(unobservable.sort()).toEqual(['profile-replies', 'profile-visible-comments']);
  });

  it('tips follow the profile’s criteria, ordered by the points they would win', () => {
    const report = scorePage(onPlatform(profile({ name: 'Fjord Kaffe', posts: [post('2026-11-24')] })), NOW);
    expect(report.tips.every((t) => profileIds.includes(t.criterion))).toBe(true);
    expect(report.tips[0]).toMatchObject({ criterion: 'profile-own-site', gain: 30 });
    const gains = report.tips.map((t) => t.gain);
    expect(gains).toEqual([...gains].sort((a, b) => b - a));
  });
});
