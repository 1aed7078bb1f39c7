import { emptySignals } from '@/lib/signals';
import type { Comment, Evidence, Finding, PageSignals } from '@/lib/contracts/page';

// Literal signals for factor tests: no DOM, just the data a page would yield.

export const NOW = new Date('2026-11-26T12:00:00Z');

export function ev(snippet = 'x', source = 'test'): Evidence {
  return { snippet, selector: 'body', source };
}

export function finding(value: string): Finding {
  return { value, evidence: ev(value) };
}

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? (T[K] extends unknown[] ? T[K] : DeepPartial<T[K]>) : T[K] };

/** Empty signals (a page with nothing on it) with the given parts filled in. */
export function makeSignals(parts: DeepPartial<PageSignals> = {}): PageSignals {
  const base = emptySignals('https://firma.example/blogg/innlegg');
  base.partial = false;
  return {
    ...base,
    ...parts,
    contact: { ...base.contact, ...parts.contact },
    dates: { ...base.dates, ...parts.dates },
    engagement: {
      ...base.engagement,
      ...parts.engagement,
      firstPerson: { ...base.engagement.firstPerson, ...parts.engagement?.firstPerson },
      sources: { ...base.engagement.sources, ...parts.engagement?.sources },
    },
  } as PageSignals;
}

export function comment(author: string, time: string | null, opts: { byOwner?: boolean; replyTo?: number | null } = {}): Comment {
  return { author, time, byOwner: opts.byOwner ?? false, replyTo: opts.replyTo ?? null, evidence: ev(author, 'comment') };
}
