import { PLATFORMS, type PlatformPattern } from '../patterns/platforms';
import { first, hrefOf } from './dom';
import type { Platform, PlatformName } from '../contracts/page';

// Which publishing platform serves the page (the records in lib/patterns/platforms.ts), told once
// per page: createContext puts it in the GatherContext that every gatherer reads.

export function detectPlatform(doc: Document, url: string, host: string): Platform {
  const generator = (first(doc, 'meta[name="generator" i]')?.getAttribute('content') ?? '').toLowerCase();
  for (const [name, p] of Object.entries(PLATFORMS) as [PlatformName, PlatformPattern][]) {
    if (p.generator?.test(generator) || p.host?.test(host) || (p.dom && first(doc, p.dom))) {
      const api = p.apiRoot ? first(doc, p.apiRoot) : null;
      return { name, apiRoot: api ? hrefOf(api, url) : null };
    }
  }
  return { name: null, apiRoot: null };
}
