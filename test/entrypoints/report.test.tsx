import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App as ReportApp } from '@/entrypoints/report/App';
import { scorePage } from '@/lib/factors';
import { editNotes, editRating } from '@/lib/notes/edit';
import { keptReport, recordAnalysis, updateSite } from '@/lib/notes/store';
import { reportPath, siteParam } from '@/lib/report-page';
import { makeSignals, NOW } from '../helpers/signals';

// The printable report for one site (entrypoints/report): what it shows from storage, its
// downloads, and its ?site= parameter.

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

  it('the saved report is the scored report itself (one shape, nothing to convert)', () => {
    const report = scorePage(makeSignals(), NOW);
    expect(keptReport(report)).toEqual(report);
  });
});
