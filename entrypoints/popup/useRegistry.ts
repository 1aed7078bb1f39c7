import { useCallback, useEffect, useState } from 'preact/hooks';
import type { RegistryState } from '@/components/RegistryCard';
import type { Analysis } from '@/lib/analyse-tab';
import { popupClock } from '@/lib/clock';
import type { RegistryEntity } from '@/lib/contracts/company';
import { hasRegistryPermission, POPUP_REGISTRY_BASE, requestRegistryPermission, storageCache } from '@/lib/registry/browser';
import { cachedEntity, lookupEntity, type RegistryOptions } from '@/lib/registry/client';
import { isValidOrgNumber } from '@/lib/util/org-number';

type Done = Extract<Analysis, { ok: true }>;

const OPTIONS: RegistryOptions = { now: popupClock, base: POPUP_REGISTRY_BASE, cache: storageCache, online: () => navigator.onLine };

/**
 * The register lookup for the popup (opt-in). Nothing is fetched until the user clicks; the click
 * asks for the host permission first thing, inside the gesture. With the permission already
 * granted, an entry kept from an earlier lookup (under 7 days old) shows at once.
 */
export function useRegistry(analysis: Done | null): { orgNumber: string | null; state: RegistryState; entity: RegistryEntity | null; lookup: () => void } {
  const [state, setState] = useState<RegistryState>({ phase: 'idle' });
  const orgNumber = analysis?.signals.contact.orgNumbers.map((n) => n.value).find(isValidOrgNumber) ?? null;

  useEffect(() => {
    setState({ phase: 'idle' });
    if (!orgNumber) return;
    let live = true;
    void (async () => {
      if (!(await hasRegistryPermission())) return;
      const entity = await cachedEntity(orgNumber, OPTIONS);
      if (live && entity) setState((s) => (s.phase === 'idle' ? { phase: 'done', entity, cached: true } : s));
    })();
    return () => {
      live = false;
    };
  }, [orgNumber, analysis]);

  const lookup = useCallback(() => {
    if (!orgNumber) return;
    // First, before any await: the browser shows its prompt only within the click.
    const granted = requestRegistryPermission();
    setState({ phase: 'busy' });
    granted
      .catch(() => false)
      .then(async (ok) => {
        if (!ok) return setState({ phase: 'denied' });
        const outcome = await lookupEntity(orgNumber, OPTIONS);
        setState(outcome.kind === 'found' ? { phase: 'done', entity: outcome.entity, cached: outcome.cached } : { phase: 'failed', failure: outcome });
      })
      .catch((error: unknown) => setState({ phase: 'failed', failure: { kind: 'network', message: error instanceof Error ? error.message : String(error) } }));
  }, [orgNumber]);

  return { orgNumber, state, entity: state.phase === 'done' ? state.entity : null, lookup };
}
