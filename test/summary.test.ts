import { describe, expect, it } from 'vitest';
import { scorePage } from '@/lib/factors';
import type { Author, CommentSection, PageLink } from '@/lib/contracts/page';
import { summarise } from '@/lib/summary';
import { comment, ev, finding, makeSignals, NOW } from './helpers/signals';
import { signalsOf } from './helpers/load-fixture';

const author = (name: string, visible: boolean, profileUrl: string | null = null): Author => ({ name, visible, profileUrl, bio: null, evidence: ev(name) });
const section = (parts: Partial<CommentSection>): CommentSection => ({
  system: 'native-wordpress',
  observable: true,
  count: 0,
  displayedCount: null,
  comments: [],
  login: 'unknown',
  closed: false,
  evidence: ev('comments'),
  ...parts,
});
const link = (kind: PageLink['kind']): PageLink => ({ kind, url: `https://firma.example/${kind}`, evidence: ev(kind) });

describe('summarise', () => {
  it('says nothing is there for an empty page, with null where nothing can be told', () => {
    const s = summarise(makeSignals());
    expect(s).toEqual({
      author: { present: false, names: [], profileLink: null },
      published: null,
      comments: { present: false, system: null, count: null, ownerReplies: null, loginRequired: null },
      replies: { readerComments: null, answered: null, rate: null, enoughComments: null },
      contact: { email: false, phone: false, address: false, contactPageLink: false, aboutPageLink: false },
      factors: {},
    });
  });

  it('counts only visible authors: a name in meta tags or JSON-LD alone is no byline', () => {
    const hidden = summarise(makeSignals({ authors: [author('Meta Only', false, 'https://x.example/me')] }));
    expect(hidden.author).toEqual({ present: false, names: [], profileLink: null });
    const shown = summarise(makeSignals({ authors: [author('Kari Nordmann', true, 'https://firma.example/author/kari'), author('Kari nordmann', true), author('Dev Person', false)] }));
    expect(shown.author).toEqual({ present: true, names: ['Kari Nordmann'], profileLink: true });
    expect(summarise(makeSignals({ authors: [author('Sam Carter', true)] })).author.profileLink).toBe(false);
  });

  it('gives the published day as written, without shifting time zones', () => {
    const s = summarise(makeSignals({ dates: { published: { date: '2016-12-07T23:30:00+01:00', evidence: ev() } } }));
    expect(s.published).toBe('2016-12-07');
  });

  it('reads owner replies and login only where the comments can be seen', () => {
    const wp = section({ count: 2, comments: [comment('Reader', null), comment('Owner', null, { byOwner: true, replyTo: 0 })], login: 'not-required' });
    expect(summarise(makeSignals({ comments: [wp] })).comments).toEqual({ present: true, system: 'native-wordpress', count: 2, ownerReplies: true, loginRequired: false });

    const empty = section({ count: 0, login: 'required' });
    expect(summarise(makeSignals({ comments: [empty] })).comments).toMatchObject({ count: 0, ownerReplies: false, loginRequired: true });

    const disqus = section({ system: 'disqus', observable: false, count: null });
    expect(summarise(makeSignals({ comments: [disqus] })).comments).toEqual({ present: true, system: 'disqus', count: null, ownerReplies: null, loginRequired: null });
  });

  it('gives the owner’s reply rate and the readers’ comments it rests on, as responsiveness measures them', () => {
    const at = (h: number) => new Date(Date.parse('2026-11-01T08:00:00Z') + h * 3_600_000).toISOString();
    // Six readers; the owner answers two of them in their threads, the first one twice.
    const comments = [
      comment('A', at(0)), comment('Owner', at(1), { byOwner: true, replyTo: 0 }), comment('Owner', at(2), { byOwner: true, replyTo: 0 }),
      comment('B', at(3)), comment('C', at(4)), comment('Owner', at(5), { byOwner: true, replyTo: 4 }),
      comment('D', at(6)), comment('E', at(7)), comment('F', at(8)),
    ];
    expect(summarise(makeSignals({ comments: [section({ count: comments.length, comments })] })).replies).toEqual({ readerComments: 6, answered: 2, rate: 0.333, enoughComments: true });
    // Fewer than five readers' comments: the rate is told, and that it rests on too few.
    const few = [comment('A', at(0)), comment('B', at(1)), comment('Owner', at(2), { byOwner: true })];
    expect(summarise(makeSignals({ comments: [section({ count: 3, comments: few })] })).replies).toEqual({ readerComments: 2, answered: 2, rate: 1, enoughComments: false });
    // A readable section with no readers' comments has nothing to rate; a hidden one can't be read.
    expect(summarise(makeSignals({ comments: [section({ count: 0 })] })).replies).toEqual({ readerComments: 0, answered: 0, rate: null, enoughComments: false });
    expect(summarise(makeSignals({ comments: [section({ system: 'disqus', observable: false, count: null })] })).replies.readerComments).toBeNull();
  });

  it('names a known system before a generic one, and leaves an unnamed native section without a name', () => {
    const generic = section({ system: 'generic', count: 1, comments: [comment('A', null)] });
    expect(summarise(makeSignals({ comments: [generic, section({ system: 'coral', observable: false, count: null })] })).comments.system).toBe('coral');
    expect(summarise(makeSignals({ comments: [generic] })).comments).toMatchObject({ present: true, system: null, count: 1, ownerReplies: false });
  });

  it('does not count an Impressum link as a contact page (corpus rule)', () => {
    const s = summarise(makeSignals({ contact: { pages: [link('impressum'), link('about')], emails: [finding('a@b.no')], phones: [finding('+47 22 33 44 55')] } }));
    expect(s.contact).toEqual({ email: true, phone: true, address: false, contactPageLink: false, aboutPageLink: true });
    expect(summarise(makeSignals({ contact: { pages: [link('contact')] } })).contact.contactPageLink).toBe(true);
  });

  it('carries each factor’s score and level from the report', () => {
    const signals = signalsOf('demo-blog.html');
    const s = summarise(signals, scorePage(signals, NOW));
    expect(Object.keys(s.factors)).toEqual(['credibility', 'transparency', 'openness', 'responsiveness', 'longevity']);
    expect(s.factors.credibility).toEqual({ score: expect.any(Number), level: 'strong' });
    expect(s.author).toEqual({ present: true, names: ['Kari Nordmann'], profileLink: true });
    expect(s.published).toBe('2026-11-18');
    expect(s.comments).toEqual({ present: true, system: 'native-wordpress', count: 4, ownerReplies: true, loginRequired: false });
    // Two readers, both answered: a rate of 1 that rests on fewer than the 5 comments it needs.
    expect(s.replies).toEqual({ readerComments: 2, answered: 2, rate: 1, enoughComments: false });
  });
});
