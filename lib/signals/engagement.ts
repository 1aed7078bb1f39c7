import { COMMENT, COMMENT_AREA } from '../patterns/comment-systems';
import { FIRST_PERSON, INVITATIONS, NEWSLETTER, PROMISES } from '../patterns/phrases';
import type { GatherContext } from './context';
import { $$, FORMS, IN_A_COMMENT, matchText, outsideComments } from './context';
import { evidenceOf } from './dom';
import type { Engagement, Finding } from '../contracts/page';

// How the page speaks to its readers: invitations to give feedback, promises to answer, a
// personal tone, and ways to follow the site over time.

const TEMPLATE_CHROME = '#respond, .comment-respond, #reply-title, .comment-reply-title, .comment-form, #commentform, .comment-footer, .post-comment-link, .comment-link, #comment-editor, .comments-title, .post-footer-line';

// Each phrase list is one alternation (phrases.ts anyOf): one pass over the page text instead of
// one per phrase (a 100,000-node page has megabytes of text).
function findPhrases(ctx: GatherContext, pattern: RegExp, source: string): Finding[] {
  const out: Finding[] = [];
  const taken: [number, number][] = [];
  // A match in a comment is dropped below: the comments' own text is not read at all.
  for (const { match, element, at } of matchText(ctx, pattern, outsideComments(ctx, [[0, ctx.text.text.length]], IN_A_COMMENT), 60)) {
    // Two phrasings of one sentence ("we reply … within 24 hours") are one finding.
    const span: [number, number] = [at, at + match[0].length];
    if (taken.some(([a, b]) => span[0] < b && a < span[1])) continue;
    taken.push(span);
    // A commenter's "please reply within 24 hours" is not the site's promise; the site's own
    // note above its comments is.
    if (element?.closest(COMMENT)) continue;
    // Template text ("Leave a Reply" over the WordPress form, Blogger's "Legg inn en kommentar"
    // link) is there whether or not anyone invites: only the site's own words count.
    if (element?.closest(TEMPLATE_CHROME)) continue;
    out.push({ value: match[0], evidence: evidenceOf(element, source, match[0]) });
    if (out.length >= 20) return out;
  }
  return out;
}

export function gatherEngagement(ctx: GatherContext): Omit<Engagement, 'signatures' | 'feeds' | 'sources'> {
  let firstPersonCount = 0;
  let firstPersonEvidence: Finding['evidence'] | null = null;
  // Words in the comment areas are dropped below: their text is not read.
  for (const { match, element } of matchText(ctx, FIRST_PERSON, outsideComments(ctx, [ctx.text.main]), 200)) {
    if (element?.closest(`nav, footer, ${COMMENT_AREA}`)) continue;
    // A capital "I" starting a German or Norwegian sentence is not a pronoun; only count "I" in English text.
    if (match[0] === 'I' && !/^en/i.test(ctx.doc.documentElement.lang || 'en')) continue;
    firstPersonCount++;
    firstPersonEvidence ??= evidenceOf(element, 'text', element?.textContent?.slice(0, 120) ?? match[0]);
  }

  const newsletters: Finding[] = [];
  for (const form of $$(ctx, FORMS)) {
    if (newsletters.length >= 10) break;
    if (form.matches('#commentform, .comment-form, [role="search"]')) continue;
    const email = form.querySelector('input[type="email"], input[name*="email" i]');
    if (!email || form.querySelector('textarea')) continue;
    const label = `${form.textContent ?? ''} ${form.getAttribute('action') ?? ''} ${form.className?.toString() ?? ''} ${[...form.querySelectorAll('input[type=submit], button')].map((b) => b.getAttribute('value') ?? b.textContent).join(' ')}`;
    if (NEWSLETTER.test(label)) newsletters.push({ value: 'newsletter', evidence: evidenceOf(form, 'form', label.slice(0, 120)) });
  }

  return {
    invitations: findPhrases(ctx, INVITATIONS, 'text'),
    promises: findPhrases(ctx, PROMISES, 'text'),
    firstPerson: { count: firstPersonCount, evidence: firstPersonEvidence },
    newsletters,
  };
}
