import { PLATFORMS, type PlatformPattern } from '../patterns/platforms';
import { hrefOf } from './dom';
import { docFirst, query, type Scan } from './scan';
import type { Platform, PlatformName } from '../contracts/page';

// Which publishing platform serves the page (the records in lib/patterns/platforms.ts), told once
// per page: createContext puts it in the GatherContext that every gatherer reads.

const GENERATOR = 'meta[name="generator" i]';
query(GENERATOR);
for (const p of Object.values(PLATFORMS) as PlatformPattern[]) for (const s of [p.dom, p.apiRoot]) if (s) query(s);

export function detectPlatform(scan: Scan, url: string, host: string): Platform {
  const generator = (docFirst(scan, GENERATOR)?.getAttribute('content') ?? '').toLowerCase();
  for (const [name, p] of Object.entries(PLATFORMS) as [PlatformName, PlatformPattern][]) {
    if (p.generator?.test(generator) || p.host?.test(host) || (p.dom && docFirst(scan, p.dom))) {
      const api = p.apiRoot ? docFirst(scan, p.apiRoot) : null;
      return { name, apiRoot: api ? hrefOf(api, url) : null };
    }
  }
  return { name: null, apiRoot: null };
}
