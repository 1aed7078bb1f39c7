/**
 * report.html: one static, self-contained page comparing the audited companies — a chart per
 * factor, a sortable table (sorting is a few lines of inline script; without it the table is in
 * the list's order), and per company its pages and the evidence behind each factor, linked to
 * the page it was found on. Every text from the web is escaped: the page never carries markup a
 * site wrote. Levels are a word and a shape as well as a colour, as in the extension.
 *
 * Written as it goes: each company's details go to a side file as it is added, and the page is
 * put together at the end (charts and table, then the details copied over), so a run of
 * thousands of companies keeps only a few numbers per company in memory.
 */
import { createReadStream, createWriteStream, rmSync, type WriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { FACTOR_KEYS, type FactorKey, type Level } from '../../factors';
import type { Evidence } from '../../contracts/page';
import type { CompanyLine, CompanyScore } from './aggregate';
import type { PageRecord } from './records';

export function escapeHtml(text: string | number | null | undefined): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A link only to an http(s) address; anything else is shown as text. */
function link(url: string | null | undefined, text: string): string {
  if (!url || !/^https?:\/\//i.test(url)) return escapeHtml(text);
  return `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;
}

const FACTOR_NAMES: Record<FactorKey, string> = {
  credibility: 'Credibility',
  transparency: 'Transparency',
  openness: 'Openness',
  responsiveness: 'Response time',
  longevity: 'Long-term commitment',
};
const SHAPE: Record<Level, string> = { strong: '▲', fair: '◆', weak: '▼', unknown: '?' };

function badge(score: number | null, level: Level): string {
  return `<span class="lv ${level}">${SHAPE[level]} ${score === null ? '–' : score} <span class="w">${level}</span></span>`;
}

const humanise = (id: string) => id.replace(/-/g, ' ');

/** Above this many companies a chart shows how many fall in each band, not one bar each. */
const BARS_UP_TO = 60;

function chart(key: FactorKey | 'overall', lines: readonly CompanyLine[]): string {
  const name = key === 'overall' ? 'Overall' : FACTOR_NAMES[key];
  const value = (l: CompanyLine) => (key === 'overall' ? l.overall : l.factors[key]);
  const id = `chart-${key}`;
  if (lines.length <= BARS_UP_TO) {
    const sorted = [...lines].sort((a, b) => (value(b).score ?? -1) - (value(a).score ?? -1));
    const bars = sorted
      .map((l) => {
        const v = value(l);
        return `<li><span class="n">${escapeHtml(l.company)}</span><span class="track" aria-hidden="true"><span class="bar ${v.level}" style="width:${v.score ?? 0}%"></span></span>${badge(v.score, v.level)}</li>`;
      })
      .join('');
    return `<figure aria-labelledby="${id}"><figcaption id="${id}">${name}: score per company, 0–100, highest first</figcaption><ol class="bars">${bars}</ol></figure>`;
  }
  const bands = [
    { label: '75–100 strong', level: 'strong' as Level, n: 0 },
    { label: '40–74 fair', level: 'fair' as Level, n: 0 },
    { label: '0–39 weak', level: 'weak' as Level, n: 0 },
    { label: 'unknown', level: 'unknown' as Level, n: 0 },
  ];
  for (const l of lines) bands.find((b) => b.level === value(l).level)!.n++;
  const bars = bands
    .map((b) => `<li><span class="n">${b.label}</span><span class="track" aria-hidden="true"><span class="bar ${b.level}" style="width:${Math.round((b.n / lines.length) * 100)}%"></span></span><span>${b.n} companies</span></li>`)
    .join('');
  return `<figure aria-labelledby="${id}"><figcaption id="${id}">${name}: companies per level (${lines.length} companies)</figcaption><ol class="bars">${bars}</ol></figure>`;
}

function table(lines: readonly CompanyLine[]): string {
  const cols = ['Company', 'Pages scored', 'Overall', ...FACTOR_KEYS.map((k) => FACTOR_NAMES[k]), 'Error'];
  const head = cols.map((c, i) => `<th scope="col" aria-sort="none"><button type="button" data-col="${i}">${c}</button></th>`).join('');
  const num = (n: number | null) => (n === null ? '' : String(n));
  const rows = lines
    .map((l) => {
      const cells = [
        `<th scope="row" data-v="${escapeHtml(l.company.toLowerCase())}"><a href="#c-${l.index}">${escapeHtml(l.company)}</a></th>`,
        `<td data-v="${l.pagesScored}">${l.pagesScored}${l.pagesFailed ? ` <span class="w">(${l.pagesFailed} not)</span>` : ''}</td>`,
        `<td data-v="${num(l.overall.score)}">${badge(l.overall.score, l.overall.level)}</td>`,
        ...FACTOR_KEYS.map((k) => `<td data-v="${num(l.factors[k].score)}">${badge(l.factors[k].score, l.factors[k].level)}</td>`),
        `<td data-v="${escapeHtml(l.error ?? '')}">${escapeHtml(l.error ?? '')}</td>`,
      ];
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<table id="companies"><caption>Companies (select a column heading to sort)</caption><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

function details(line: CompanyLine, records: readonly PageRecord[], score: CompanyScore | null): string {
  const pages = records
    .map((r) => {
      const where = link(r.finalUrl ?? r.url, r.finalUrl ?? r.url);
      const what = r.error ? `not scored: ${escapeHtml(r.error)}` : r.report ? `page overall ${badge(r.report.overall.score, r.report.overall.level)}${r.partial ? ' (partial)' : ''}` : '';
      return `<li>${r.kind === 'page' ? '' : `<span class="w">${r.kind}</span> `}${where}${r.status !== null ? ` <span class="w">HTTP ${r.status}</span>` : ''} — ${what}</li>`;
    })
    .join('');
  const factors = score
    ? FACTOR_KEYS.map((k) => {
        const f = score.factors[k];
        const channels = [...(score.site ? [score.site] : []), ...score.profiles];
        const items = channels
          .flatMap((c) => {
            const result = c.report.factors.find((x) => x.key === k);
            const pageOf = 'pageOf' in c ? (c.pageOf as Map<Evidence, string>) : null;
            return (result?.criteria ?? []).map((cr) => {
              const ev = cr.evidence
                .slice(0, 2)
                .map((e) => `“${escapeHtml(e.snippet)}”${pageOf?.get(e) ? ` on ${link(pageOf.get(e), new URL(pageOf.get(e)!).pathname)}` : c.channel !== 'site' ? ` on ${link(c.url, c.channel)}` : ''}`)
                .join('; ');
              return `<li><span class="st ${cr.status}">${cr.status}</span> ${escapeHtml(humanise(cr.id))}${c.channel !== 'site' ? ` <span class="w">(${escapeHtml(c.channel)})</span>` : ''}${ev ? `: ${ev}` : ''}</li>`;
            });
          })
          .join('');
        return `<details><summary>${FACTOR_NAMES[k]} ${badge(f.score, f.level)}</summary><ul>${items}</ul></details>`;
      }).join('')
    : '';
  return `<section id="c-${line.index}" aria-labelledby="h-${line.index}"><h3 id="h-${line.index}">${escapeHtml(line.company)} <span class="w">${link(line.url, line.url)}</span></h3>
<p>Overall ${badge(line.overall.score, line.overall.level)}${line.error ? ` — ${escapeHtml(line.error)}` : ''}</p>
<h4>Pages</h4><ul>${pages || '<li>none</li>'}</ul>${factors ? `<h4>Evidence per factor</h4>${factors}` : ''}<p><a href="#companies">Back to the table</a></p></section>\n`;
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem;color:#1a1a1a;background:#fff}
h1{font-size:1.6rem}.w{color:#555;font-size:.9em}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(20rem,1fr));gap:1rem}
figure{margin:0;border:1px solid #ccc;border-radius:6px;padding:.5rem}figcaption{font-weight:600}
.bars{list-style:none;margin:0;padding:0}.bars li{display:grid;grid-template-columns:9rem 1fr 7rem;gap:.5rem;align-items:center}
.n{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}.track{background:#eee;height:.8rem;border-radius:3px}.bar{display:block;height:100%;border-radius:3px}
.strong{background:#1b7f3b;color:#fff}.fair{background:#8a5300;color:#fff}.weak{background:#b3261e;color:#fff}.unknown{background:#6b6b6b;color:#fff}
.lv{display:inline-block;padding:0 .35rem;border-radius:4px;white-space:nowrap}.lv .w{color:inherit}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border-bottom:1px solid #ddd;padding:.3rem;text-align:left;vertical-align:top}
thead button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;text-align:left}
thead button:focus-visible,a:focus-visible,summary:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}
[aria-sort=ascending] button::after{content:" ▲"}[aria-sort=descending] button::after{content:" ▼"}
.st{font-weight:600}.st.met{color:#1b7f3b}.st.partial{color:#8a5300}.st.unmet{color:#b3261e}.st.unobservable{color:#555}
section{border-top:1px solid #ccc;margin-top:1rem}a{color:#1a5fb4}
@media (prefers-color-scheme:dark){body{background:#121212;color:#eee}.w{color:#bbb}a{color:#8ab4f8}.track{background:#333}th,td{border-color:#444}.st.met{color:#6fcf8f}.st.partial{color:#f0b35a}.st.unmet{color:#f28b82}.st.unobservable{color:#bbb}}`;

// Sorting: each cell's data-v; numbers as numbers, empty (unknown) last either way.
const SCRIPT = `(()=>{const t=document.getElementById('companies');const b=t.tBodies[0];
t.querySelectorAll('thead button').forEach((btn)=>btn.addEventListener('click',()=>{const th=btn.parentElement;const col=+btn.dataset.col;
const dir=th.getAttribute('aria-sort')==='ascending'?'descending':'ascending';t.querySelectorAll('thead th').forEach((x)=>x.setAttribute('aria-sort','none'));th.setAttribute('aria-sort',dir);
const v=(r)=>r.cells[col].dataset.v;const rows=[...b.rows];rows.sort((x,y)=>{const a=v(x),c=v(y);if(a===''||c==='')return a===c?0:a===''?1:-1;
const n=+a,m=+c;const r=!isNaN(n)&&!isNaN(m)?n-m:a.localeCompare(c);return dir==='ascending'?r:-r;});rows.forEach((r)=>b.appendChild(r));}));})();`;

export class ReportWriter {
  private readonly side: WriteStream;
  private readonly sidePath: string;

  constructor(
    private readonly path: string,
    private readonly title: string,
    private readonly now: Date,
  ) {
    this.sidePath = `${path}.details`;
    this.side = createWriteStream(this.sidePath);
  }

  async addCompany(line: CompanyLine, records: readonly PageRecord[], score: CompanyScore | null): Promise<void> {
    if (!this.side.write(details(line, records, score))) await new Promise<void>((ok) => this.side.once('drain', () => ok()));
  }

  async finish(lines: readonly CompanyLine[]): Promise<void> {
    await new Promise<void>((ok, fail) => {
      this.side.once('error', fail);
      this.side.end(() => ok());
    });
    const out = createWriteStream(this.path);
    const scored = lines.filter((l) => !l.error).length;
    out.write(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(this.title)}</title><style>${STYLE}</style></head>
<body><header><h1>${escapeHtml(this.title)}</h1>
<p>${lines.length} companies, ${scored} with a rating; dates judged as of ${escapeHtml(this.now.toISOString().slice(0, 10))}. Scores are 0–100; levels: ▲ strong ≥ 75, ◆ fair 40–74, ▼ weak &lt; 40, ? unknown (most of the factor could not be seen). Made by Tillit's <code>npm run audit</code>.</p></header>
<main><h2>Per factor</h2><div class="charts">${(['overall', ...FACTOR_KEYS] as const).map((k) => chart(k, lines)).join('\n')}</div>
<h2>All companies</h2>${table(lines)}
<h2>Per company</h2>\n`);
    await pipeline(createReadStream(this.sidePath), out, { end: false });
    await new Promise<void>((ok, fail) => {
      out.once('error', fail);
      out.end(`</main><script>${SCRIPT}</script></body></html>\n`, () => ok());
    });
    rmSync(this.sidePath, { force: true });
  }
}
