import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { SaveState } from '@/components/NotesPanel';
import type { FactorKey, Report } from '@/lib/factors';
import { emptyRecord, type SiteRecord } from '@/lib/notes/schema';
import { loadSite, recordAnalysis, StoreError, writeSite } from '@/lib/notes/store';

/**
 * The site's notes and ratings for the popup. Loads the record, stores the analysis snapshot,
 * then keeps the record in memory and writes it on every change — no debounce, because the popup
 * may close at the next moment.
 */
export function useSiteNotes(site: string | null, report: Report | null) {
  const [record, setRecord] = useState<SiteRecord | null>(null);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const latest = useRef<SiteRecord | null>(null);

  useEffect(() => {
    if (!site || !report) return;
    let cancelled = false;
    void (async () => {
      const { problem } = await loadSite(site);
      let current: SiteRecord;
      try {
        current = await recordAnalysis(site, report);
      } catch (error) {
        current = (await loadSite(site)).record;
        if (error instanceof StoreError && !cancelled) setState({ kind: 'error', problem: error.problem, message: error.message });
      }
      if (cancelled) return;
      latest.current = current;
      setRecord(current);
      if (problem) setState({ kind: 'error', problem });
    })();
    return () => {
      cancelled = true;
    };
  }, [site, report]);

  const change = useCallback((apply: (r: SiteRecord) => SiteRecord) => {
    const base = latest.current ?? (site ? emptyRecord(site) : null);
    if (!base) return;
    const next = apply(base);
    latest.current = next;
    setRecord(next);
    setState({ kind: 'saving' });
    writeSite(next).then(
      () => latest.current === next && setState({ kind: 'saved' }),
      (error: unknown) => setState(error instanceof StoreError ? { kind: 'error', problem: error.problem, message: error.message } : { kind: 'error', problem: 'write', message: String(error) }),
    );
  }, [site]);

  const setNotes = useCallback((notes: string) => change((r) => ({ ...r, notes, updatedAt: new Date().toISOString() })), [change]);
  const setRating = useCallback(
    (factor: FactorKey, value: number | null) =>
      change((r) => {
        const ratings = { ...r.ratings };
        if (value === null) delete ratings[factor];
        else ratings[factor] = value;
        return { ...r, ratings, updatedAt: new Date().toISOString() };
      }),
    [change],
  );

  return { record, state, setNotes, setRating };
}
