import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RecordStore, type PageRecord } from '../../lib/node/audit/records';

const record = (key: string, kind: PageRecord['kind'] = 'page'): PageRecord => ({ key, company: 0, kind, url: key, finalUrl: null, status: null, contentType: null, error: 'x' });
const dirs: string[] = [];
const store = () => {
  const dir = mkdtempSync(join(tmpdir(), 'tillit-records-'));
  dirs.push(dir);
  const s = new RecordStore(dir);
  s.begin({ version: 1, list: 'hash', pages: 3, site: false, now: '2026-11-26T12:00:00.000Z' });
  return s;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the records a run keeps for resuming', () => {
  it('a line a kill cut short is dropped, and the next record, appended after a restart, is kept whole', () => {
    const first = store();
    first.add(record('0 /a', 'start'));
    appendFileSync(join(first.recordsDir, '0.jsonl'), '{"key":"0 /b","compa');
    const again = new RecordStore(first.dir);
    again.add(record('0 /b'));
    expect(again.read(0).map((r) => r.key)).toEqual(['0 /a', '0 /b']);
  });

  it('a page recorded twice (read again after a kill) counts once, its last record kept; the start page first, profiles last', () => {
    const s = store();
    s.add({ ...record('0 /p', 'profile') });
    s.add({ ...record('0 /x'), error: 'first try' });
    s.add(record('0 /', 'start'));
    s.add({ ...record('0 /x'), error: null });
    expect(s.read(0).map((r) => [r.key, r.error])).toEqual([
      ['0 /', 'x'],
      ['0 /x', null],
      ['0 /p', 'x'],
    ]);
  });

  it('keeps the settings of the run, so that another command is told apart', () => {
    const s = store();
    expect(new RecordStore(s.dir).previous()).toEqual({ version: 1, list: 'hash', pages: 3, site: false, now: '2026-11-26T12:00:00.000Z' });
    expect(s.read(5)).toEqual([]);
  });
});
