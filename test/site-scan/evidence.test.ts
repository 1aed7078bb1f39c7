import { scorePage } from '@/lib/factors';
import { SITE_LIMITS, type FetchedBody } from '@/lib/contracts/site';
import { buildSiteEvidence, measureActivity, measureReplies, planSiteScan, type PlannedRequest } from '@/lib/site-scan/evidence';
import { readContactPage } from '@/lib/site-scan/page-side';
import type { FeedComment } from '@/lib/site-scan/feeds';
import { makeSignals, NOW } from '../helpers/signals';

const c = (id: string, published: string, byOwner = false, parentId: string | null = null): FeedComment => ({ id, postId: '1', parentId, published, author: null, byOwner });
const body = (url: string, text: string, extra: Partial<FetchedBody> = {}): FetchedBody => ({ url, status: 200, contentType: 'application/json', text, truncated: false, error: null, ...extra });

describe('planning a site check', () => {
  it('asks a WordPress site for its REST posts and comments, and its contact pages, same origin only', () => {
    const signals = makeSignals({
      url: 'https://firma.example/blogg/innlegg',
      platform: { name: 'wordpress', apiRoot: 'https://firma.example/wp-json/' },
      contact: { pages: [{ kind: 'contact', url: 'https://firma.example/kontakt/', evidence: { snippet: 'Kontakt', selector: null, source: 'link' } }, { kind: 'about', url: 'https://elsewhere.example/om/', evidence: { snippet: 'Om', selector: null, source: 'link' } }] },
    });
    const plan = planSiteScan(signals);
    expect(plan.map((p) => p.kind)).toEqual(['wp-posts', 'wp-comments', 'contact']);
    expect(plan[1]!.url).toContain('/wp-json/wp/v2/comments?per_page=100&_fields=');
    expect(plan.every((p) => p.url.startsWith('https://firma.example/'))).toBe(true);
  });

  it('asks a Blogger blog for its JSON feeds and never plans more than the limit', () => {
    const pages = Array.from({ length: 20 }, (_, i) => ({ kind: 'contact' as const, url: `https://x.blogspot.com/p/k${i}.html`, evidence: { snippet: '', selector: null, source: 'link' } }));
    const plan = planSiteScan(makeSignals({ url: 'https://x.blogspot.com/2026/11/p.html', platform: { name: 'blogger', apiRoot: null }, contact: { pages } }));
    expect(plan.slice(0, 2).map((p) => p.url)).toEqual(['https://x.blogspot.com/feeds/posts/default?alt=json&max-results=150', 'https://x.blogspot.com/feeds/comments/default?alt=json&max-results=200']);
    expect(plan.length).toBeLessThanOrEqual(SITE_LIMITS.maxRequests);
  });
});

describe('measures', () => {
  it('median time from a reader’s comment to the owner’s first reply, and the share answered', () => {
    const m = measureReplies([
      c('1', '2026-10-01T10:00:00Z'),
      c('2', '2026-10-01T12:00:00Z', true, '1'), // 2 h
      c('3', '2026-10-01T20:00:00Z', true, '1'), // a second reply does not count twice
      c('4', '2026-10-02T10:00:00Z'),
      c('5', '2026-10-03T16:00:00Z', true, '4'), // 30 h
      c('6', '2026-10-04T10:00:00Z'),
      c('7', '2026-10-04T11:00:00Z', false, '6'), // a reader answering a reader
    ]);
    expect(m).toEqual({ readerComments: 4, answered: 2, share: 0.5, medianHours: 16 });
  });

  it('no reader comments: nothing to judge; readers without replies: share 0, no median', () => {
    expect(measureReplies([])).toEqual({ readerComments: 0, answered: 0, share: null, medianHours: null });
    expect(measureReplies([c('1', '2026-10-01T10:00:00Z')])).toMatchObject({ share: 0, medianHours: null });
  });

  it('history and active months over the last two years', () => {
    const a = measureActivity(['2026-11-01T00:00:00Z', '2026-05-01T00:00:00Z', '2023-01-10T00:00:00Z', '2031-01-01T00:00:00Z'], ['2022-06-01T00:00:00Z'], NOW);
    expect(a).toEqual({ first: '2022-06-01T00:00:00.000Z', last: '2026-11-01T00:00:00.000Z', activeMonths24: 2, dated: 4 });
  });
});

describe('site evidence and scoring', () => {
  const signals = makeSignals({ url: 'https://firma.example/p', platform: { name: 'wordpress', apiRoot: null } });
  const plan: PlannedRequest[] = planSiteScan(signals);
  const posts = JSON.stringify([{ id: 1, date_gmt: '2026-11-01T08:00:00', author: 2 }, { id: 2, date_gmt: '2023-02-01T08:00:00', author: 2 }]);
  const comments = JSON.stringify([
    { id: 10, post: 1, parent: 0, author: 0, author_name: 'Per', date_gmt: '2026-11-02T10:00:00' },
    { id: 11, post: 1, parent: 10, author: 2, author_name: 'Jane', date_gmt: '2026-11-02T14:00:00' },
  ]);

  it('feeds the responsiveness and longevity criteria, marked as site-level', () => {
    const evidence = buildSiteEvidence(signals, plan, [body(plan[0]!.url, posts), body(plan[1]!.url, comments)], NOW);
    expect(evidence.replies).toMatchObject({ readerComments: 1, answered: 1, medianHours: 4 });
    const report = scorePage(signals, NOW, evidence);
    const responsiveness = report.factors.find((f) => f.key === 'responsiveness')!;
    expect(responsiveness.criteria.find((x) => x.id === 'reply-time')).toMatchObject({ status: 'met', siteLevel: true });
    expect(responsiveness.level).not.toBe('unknown');
    expect(report.factors.find((f) => f.key === 'longevity')!.criteria.find((x) => x.id === 'history')).toMatchObject({ status: 'met' });
    // Without the site check the same page knows nothing about replies.
    expect(scorePage(signals, NOW).factors.find((f) => f.key === 'responsiveness')!.level).toBe('unknown');
  });

  it('a hostile or truncated feed is "couldn’t read" and changes nothing else', () => {
    const evidence = buildSiteEvidence(signals, plan, [body(plan[0]!.url, posts), body(plan[1]!.url, '{"__proto__":', { truncated: false })], NOW);
    expect(evidence.sources.find((s) => s.kind === 'wp-comments')).toMatchObject({ ok: false });
    expect(evidence.replies).toBeNull();
    expect(evidence.activity.last).toBe('2026-11-01T08:00:00.000Z');
    const truncated = buildSiteEvidence(signals, plan, [body(plan[0]!.url, posts.slice(0, 20), { truncated: true })], NOW);
    expect(truncated.sources[0]).toMatchObject({ ok: false, problem: 'too large' });
  });

  it('a feed that timed out is reported, and what came in time is used', () => {
    const evidence = buildSiteEvidence(signals, plan, [body(plan[0]!.url, posts), body(plan[1]!.url, '', { error: 'timeout', status: 0 })], NOW);
    expect(evidence.timedOut).toBe(true);
    expect(evidence.activity.first).toBe('2023-02-01T08:00:00.000Z');
    expect(evidence.replies).toBeNull();
  });

  it('contact details found on the contact page count, with evidence naming that page', () => {
    const withContact = makeSignals({ url: 'https://firma.example/p', contact: { pages: [{ kind: 'contact', url: 'https://firma.example/kontakt/', evidence: { snippet: 'Kontakt', selector: null, source: 'link' } }] } });
    const plan2 = planSiteScan(withContact);
    const html = '<html><body><main><p>Ring oss på tlf: 22 33 44 55 eller skriv til post@firma.example</p><address>Storgata 1, 0155 Oslo</address></main></body></html>';
    // The page reads the contact page itself and sends back findings, not HTML.
    const evidence = buildSiteEvidence(withContact, plan2, [body(plan2[0]!.url, '', { contentType: 'text/html', contact: readContactPage(html, plan2[0]!.url) })], NOW);
    expect(evidence.contact.emails[0]).toMatchObject({ value: 'post@firma.example', evidence: { source: 'site:/kontakt/' } });
    const transparency = scorePage(withContact, NOW, evidence).factors.find((f) => f.key === 'transparency')!;
    expect(transparency.criteria.find((x) => x.id === 'contact-details')).toMatchObject({ status: 'met', siteLevel: true });
    expect(transparency.criteria.find((x) => x.id === 'postal-address')).toMatchObject({ status: 'met', siteLevel: true });
  });
});

describe('site evidence never lowers what the page shows', () => {
  it('owner replies the page pairs in a flat list keep their verdict when the feed cannot thread them', async () => {
    const { comment } = await import('../helpers/signals');
    const signals = makeSignals({
      url: 'https://firma.example/p',
      comments: [
        {
          system: 'native-wordpress', observable: true, count: 2, displayedCount: null, login: 'not-required', closed: false, evidence: { snippet: '', selector: null, source: 'x' },
          comments: [comment('Reader', '2026-11-01T10:00:00Z'), comment('Owner', '2026-11-01T12:00:00Z', { byOwner: true })],
        },
      ],
    });
    // The feed has the same comments without threading: no answer can be paired there.
    const site = buildSiteEvidence(signals, planSiteScan(signals), [], NOW);
    const withFlatFeed = { ...site, replies: { readerComments: 1, answered: 0, share: 0, medianHours: null, evidence: null } };
    const verdicts = (s: typeof site | null) => {
      const responsiveness = scorePage(signals, NOW, s).factors.find((f) => f.key === 'responsiveness')!;
      return ['owner-replies', 'reply-time'].map((id) => responsiveness.criteria.find((c) => c.id === id)!.status);
    };
    // One answered reader: the reply is seen (partial evidence — a rate rests on 5 comments), and fast.
    expect(verdicts(null)).toEqual(['partial', 'met']);
    expect(verdicts(withFlatFeed)).toEqual(verdicts(null));
  });
});
