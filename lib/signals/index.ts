import { gatherAuthors, slugOf } from './author';
import { gatherComments } from './comment-section';
import { gatherContact } from './contact';
import { createContext, type GatherContext } from './context';
import { clip } from './dom';
import { gatherDates, readCopyright } from './dates';
import { gatherEngagement } from './engagement';
import { gatherLinks } from './links';
import type { PageSignals } from '../contracts/page';
import { servedBy } from '../profiles/hint';

// Gather every signal from a document. Runs in the page (content script) and in tests; it never
// throws: a gatherer that fails or runs out of time leaves its part empty and marks the result
// partial, so the popup can say the analysis is incomplete.

export const DEFAULT_BUDGET_MS = 2500;

export interface CollectOptions {
  url?: string;
  budgetMs?: number;
  now?: () => number;
}

function guard<T>(fallback: T, run: () => T, state: { partial: boolean; deadline: number; now: () => number }): T {
  if (state.now() > state.deadline) {
    state.partial = true;
    return fallback;
  }
  try {
    return run();
  } catch {
    state.partial = true;
    return fallback;
  }
}

export function emptySignals(url: string): PageSignals {
  return {
    schema: 1,
    url: clip(url, 4000),
    contentType: 'text/html',
    title: '',
    lang: null,
    partial: true,
    elapsedMs: 0,
    authors: [],
    contact: { emails: [], phones: [], addresses: [], organisationNames: [], orgNumbers: [], pages: [], socialProfiles: [], chatWidgets: [], contactForms: [] },
    comments: [],
    dates: { published: null, modified: null, posts: [], archive: [], archiveEvidence: null, copyright: null },
    engagement: { invitations: [], promises: [], firstPerson: { count: 0, evidence: null }, signatures: [], feeds: [], newsletters: [], sources: { count: 0, examples: [] } },
    platform: { name: null, apiRoot: null },
    social: null,
    profile: null,
  };
}

/**
 * Who counts as the site's owner in its comments: the post's authors by name and by account
 * slug (WordPress's user_nicename, as in /author/<slug>/ and comment-author-<slug>), and "admin".
 */
function ownersOf(authors: PageSignals['authors']): Set<string> {
  const owners = new Set(['admin']);
  for (const a of authors) {
    owners.add(a.name.toLowerCase()).add(slugOf(a.name));
    const slug = /\/author\/([^/?#]+)/.exec(a.profileUrl ?? '')?.[1];
    if (slug) owners.add(slugOf(slug));
  }
  return owners;
}

export function collectSignals(doc: Document, options: CollectOptions = {}): PageSignals {
  const now = options.now ?? (() => Date.now());
  const started = now();
  const url = options.url ?? doc.location?.href ?? doc.URL ?? '';
  const state = { partial: false, deadline: started + (options.budgetMs ?? DEFAULT_BUDGET_MS), now };
  const result = emptySignals(url);
  result.partial = false;
  result.title = clip(doc.title, 300);
  result.contentType = clip(doc.contentType, 100) || 'text/html';
  result.lang = clip(doc.documentElement?.getAttribute('lang'), 20) || null;

  // A social platform's page: what the company shows there is read by the profile reader, and the
  // page gatherers are not run at all, so nothing of the platform's own chrome (its copyright,
  // legal links, app links, other accounts) can be credited to the company.
  result.social = guard(null, () => servedBy(doc, url)?.platform ?? null, state);
  if (result.social) return { ...result, partial: state.partial, elapsedMs: Math.max(0, now() - started) };

  const ctx = guard<GatherContext | null>(null, () => createContext(doc, url, state), state);
  if (!ctx) return { ...result, partial: true, elapsedMs: now() - started };
  if (ctx.text.truncated) state.partial = true;

  const { authors, signatures } = guard({ authors: [], signatures: [] }, () => gatherAuthors(ctx), state);
  const links = guard(null, () => gatherLinks(ctx), state);
  const copyright = guard(null, () => readCopyright(ctx), state);
  const contact = guard(null, () => gatherContact(ctx, copyright), state);
  const owners = ownersOf(authors);
  const comments = guard([], () => gatherComments(ctx, owners), state);
  const dates = guard(null, () => gatherDates(ctx, copyright), state);
  const engagement = guard(null, () => gatherEngagement(ctx), state);

  result.platform = ctx.platform;
  result.authors = authors;
  if (contact) result.contact = { ...contact, pages: links?.pages ?? [], socialProfiles: links?.socialProfiles ?? [] };
  result.comments = comments;
  if (dates) result.dates = dates;
  result.engagement = {
    ...(engagement ?? result.engagement),
    signatures,
    feeds: links?.feeds ?? [],
    sources: links?.sources ?? { count: 0, examples: [] },
  };
  // Analysed before the page finished loading: what is there is real, but more may come.
  const stillLoading = doc.readyState === 'loading';
  result.partial = state.partial || ctx.overBudget || stillLoading || !links || !contact || !dates || !engagement;
  result.elapsedMs = Math.max(0, now() - started);
  return result;
}
