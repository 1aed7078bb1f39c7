import { collectSignals } from '@/lib/signals';
import { parseHtml, signalsOf } from '../helpers/load-fixture';

const engagementOf = (body: string, lang = 'nb') =>
  collectSignals(parseHtml(`<html lang="${lang}"><body>${body}</body></html>`, 'https://blog.example/post'), { budgetMs: 60_000 }).engagement;

describe('engagement signal', () => {
  it('finds invitations to give feedback in Norwegian and English', () => {
    expect(engagementOf('<article><p>Gi oss gjerne en tilbakemelding, positiv som negativ!</p></article>').invitations.length).toBeGreaterThan(0);
    expect(engagementOf("<article><p>We'd love your feedback on this.</p></article>", 'en').invitations.length).toBeGreaterThan(0);
  });

  it('does not count template text of the comment form as an invitation', () => {
    expect(signalsOf('wordpress-login.html').engagement.invitations).toEqual([]);
  });

  it('finds response promises', () => {
    expect(engagementOf('<p>Kommentarer besvares daglig.</p>').promises[0]?.value).toMatch(/besvares daglig/);
    expect(engagementOf('<p>We reply to every comment within 24 hours.</p>', 'en').promises.length).toBe(1);
    expect(engagementOf('<p>Vi svarer på henvendelser innen 24 timer.</p>').promises.length).toBe(1);
  });

  it('ignores a promise written by a commenter', () => {
    expect(engagementOf('<ol><li class="comment"><div class="comment-body">Please, we reply within 24 hours too</div></li></ol>', 'en').promises).toEqual([]);
  });

  it('counts first-person words in the main content, not in navigation', () => {
    const e = engagementOf('<nav>Vi Vi Vi Vi Vi Vi</nav><article><p>Jeg skriver om hvordan vi jobber, og hva vi lærer. Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua ut enim ad minim veniam quis nostrud.</p></article>');
    expect(e.firstPerson.count).toBe(3);
  });

  it('finds feeds, newsletters and outbound sources', () => {
    const e = signalsOf('wordpress-replies.html').engagement;
    expect(e.feeds.length).toBeGreaterThan(0);
    expect(e.sources.count).toBeGreaterThanOrEqual(2);
    expect(signalsOf('medium-jsonld.html').engagement.newsletters.length).toBe(1);
    expect(signalsOf('bare.html').engagement).toMatchObject({ feeds: [], newsletters: [], invitations: [], promises: [] });
  });
});
