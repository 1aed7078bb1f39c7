import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EvidenceList } from '@/components/EvidenceList';
import { describeChart, FactorChart, type ChartFactor } from '@/components/FactorChart';
import { LangContext, type Translate } from '@/components/i18n';
import { reportOf } from '@/components/ReportPage';
import { ShowContext, type ShowOnPage } from '@/components/show';
import { Trend, trendSegments } from '@/components/sites/Trend';
import { App as ReportApp } from '@/entrypoints/report/App';
import { scorePage } from '@/lib/factors';
import { translate, type Lang } from '@/lib/i18n';
import { editNotes, editRating } from '@/lib/notes/edit';
import type { Snapshot } from '@/lib/notes/schema';
import { recordAnalysis, updateSite } from '@/lib/notes/store';
import { reportPath, siteParam } from '@/lib/report-page';
import { makeSignals, NOW } from '../helpers/signals';

// Issue 6: the chart, the trend lines, "show on page" in the evidence and the printable report.

const FACTORS: ChartFactor[] = [
  { key: 'credibility', score: 93, level: 'strong' },
  { key: 'transparency', score: 25, level: 'weak' },
  { key: 'openness', score: 70, level: 'fair' },
  { key: 'responsiveness', score: null, level: 'unknown' },
  { key: 'longevity', score: 0, level: 'weak' },
];
const inLang = (lang: Lang, node: preact.ComponentChildren) => <LangContext.Provider value={lang}>{node}</LangContext.Provider>;
const tr = (lang: Lang): Translate => (key, params) => translate(lang, key, params);

describe('FactorChart', () => {
  it('is an image named and described in words, with every value', () => {
    render(inLang('en', <FactorChart factors={FACTORS} ratings={{ credibility: 4 }} />));
    const img = screen.getByRole('img', { name: 'The five factors at a glance' });
    const desc = document.getElementById(img.getAttribute('aria-describedby')!)!.textContent!;
    expect(desc).toContain('Credibility: 93 of 100, Strong');
    expect(desc).toContain('Response time: unknown');
    expect(desc).toContain('Your ratings: Credibility 4 of 5');
  });

  it('draws known scores as the filled shape and leaves the unknown factor out of it, marked', () => {
    const { container } = render(inLang('en', <FactorChart factors={FACTORS} />));
    const shape = container.querySelector('polygon.chart__score')!;
    expect(shape.getAttribute('points')!.split(' ')).toHaveLength(4);
    expect(container.querySelectorAll('.chart__axis--unknown')).toHaveLength(1);
    expect(container.querySelectorAll('circle.chart__unknown')).toHaveLength(1);
    expect(container.querySelector('[data-axis="responsiveness"]')!.textContent).toContain('Unknown');
    // No own ratings: no second outline and no legend entry for it.
    expect(container.querySelector('.chart__own')).toBeNull();
  });

  it('adds the user\'s own ratings as a second, dashed outline (5 → the outer ring)', () => {
    const { container } = render(inLang('en', <FactorChart factors={FACTORS} ratings={{ credibility: 5, openness: 3, longevity: 1 }} />));
    const own = container.querySelector('polygon.chart__own')!;
    const [first] = own.getAttribute('points')!.split(' ');
    expect(first).toBe('190.0,50.0'); // straight up, radius 80 from the centre (190, 130)
    expect(container.querySelectorAll('rect.chart__own-dot')).toHaveLength(3);
  });

  it('labels the axes in the UI language', () => {
    const { container } = render(inLang('nb', <FactorChart factors={FACTORS} />));
    const labels = [...container.querySelectorAll('[data-axis]')].map((el) => el.textContent);
    expect(labels[0]).toContain('Troverdighet');
    expect(labels[3]).toContain('Ukjent');
    expect(describeChart(tr('nb'), FACTORS)).toContain('Troverdighet: 93 av 100, Sterk');
  });
});

describe('Trend', () => {
  const snap = (at: string, credibility: number | null): Snapshot => ({ at, url: 'https://x.example/', overall: 50, scores: { credibility }, levels: {} });
  const history = [snap('2026-10-01T10:00:00Z', 40), snap('2026-09-01T10:00:00Z', 20), snap('2026-11-01T10:00:00Z', 80)];

  it('draws the scores oldest first, breaking the line where a score was unknown', () => {
    expect(trendSegments([snap('2026-01-01T00:00:00Z', 0), snap('2026-02-01T00:00:00Z', null), snap('2026-03-01T00:00:00Z', 100)], 'credibility')).toEqual([[[3, 21]], [[77, 3]]]);
  });

  it('has a text alternative with the values and dates, formatted for the language', () => {
    render(inLang('nb', <Trend history={history} factor="credibility" />));
    const img = screen.getByRole('img');
    expect(img.getAttribute('aria-label')).toBe('Troverdighet: 20, 40, 80 over 3 analyser, 1. sep. 2026 til 1. nov. 2026');
  });

  it('says "unknown" for analyses that could not rate the factor', () => {
    render(inLang('en', <Trend history={[snap('2026-09-01T10:00:00Z', null), snap('2026-10-01T10:00:00Z', 55.5)]} factor="credibility" />));
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/^Credibility: unknown, 55\.5 over 2 analyses/);
  });
});

describe('show on page (evidence)', () => {
  const evidence = [
    { snippet: 'Skrevet av Kari', selector: '#byline', source: 'byline' },
    { snippet: 'https://firma.example/', selector: null, source: 'url' },
  ];

  it('offers a "show" button only for evidence with an element, and calls back with its selector', () => {
    const show = vi.fn();
    const value: ShowOnPage = { states: {}, show };
    render(inLang('en', <ShowContext.Provider value={value}><EvidenceList evidence={evidence} /></ShowContext.Provider>));
    const buttons = screen.getAllByRole('button', { name: /Show on page/ });
    expect(buttons).toHaveLength(1);
    fireEvent.click(buttons[0]!);
    expect(show).toHaveBeenCalledWith('#byline');
  });

  it('says when the element is no longer on the page (in Norwegian too)', () => {
    const value: ShowOnPage = { states: { '#byline': 'gone' }, show: () => {} };
    const { container } = render(inLang('nb', <ShowContext.Provider value={value}><EvidenceList evidence={evidence} /></ShowContext.Provider>));
    expect(screen.getByRole('button', { name: /Vis på siden/ })).toBeTruthy();
    expect(container.querySelector('.evidence__state')!.textContent).toBe('Finnes ikke lenger på siden');
  });

  it('has no show buttons where there is no page (the printable report)', () => {
    render(inLang('en', <EvidenceList evidence={evidence} />));
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('report page', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads ?site= safely', () => {
    expect(siteParam('?site=Firma.example')).toBe('firma.example');
    expect(siteParam('?site=<script>')).toBeNull();
    expect(siteParam('')).toBeNull();
    expect(reportPath('firma.example')).toBe('/report.html?site=firma.example');
  });

  it('shows the site, date, chart, every factor opened, evidence, tips, notes and ratings; downloads Markdown', async () => {
    const report = scorePage(makeSignals({ contact: { emails: [{ value: 'x@y.no', evidence: { snippet: 'x@y.no', selector: 'a[href^=mailto]', source: 'link' } }] } }), NOW);
    await recordAnalysis('firma.example', report);
    await updateSite('firma.example', editNotes('Svarer <b>raskt</b>.\nGod kontaktside.'));
    await updateSite('firma.example', editRating('openness', 4));
    const save = vi.fn();
    const print = vi.fn();
    const { container } = render(<ReportApp lang="nb" site="firma.example" save={save} print={print} />);
    await waitFor(() => expect(container.querySelector('[data-page="report"][data-state="ready"]')).not.toBeNull());
    expect(container.querySelector('h1')!.textContent).toBe('Tillit-rapport: firma.example');
    expect(container.querySelector('time')!.textContent).toMatch(/26\. november 2026/);
    expect(screen.getByRole('img', { name: 'De fem faktorene i ett bilde' })).toBeTruthy();
    const cards = container.querySelectorAll<HTMLDetailsElement>('details[data-factor]');
    expect(cards).toHaveLength(5);
    expect([...cards].every((c) => c.open)).toBe(true);
    expect(container.textContent).toContain('x@y.no');
    expect(container.querySelector('.tips')).not.toBeNull();
    expect(container.querySelector('[data-notes]')!.textContent).toBe('Svarer <b>raskt</b>.\nGod kontaktside.');
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('[data-factor-row="openness"]')!.textContent).toContain('4 av 5');
    // No "show on page" on a report: the page it came from is not here.
    expect(screen.queryByRole('button', { name: /Vis på siden/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Last ned Markdown' }));
    expect(save).toHaveBeenCalledWith('tillit-firma.example.md', expect.stringContaining('# Tillit: firma.example'), 'text/markdown');
    fireEvent.click(screen.getByRole('button', { name: 'Skriv ut' }));
    expect(print).toHaveBeenCalled();
  });

  it('says so when nothing is saved for the site', async () => {
    render(<ReportApp lang="en" site="nothing.example" />);
    expect((await screen.findByRole('alert')).textContent).toContain('Nothing is saved for nothing.example');
  });

  it('the saved report converts back to what the report view draws', () => {
    const report = scorePage(makeSignals(), NOW);
    const back = reportOf({ ...report, factors: report.factors.map((f) => ({ ...f, criteria: f.criteria.map(({ id, status, points, earned, evidence, detail }) => ({ id, status, points, earned, evidence, detail })) })) });
    expect(back.factors.map((f) => f.criteria.every((c) => c.factor === f.key))).toEqual([true, true, true, true, true]);
  });
});
