import { finding } from '../helpers/signals';
import { judge, post, profile, thread } from './profile-builders';

// FACTORS.md "Profiles on social platforms" — openness: the public may comment on its posts (40),
// a way to message the company (30), the public's comments are visible (30).

describe('profile openness: the public may reply to its posts', () => {
  it('a reply button on its posts is met, with its evidence', () => {
    const r = judge('profile-comments-open', profile({ commentsOpen: true, posts: [post('2026-11-20')] }));
    expect(r.status).toBe('met');
    expect(r.evidence).toHaveLength(1);
  });

  it('its posts without a reply button is unmet', () => {
    expect(judge('profile-comments-open', profile({ commentsOpen: false, posts: [post('2026-11-20')] }))).toMatchObject({ status: 'unmet', detail: { key: 'detail.repliesClosed' } });
  });

  it('no posts shown is unobservable', () => {
    expect(judge('profile-comments-open', profile())).toMatchObject({ status: 'unobservable', detail: { key: 'detail.noPosts' } });
  });

  it('posts shown but no reply control to look at is unobservable', () => {
    expect(judge('profile-comments-open', profile({ posts: [post('2026-11-20')] }))).toMatchObject({ status: 'unobservable', detail: { key: 'detail.noReplyControl' } });
  });
});

describe('profile openness: a way to message the company', () => {
  it('a message button is met', () => {
    expect(judge('profile-message', profile({ messageButton: true })).status).toBe('met');
  });

  it('no button seen, but an email address in the profile, is met', () => {
    expect(judge('profile-message', profile({ contact: { emails: [finding('hei@fjordkaffe.no')], phones: [], addresses: [] } }))).toMatchObject({
      status: 'met',
      detail: { key: 'detail.profileMessageByContact' },
    });
  });

  it('a page showing there is no button, and no email or phone, is unmet', () => {
    expect(judge('profile-message', profile({ messageButton: false })).status).toBe('unmet');
  });

  it('a page that cannot show the button (null) is unobservable', () => {
    expect(judge('profile-message', profile({ messageButton: null }))).toMatchObject({ status: 'unobservable', detail: { key: 'detail.messageUnknown' } });
  });
});

describe('profile openness: the public’s replies are visible', () => {
  it('a post’s page with replies from others is met, with their evidence', () => {
    const r = judge('profile-visible-comments', thread('2026-11-20T10:00:00Z', [post('2026-11-20T11:00:00Z', false), post('2026-11-20T13:00:00Z', false)]));
    expect(r).toMatchObject({ status: 'met', detail: { params: { count: 2 } } });
    expect(r.evidence).toHaveLength(2);
  });

  it('posts above the post in its thread are not replies to it', () => {
    const r = judge('profile-visible-comments', thread('2026-11-20T10:00:00Z', [post('2026-11-19T09:00:00Z', false)]));
    expect(r).toMatchObject({ status: 'unobservable', detail: { key: 'detail.noThreadReplies' } });
  });

  it('a profile page lists posts, not their replies: unobservable', () => {
    expect(judge('profile-visible-comments', profile({ commentsOpen: true, posts: [post('2026-11-20')] }))).toMatchObject({ status: 'unobservable', detail: { key: 'detail.noThread' } });
  });

  it('posts that take no replies at all have none to show: unmet', () => {
    expect(judge('profile-visible-comments', profile({ commentsOpen: false, posts: [post('2026-11-20')] })).status).toBe('unmet');
  });
});
