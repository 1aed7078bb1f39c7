import { RegistryEntity } from '../contracts/company';
import { isValidOrgNumber } from '../util/org-number';
import { DAY_MS } from '../util/time';
import { ApiEntity, ApiRemoved, REGISTRY_BASE, toRegistryEntity } from './api';

// The register lookup, for the popup and the command line alike: no lookup of an invalid number,
// a kept answer for 7 days, and one clear outcome for everything that can go wrong. Fetch, the
// base address, the clock and the cache are passed in (the popup: the browser's fetch and
// storage.local, lib/registry/browser.ts; the CLI: Node's fetch and no cache; tests: a local
// server and a fixed clock).

export const CACHE_MS = 7 * DAY_MS;
export const TIMEOUT_MS = 10_000;

/** What a lookup came to. `found` carries the entity; every other kind is a reason for having none. */
export type RegistryOutcome =
  | { kind: 'found'; entity: RegistryEntity; cached: boolean }
  /** Not a valid organisation number (MOD11): never sent. */
  | { kind: 'invalid' }
  /** 404: the register has no such entity. */
  | { kind: 'notFound' }
  /** 410: removed from the open data for legal reasons. */
  | { kind: 'withheld'; deleted: string | null }
  /** The browser is offline. */
  | { kind: 'offline' }
  /** The request failed on the way (the host could not be reached, or the browser refused it). */
  | { kind: 'network'; message: string }
  | { kind: 'timeout' }
  | { kind: 'http'; status: number }
  /** An answer that is not JSON, or not an entity, or another entity than the one asked for. */
  | { kind: 'badData' };

export type RegistryFailure = Exclude<RegistryOutcome, { kind: 'found' }>;

/** Where entities are kept between lookups (storage.local in the extension). */
export interface RegistryCache {
  get(orgNumber: string): Promise<unknown>;
  set(orgNumber: string, entity: RegistryEntity): Promise<void>;
}

export interface RegistryOptions {
  now: () => Date;
  fetch?: typeof fetch;
  base?: string;
  cache?: RegistryCache | null;
  timeoutMs?: number;
  /** Whether the machine is online (navigator.onLine); a failed request is then "offline". */
  online?: () => boolean;
}

const digitsOf = (orgNumber: string) => orgNumber.replace(/\D/g, '');

/** The address of one entity. */
export function entityUrl(orgNumber: string, base = REGISTRY_BASE): string {
  return `${base.replace(/\/+$/, '')}/enheter/${digitsOf(orgNumber)}`;
}

/**
 * A kept entity still fresh (under 7 days old by `now`), or null: nothing kept, kept for
 * another number, older, dated in the future, or not an entity at all (a corrupt entry is
 * simply fetched again).
 */
export async function cachedEntity(orgNumber: string, options: Pick<RegistryOptions, 'now' | 'cache'>): Promise<RegistryEntity | null> {
  if (!options.cache || !isValidOrgNumber(orgNumber)) return null;
  const parsed = RegistryEntity.safeParse(await options.cache.get(digitsOf(orgNumber)).catch(() => null));
  if (!parsed.success || parsed.data.orgNumber !== digitsOf(orgNumber)) return null;
  const age = options.now().getTime() - Date.parse(parsed.data.fetchedAt);
  return age >= -60_000 && age < CACHE_MS ? parsed.data : null;
}

/** Look an organisation number up: the kept entity when fresh, else the register. Never throws. */
export async function lookupEntity(orgNumber: string, options: RegistryOptions): Promise<RegistryOutcome> {
  if (!isValidOrgNumber(orgNumber)) return { kind: 'invalid' };
  const kept = await cachedEntity(orgNumber, options);
  if (kept) return { kind: 'found', entity: kept, cached: true };
  const outcome = await fetchEntity(digitsOf(orgNumber), options);
  if (outcome.kind === 'found') await options.cache?.set(outcome.entity.orgNumber, outcome.entity).catch(() => undefined);
  return outcome;
}

async function fetchEntity(orgNumber: string, options: RegistryOptions): Promise<RegistryOutcome> {
  const url = entityUrl(orgNumber, options.base);
  const controller = new AbortController();
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(url, { headers: { accept: 'application/json' }, signal: controller.signal, credentials: 'omit', redirect: 'error' });
    } catch (error) {
      if (timedOut) return { kind: 'timeout' };
      if (options.online && !options.online()) return { kind: 'offline' };
      return { kind: 'network', message: error instanceof Error ? error.message : String(error) };
    }
    if (response.status === 404) return { kind: 'notFound' };
    if (response.status === 410) {
      const removed = ApiRemoved.safeParse(await response.json().catch(() => null));
      return { kind: 'withheld', deleted: (removed.success && removed.data.slettedato) || null };
    }
    if (!response.ok) return { kind: 'http', status: response.status };
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return timedOut ? { kind: 'timeout' } : { kind: 'badData' };
    }
    const api = ApiEntity.safeParse(body);
    if (!api.success || api.data.organisasjonsnummer !== orgNumber) return { kind: 'badData' };
    const entity = toRegistryEntity(api.data, url, options.now());
    return entity ? { kind: 'found', entity, cached: false } : { kind: 'badData' };
  } finally {
    clearTimeout(timer);
  }
}
