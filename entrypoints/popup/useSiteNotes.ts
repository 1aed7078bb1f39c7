import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SaveState } from '@/components/NotesPanel';
import { seenOf } from '@/lib/companies/group';
import type { PageSignals } from '@/lib/contracts/page';
import type { FactorKey, Report } from '@/lib/factors';
import { editedAfter, editNotes, editRating } from '@/lib/notes/edit';
import { emptyRecord, SiteRecord } from '@/lib/notes/schema';
import { loadSite, recordAnalysis, SITE_KEY_PREFIX, StoreError, writeSite } from '@/lib/notes/store';

/** Keep the user's own fields (notes, ratings) from whichever side edited them last. */
function withUserFields(stored: SiteRecord, mine: SiteRecord | null): SiteRecord {
  if (!mine || !editedAfter(mine.updatedAt, stored.updatedAt)) return stored;
  return { ...stored, notes: mine.notes, ratings: mine.ratings, updatedAt: mine.updatedAt };
}

/**
 * The site's notes and ratings for the popup. Loads the record, stores the analysis snapshot,
 * then keeps the record in memory and writes it on every change — no debounce, because the popup
 * may close at the next moment. Changes made elsewhere meanwhile (sync from another device, the
 * Sites page) are folded in, never written over.
 */
export function useSiteNotes(site: string | null, report: Report | null, signals: PageSignals | null = null) {
  const [record, setRecord] = useState<SiteRecord | null>(null);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const latest = useRef<SiteRecord | null>(null);
  const writes = useRef(0);

  const adopt = useCallback((next: SiteRecord) => {
    latest.current = next;
    setRecord(next);
  }, []);

  useEffect(() => {
    if (!site || !report) return;
    let cancelled = false;
    void (async () => {
      const { problem } = await loadSite(site);
      let current: SiteRecord;
      try {
        current = await recordAnalysis(site, report, signals && seenOf(signals));
      } catch (error) {
        current = (await loadSite(site)).record;
        if (error instanceof StoreError && !cancelled) setState({ kind: 'error', problem: error.problem, message: error.message });
      }
      if (cancelled) return;
      // A re-score (after "Check the whole site") must not roll back what was typed meanwhile.
      adopt(withUserFields(current, latest.current));
      if (problem) setState({ kind: 'error', problem });
    })();
    return () => {
      cancelled = true;
    };
  }, [site, report, signals, adopt]);

  useEffect(() => {
    if (!site) return;
    const key = `${SITE_KEY_PREFIX}${site}`;
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !(key in changes)) return;
      const parsed = SiteRecord.safeParse(changes[key]!.newValue);
      if (!parsed.success || !latest.current) return;
      const merged = withUserFields(parsed.data, latest.current);
      // Our own writes come back here too: only a real change from elsewhere is adopted.
      if (JSON.stringify(SiteRecord.parse(merged)) !== JSON.stringify(SiteRecord.parse(latest.current))) adopt(merged);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [site, adopt]);

  const change = useCallback(
    (apply: (r: SiteRecord) => SiteRecord) => {
      const base = latest.current ?? (site ? emptyRecord(site) : null);
      if (!base) return;
      const next = apply(base);
      adopt(next);
      const id = ++writes.current;
      setState({ kind: 'saving' });
      writeSite(next).then(
        () => id === writes.current && setState({ kind: 'saved' }),
        (error: unknown) => setState(error instanceof StoreError ? { kind: 'error', problem: error.problem, message: error.message } : { kind: 'error', problem: 'write', message: String(error) }),
      );
    },
    [site, adopt],
  );

  const setNotes = useCallback((notes: string) => change(editNotes(notes)), [change]);
  const setRating = useCallback((factor: FactorKey, value: number | null) => change(editRating(factor, value)), [change]);

  return { record, state, setNotes, setRating };
}
