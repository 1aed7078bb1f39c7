import { fireEvent, render, screen } from '@testing-library/preact';
import { LangContext } from '@/components/i18n';
import { SiteCheck } from '@/components/SiteCheck';
import type { SiteEvidence } from '@/lib/contracts/site';

const evidence = (parts: Partial<SiteEvidence> = {}): SiteEvidence => ({
  site: 'firma.no',
  scannedAt: '2026-11-26T10:00:00.000Z',
  requests: 4,
  timedOut: false,
  cancelled: false,
  sources: [],
  replies: { readerComments: 3, answered: 2, share: 2 / 3, medianHours: 40, evidence: null },
  activity: { first: '2024-01-02T00:00:00.000Z', last: '2026-11-01T00:00:00.000Z', activeMonths24: 14, dated: 30, evidence: null },
  contact: { emails: [], phones: [], addresses: [], organisation: [] },
  ...parts,
});

describe('SiteCheck', () => {
  it('offers the check, then shows progress with a working Cancel', () => {
    const onStart = vi.fn();
    const onCancel = vi.fn();
    const { rerender } = render(<SiteCheck state={{ phase: 'idle' }} onStart={onStart} onCancel={onCancel} />);
    fireEvent.click(screen.getByRole('button', { name: 'Check the whole site' }));
    expect(onStart).toHaveBeenCalledOnce();

    rerender(<SiteCheck state={{ phase: 'running', done: 2, total: 6 }} onStart={onStart} onCancel={onCancel} />);
    expect(screen.getByRole('status').textContent).toContain('Reading 2 of 6');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('shows the measures, and says plainly what it could not read or know', () => {
    const { container } = render(
      <LangContext.Provider value="nb">
        <SiteCheck
          state={{ phase: 'done', cached: false, evidence: evidence({ timedOut: true, replies: null, sources: [{ kind: 'wp-comments', url: 'https://firma.no/wp-json/wp/v2/comments', ok: false, problem: 'timeout' }] }) }}
          onStart={() => {}}
          onCancel={() => {}}
        />
      </LangContext.Provider>,
    );
    expect(container.querySelector('[data-fact="replies"]')?.textContent).toMatch(/ukjent/);
    expect(container.querySelector('[data-fact="activity"]')?.textContent).toContain('14');
    expect(container.querySelector('[data-source-problem="wp-comments"]')?.textContent).toContain('timeout');
    expect(container.textContent).toMatch(/Tidsgrensen/);
  });

  it('shows the median reply time and the share answered', () => {
    const { container } = render(<SiteCheck state={{ phase: 'done', cached: true, evidence: evidence() }} onStart={() => {}} onCancel={() => {}} />);
    expect(container.querySelector('[data-fact="replies"]')?.textContent).toBe('The owner answered 2 of 3 readers’ comments; median reply time 40 hours');
  });
});
