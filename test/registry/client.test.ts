import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RegistryEntity } from '@/lib/contracts/company';
import { CACHE_MS, lookupEntity, type RegistryCache, type RegistryOptions } from '@/lib/registry/client';
import { ACTIVE, BANKRUPT, DELETED, LIQUIDATION, NOT_FOUND, WITHHELD } from '../fixtures/registry';

// The register client against a local server that answers in the API's documented shapes.

const NOW = new Date('2026-11-26T12:00:00Z');
const ORGNR = '923609016';

let server: Server;
let base: string;
let answer: (res: ServerResponse) => void;
const requests: string[] = [];
const hanging = new Set<ServerResponse>();

const json = (status: number, body: unknown) => (res: ServerResponse) => {
  res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8' });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    answer(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/enhetsregisteret/api`;
});
afterAll(async () => {
  for (const res of hanging) res.destroy();
  await new Promise((ok) => server.close(ok));
});
beforeEach(() => {
  requests.length = 0;
});

function memoryCache(): RegistryCache & { store: Map<string, unknown> } {
  const store = new Map<string, unknown>();
  return { store, get: async (k) => store.get(k), set: async (k, v) => void store.set(k, v) };
}

const options = (extra: Partial<RegistryOptions> = {}): RegistryOptions => ({ now: () => NOW, base, cache: null, ...extra });

async function found(body: unknown): Promise<RegistryEntity> {
  answer = json(200, body);
  const outcome = await lookupEntity(ORGNR, options());
  if (outcome.kind !== 'found') throw new Error(`expected found, got ${outcome.kind}`);
  return outcome.entity;
}

describe('lookupEntity: the documented shapes', () => {
  it('an active entity: name, form, dates, website; no warnings; asked at /enheter/{orgnr}', async () => {
    const entity = await found(ACTIVE);
    expect(requests).toEqual([`/enhetsregisteret/api/enheter/${ORGNR}`]);
    expect(entity).toEqual({
      orgNumber: ORGNR, name: 'FJORDTRE SNEKKERI AS', form: 'Aksjeselskap', founded: '2019-09-15', registered: '2019-10-02', website: 'www.fjordtre.no',
      bankrupt: false, liquidation: false, forcedDissolution: false, deleted: null, source: `${base}/enheter/${ORGNR}`, fetchedAt: NOW.toISOString(),
    });
  });

  it('bankrupt, in liquidation, under forced dissolution', async () => {
    expect((await found(BANKRUPT)).bankrupt).toBe(true);
    expect((await found(LIQUIDATION)).liquidation).toBe(true);
    expect((await found({ ...ACTIVE, underTvangsavviklingEllerTvangsopplosning: true })).forcedDissolution).toBe(true);
  });

  it('a deleted entity with only a few fields: its name, form and deletion date, the rest null', async () => {
    expect(await found(DELETED)).toMatchObject({ name: 'FJORDTRE SNEKKERI AS', form: 'Aksjeselskap', deleted: '2024-06-01', founded: null, registered: null, website: null, bankrupt: false });
  });

  it('410: withheld, with its deletion date', async () => {
    answer = json(410, WITHHELD);
    expect(await lookupEntity(ORGNR, options())).toEqual({ kind: 'withheld', deleted: '2023-01-01' });
    answer = json(410, 'Gone');
    expect(await lookupEntity(ORGNR, options())).toEqual({ kind: 'withheld', deleted: null });
  });

  it('404: not found', async () => {
    answer = json(404, NOT_FOUND);
    expect(await lookupEntity(ORGNR, options())).toEqual({ kind: 'notFound' });
  });

  it('other HTTP errors carry their status', async () => {
    answer = json(503, { error: 'Service Unavailable' });
    expect(await lookupEntity(ORGNR, options())).toEqual({ kind: 'http', status: 503 });
  });

  it('malformed answers are bad data: not JSON, not an entity, another entity, a bad field type', async () => {
    for (const body of ['<html>oops</html>', '{"organisasjonsnummer":', [], { navn: 'X' }, { ...ACTIVE, organisasjonsnummer: '974760673' }, { ...ACTIVE, konkurs: 'ja' }]) {
      answer = json(200, body);
      expect(await lookupEntity(ORGNR, options()), JSON.stringify(body)).toEqual({ kind: 'badData' });
    }
  });

  it('odd values are dropped, not trusted: a date that is not a date, an empty name', async () => {
    expect(await found({ ...ACTIVE, stiftelsesdato: '15.09.2019', navn: '  ', hjemmeside: '' })).toMatchObject({ founded: null, name: null, website: null });
  });

  it('an invalid number (MOD11) is never sent', async () => {
    answer = json(200, ACTIVE);
    for (const orgnr of ['923609017', '12345678', '../enheter', '']) expect(await lookupEntity(orgnr, options())).toEqual({ kind: 'invalid' });
    expect(requests).toEqual([]);
  });

  it('a register that never answers: timeout', async () => {
    answer = (res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{');
      hanging.add(res);
    };
    expect(await lookupEntity(ORGNR, options({ timeoutMs: 200 }))).toEqual({ kind: 'timeout' });
  });

  it('a request that fails: offline when the machine is, else a network error with its message', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await lookupEntity(ORGNR, options({ fetch: failing, online: () => false }))).toEqual({ kind: 'offline' });
    expect(await lookupEntity(ORGNR, options({ fetch: failing, online: () => true }))).toEqual({ kind: 'network', message: 'Failed to fetch' });
  });
});

describe('lookupEntity: kept 7 days', () => {
  it('a second lookup within 7 days is answered from the cache; after 7 days the register is asked again', async () => {
    const cache = memoryCache();
    answer = json(200, ACTIVE);
    let now = NOW;
    const opts = options({ cache, now: () => now });
    expect(await lookupEntity(ORGNR, opts)).toMatchObject({ kind: 'found', cached: false });
    expect(cache.store.has(ORGNR)).toBe(true);
    now = new Date(NOW.getTime() + CACHE_MS - 1);
    expect(await lookupEntity(ORGNR, opts)).toMatchObject({ kind: 'found', cached: true, entity: { fetchedAt: NOW.toISOString() } });
    expect(requests).toHaveLength(1);
    now = new Date(NOW.getTime() + CACHE_MS);
    expect(await lookupEntity(ORGNR, opts)).toMatchObject({ kind: 'found', cached: false, entity: { fetchedAt: now.toISOString() } });
    expect(requests).toHaveLength(2);
  });

  it('a corrupt, foreign or future-dated entry is fetched again, never trusted and never a crash', async () => {
    answer = json(200, ACTIVE);
    const good = (await found(ACTIVE)) as Record<string, unknown>;
    for (const bad of ['garbage', null, { ...good, bankrupt: 'no' }, { ...good, orgNumber: '974760673' }, { ...good, fetchedAt: '2027-01-01T00:00:00Z' }, { ...good, fetchedAt: 'yesterday' }]) {
      const cache = memoryCache();
      cache.store.set(ORGNR, bad);
      requests.length = 0;
      expect(await lookupEntity(ORGNR, options({ cache })), JSON.stringify(bad)).toMatchObject({ kind: 'found', cached: false });
      expect(requests).toHaveLength(1);
    }
    const throwing: RegistryCache = { get: () => Promise.reject(new Error('storage gone')), set: () => Promise.reject(new Error('storage gone')) };
    expect(await lookupEntity(ORGNR, options({ cache: throwing }))).toMatchObject({ kind: 'found', cached: false });
  });

  it('failures are not kept', async () => {
    const cache = memoryCache();
    answer = json(404, NOT_FOUND);
    await lookupEntity(ORGNR, options({ cache }));
    expect(cache.store.size).toBe(0);
  });
});
