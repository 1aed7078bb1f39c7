/**
 * `npx tsx scripts/bench-audit.ts [--sites N] [--pages N] [--concurrency C] [--latency MS]`: throughput of
 * `npm run audit` against the sequential `npm run score` on the same pages, on loopback sites
 * (lib/node/audit-sites.ts). Prints pages per minute for each and their ratio.
 *
 * `npx tsx scripts/bench-audit.ts --memory N [--pages N]`: an audit of N generated companies
 * (one loopback server, a small site per company), sampling the resident memory of the audit's
 * Node process and of its Chromium every 2 s; prints the peak and how it grew over the run.
 *
 * Both always exit 0 and print figures, not verdicts: the machine's load is printed with them.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serveFixtures } from '../lib/node/fixture-server';
import { ROOT } from '../lib/node/scorer';
import { serveBlog, type CountingSite } from '../lib/node/audit-sites';

const NOW = '2026-11-26T12:00:00Z';
const { values } = parseArgs({ options: { sites: { type: 'string' }, pages: { type: 'string' }, concurrency: { type: 'string' }, memory: { type: 'string' }, latency: { type: 'string' } } });

function run(args: string[], onPid?: (pid: number) => void): Promise<{ ms: number; stdout: string; stderr: string; code: number | null }> {
  const started = Date.now();
  return new Promise((ok) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    onPid?.(child.pid!);
    child.on('close', (code) => ok({ ms: Date.now() - started, stdout, stderr, code }));
  });
}

const perMinute = (pages: number, ms: number) => (pages / ms) * 60_000;
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');

async function throughput(): Promise<void> {
  const sites = Number(values.sites ?? 4);
  const pages = Number(values.pages ?? 10);
  const concurrency = Number(values.concurrency ?? 2);
  // Milliseconds each page waits before it answers, as a real server's would (0: loopback speed).
  const latency = Number(values.latency ?? 0);
  const servers: CountingSite[] = [];
  for (let i = 0; i < sites; i++) servers.push(await serveBlog(`127.0.0.${60 + i}`, { name: `Bench ${i + 1}`, posts: pages + 2, newest: '2026-11-10', replyHours: 4 + i, delayMs: latency }));
  const tmp = mkdtempSync(join(tmpdir(), 'tillit-bench-audit-'));
  try {
    const list = join(tmp, 'list.csv');
    writeFileSync(list, `company,url\n${servers.map((s, i) => `Bench ${i + 1},${s.origin}/`).join('\n')}\n`);
    console.log(`${sites} sites × ${pages} pages, ${latency} ms per answer, load average before: ${load()}`);
    const audit = await run(['scripts/audit.ts', list, '--out', join(tmp, 'out'), '--pages', String(pages), '--concurrency', String(concurrency), '--delay', '0', '--now', NOW]);
    const lines = readFileSync(join(tmp, 'out', 'pages.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { url: string; error: string | null });
    const scored = lines.filter((l) => !l.error).map((l) => l.url);
    const auditRate = perMinute(scored.length, audit.ms);
    console.log(`audit --concurrency ${concurrency}: ${scored.length} pages in ${(audit.ms / 1000).toFixed(1)} s = ${auditRate.toFixed(1)} pages/min (exit ${audit.code}; load ${load()})`);
    const score = await run(['scripts/score.ts', '--json', '--now', NOW, ...scored]);
    const scoreRate = perMinute(scored.length, score.ms);
    console.log(`score, sequential:    ${scored.length} pages in ${(score.ms / 1000).toFixed(1)} s = ${scoreRate.toFixed(1)} pages/min (exit ${score.code}; load ${load()})`);
    console.log(`ratio audit / score: ${(auditRate / scoreRate).toFixed(2)}×`);
  } finally {
    await Promise.all(servers.map((s) => s.close()));
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Resident memory (kB) of a process and of all its descendants, by /proc. */
function rss(pid: number): { own: number; children: number } {
  const read = (p: number) => {
    try {
      return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      return 0;
    }
  };
  const parentOf = new Map<number, number>();
  for (const d of readdirSync('/proc').filter((x) => /^\d+$/.test(x))) {
    try {
      parentOf.set(Number(d), Number(readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]));
    } catch {
      /* gone */
    }
  }
  const descendants = (p: number): number[] => [...parentOf].filter(([, parent]) => parent === p).flatMap(([c]) => [c, ...descendants(c)]);
  return { own: read(pid), children: descendants(pid).reduce((n, c) => n + read(c), 0) };
}

async function memory(companies: number): Promise<void> {
  const pages = Number(values.pages ?? 1);
  const page = (title: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main>${body}</main></body></html>`;
  const routes: Record<string, (req: unknown, res: import('node:http').ServerResponse) => void> = {};
  const html = (body: string) => (_req: unknown, res: import('node:http').ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body);
  };
  for (let i = 0; i < companies; i++) {
    const posts = Array.from({ length: pages }, (_, p) => `/c/${i}/2026/0${(p % 9) + 1}/post-number-${p}.html`);
    routes[`/c/${i}/`] = html(page(`Company ${i}`, `<h1>Company ${i}</h1><p>By Kari Nordmann. We write about our work.</p>${posts.map((p) => `<a href="${p}">post</a>`).join(' ')}`));
    for (const p of posts) routes[p] = html(page(`Post of ${i}`, '<article><h1>A post</h1><p>By Kari Nordmann, 2026-09-01. I think we did well.</p></article>'));
  }
  const server = await serveFixtures('/nonexistent-audit-root', { host: '127.0.0.70', routes });
  const tmp = mkdtempSync(join(tmpdir(), 'tillit-bench-memory-'));
  try {
    const list = join(tmp, 'list.csv');
    writeFileSync(list, `company,url\n${Array.from({ length: companies }, (_, i) => `Company ${i},${server.origin}/c/${i}/`).join('\n')}\n`);
    console.log(`${companies} companies × ${pages} page(s), load average before: ${load()}`);
    const samples: { t: number; own: number; children: number; records: number }[] = [];
    let timer: NodeJS.Timeout | undefined;
    const out = join(tmp, 'out');
    const result = await run(['scripts/audit.ts', list, '--out', out, '--pages', String(pages), '--concurrency', String(values.concurrency ?? 2), '--delay', '0', '--now', NOW], (pid) => {
      const started = Date.now();
      timer = setInterval(() => {
        let records = 0;
        try {
          records = readdirSync(join(out, 'records')).length;
        } catch {
          /* not yet */
        }
        samples.push({ t: Date.now() - started, ...rss(pid), records });
      }, 2_000);
    });
    clearInterval(timer);
    const peak = (k: 'own' | 'children') => Math.max(...samples.map((s) => s[k]));
    const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
    console.log(`done in ${(result.ms / 60_000).toFixed(1)} min, exit ${result.code}; ${result.stderr.trim().split('\n').at(-1)}`);
    console.log(`peak RSS: audit (Node) ${mb(peak('own'))}, its Chromium ${mb(peak('children'))}`);
    // How the Node process grew as companies were done: a tenth of the way, half way, the end.
    for (const share of [0.1, 0.5, 0.9]) {
      const s = samples.find((x) => x.records >= companies * share);
      if (s) console.log(`  at ${s.records} companies recorded (${(s.t / 1000).toFixed(0)} s): Node ${mb(s.own)}, Chromium ${mb(s.children)}`);
    }
    console.log(`outputs: ${['pages.jsonl', 'companies.csv', 'report.html'].map((f) => `${f} ${(Number(execFileSync('stat', ['-c', '%s', join(out, f)]).toString()) / 1e6).toFixed(1)} MB`).join(', ')}`);
  } finally {
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

await (values.memory ? memory(Number(values.memory)) : throughput());
