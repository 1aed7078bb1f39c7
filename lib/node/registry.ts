/**
 * `--registry` for the command line: the page's organisation numbers looked up in
 * Enhetsregisteret from Node (the extension's own client, lib/registry, with Node's fetch and no
 * cache), the page scored again with the entry, and what the register said added to the summary.
 * TILLIT_REGISTRY_BASE points the lookups at another register (the tests' local mock).
 */
import type { RegistryEntity } from '../contracts/company';
import { scorePage } from '../factors';
import { REGISTRY_BASE } from '../registry/api';
import { lookupEntity, type RegistryOutcome } from '../registry/client';
import { summarise } from '../summary';
import { isValidOrgNumber } from '../util/org-number';
import type { ScoreResult } from './scorer';

export const REGISTRY_BASE_ENV = 'TILLIT_REGISTRY_BASE';
/** Numbers looked up per page, at most (a page rarely shows more than its own and a parent's). */
const MAX_LOOKUPS = 3;

/** One number and what the register said: the entity, or why there is none. */
export interface RegistryLookup {
  orgNumber: string;
  outcome: RegistryOutcome['kind'];
  entity: RegistryEntity | null;
  /** The HTTP status of an `http` outcome; the message of a `network` one. */
  detail?: string;
}

export type WithRegistry = ScoreResult & { summary: ScoreResult['summary'] & { registry: RegistryLookup[] } };

export interface LookupOptions {
  base?: string;
  fetch?: typeof fetch;
}

/** The valid organisation numbers among `numbers` (at most MAX_LOOKUPS of them), each looked up once. */
export async function lookUp(numbers: readonly string[], options: LookupOptions = {}): Promise<RegistryLookup[]> {
  const base = options.base ?? process.env[REGISTRY_BASE_ENV] ?? REGISTRY_BASE;
  const registry: RegistryLookup[] = [];
  for (const orgNumber of [...new Set(numbers.filter(isValidOrgNumber))].slice(0, MAX_LOOKUPS)) {
    const outcome = await lookupEntity(orgNumber, { now: () => new Date(), base, fetch: options.fetch, cache: null });
    const detail = outcome.kind === 'http' ? String(outcome.status) : outcome.kind === 'network' ? outcome.message : undefined;
    registry.push({ orgNumber, outcome: outcome.kind, entity: outcome.kind === 'found' ? outcome.entity : null, ...(detail ? { detail } : {}) });
  }
  return registry;
}

export async function withRegistry(result: ScoreResult, options: LookupOptions = {}): Promise<WithRegistry> {
  const registry = await lookUp(result.signals.contact.orgNumbers.map((n) => n.value), options);
  const entity = registry.find((r) => r.entity)?.entity ?? null;
  if (!entity) return { ...result, summary: { ...result.summary, registry } };
  // Judged as of the analysis (--now), like the rest of the report.
  const report = scorePage(result.signals, new Date(result.report.analysedAt), result.site ?? null, { official: null, registry: entity });
  return { ...result, report, summary: { ...result.summary, ...summarise(result.signals, report), registry } };
}
