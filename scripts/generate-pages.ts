/**
 * Writes the benchmark's generated pages (lib/node/generate-pages.ts) to files, for looking at
 * by hand:
 *
 *   npx tsx scripts/generate-pages.ts [out-dir]     (default test/tmp/generated)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generatedPages } from '../lib/node/generate-pages';

const out = resolve(process.argv[2] ?? 'test/tmp/generated');
mkdirSync(out, { recursive: true });
for (const p of generatedPages()) {
  writeFileSync(join(out, p.name), p.html);
  process.stdout.write(`${join(out, p.name)}  ${(p.html.length / 1e6).toFixed(1)} MB  ${p.label}\n`);
}
