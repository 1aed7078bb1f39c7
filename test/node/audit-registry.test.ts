import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RegistryEntity } from '../../lib/contracts/company';
import { orgNumbersIn, writeOutputs } from '../../lib/node/audit/outputs';
import { RecordStore, type PageRecord } from '../../lib/node/audit/records';
import { finding, makeSignals } from '../helpers/signals';

// `npm run audit -- --registry`: the register's entry for the numbers a company's pages show is
// scored with the company, like the popup's lookup.

const NOW = new Date('2026-11-26T12:00:00.000Z');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const signals = makeSignals({
  url: 'https://firma.example/',
  // A credible page: a named author with a profile and a bio, in the first person, with sources.
  authors: [{ name: 'Kari Nordmann', visible: true, profileUrl: 'https://firma.example/kari', bio: finding('Rådgiver i 20 år'), evidence: { snippet: 'Kari Nordmann', selector: null, source: 'byline' } }],
  contact: { orgNumbers: [finding('974760673')], organisationNames: [finding('Firma AS')] },
  engagement: { firstPerson: { count: 4, evidence: { snippet: 'vi', selector: null, source: 'text' } }, signatures: [finding('Hilsen Kari')], sources: { count: 3, examples: [finding('https://ssb.no/')] } },
});
const page: PageRecord = { key: '0 /', company: 0, kind: 'start', url: 'https://firma.example/', finalUrl: 'https://firma.example/', status: 200, contentType: 'text/html', error: null, signals } as PageRecord;
const bankrupt: RegistryEntity = {
  orgNumber: '974760673', name: 'FIRMA AS', form: 'Aksjeselskap', founded: '2001-05-01', registered: '2001-05-10', website: 'firma.example',
  bankrupt: true, liquidation: false, forcedDissolution: false, deleted: null, source: 'https://data.brreg.no/enhetsregisteret/api/enheter/974760673', fetchedAt: NOW.toISOString(),
};

async function credibility(registryOf?: (n: string[]) => Promise<RegistryEntity | null>) {
  const dir = mkdtempSync(join(tmpdir(), 'tillit-audit-registry-'));
  dirs.push(dir);
  const store = new RecordStore(dir);
  store.begin({ version: 1, list: 'hash', pages: 1, site: false, now: NOW.toISOString() });
  store.add(page);
  const asked: string[][] = [];
  const { lines } = await writeOutputs(dir, [{ company: 'Firma', url: 'https://firma.example/', profiles: [], line: 2 }] as never, store, NOW, 'test', registryOf && ((n) => (asked.push(n), registryOf(n))));
  return { factor: lines[0]!.factors.credibility, asked, csv: readFileSync(join(dir, 'companies.csv'), 'utf8') };
}

describe('audit --registry', () => {
  it('asks for the numbers the pages show, and a bankrupt company’s credibility is at most weak', async () => {
    const without = await credibility();
    const withEntry = await credibility(async () => bankrupt);
    expect(orgNumbersIn([page])).toEqual(['974760673']);
    expect(withEntry.asked).toEqual([['974760673']]);
    expect(without.factor.level).toBe('strong');
    expect(withEntry.factor.level).toBe('weak');
  });

  it('a company the register does not know is rated as without it', async () => {
    expect((await credibility(async () => null)).factor).toEqual((await credibility()).factor);
  });
});
