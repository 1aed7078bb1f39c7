import type { Comment, PageSignals } from '../contracts/page';
import type { SiteEvidence } from '../contracts/site';
import { HOUR_MS } from '../util/time';
import { toTime } from './activity';

// Readers' comments and the owner's replies: what openness and responsiveness are judged on.

/** The comment sections whose comments the page lets Tillit read. */
export const visibleSections = (s: PageSignals) => s.comments.filter((c) => c.observable && c.count !== null);

/** Readers' comments (not the owner's) in the readable sections. */
export const readerComments = (s: PageSignals) => visibleSections(s).flatMap((c) => c.comments.filter((x) => !x.byOwner));

/**
 * The owner's comments that answer a reader, each with the reader comment it answers: in a
 * thread its parent; in a flat list (no threading) the reader comment just before it. An owner
 * comment that answers nobody (an opening remark) is not a reply.
 */
export function ownerAnswers(comments: readonly Comment[]): { reply: Comment; to: Comment }[] {
  const out: { reply: Comment; to: Comment }[] = [];
  comments.forEach((reply, i) => {
    if (!reply.byOwner) return;
    let parent: Comment | undefined;
    if (reply.replyTo !== null) parent = comments[reply.replyTo];
    else for (let j = i - 1; j >= 0; j--) if (!comments[j]!.byOwner) { parent = comments[j]; break; }
    if (parent && !parent.byOwner) out.push({ reply, to: parent });
  });
  return out;
}

/** Hours from each answered reader comment to the owner's reply. */
export function replyDelays(comments: readonly Comment[]): number[] {
  const delays: number[] = [];
  for (const { reply, to } of ownerAnswers(comments)) {
    const replyTime = toTime(reply.time);
    const parentTime = toTime(to.time);
    if (replyTime === null || parentTime === null || replyTime < parentTime) continue;
    delays.push((replyTime - parentTime) / HOUR_MS);
  }
  return delays;
}

/** The replies measured across the site (its comment feed), when it had readers' comments at all. */
export function siteReplies(site: SiteEvidence | null): SiteEvidence['replies'] {
  return site?.replies && site.replies.readerComments > 0 ? site.replies : null;
}
