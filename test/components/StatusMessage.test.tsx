import { fireEvent, render, screen } from '@testing-library/preact';
import { LangContext } from '@/components/i18n';
import { Loading, ProblemMessage } from '@/components/StatusMessage';
import type { AccessProblem } from '@/lib/page-access';

// When Tillit can't analyse a page the user gets a reason they can act on, announced as an alert.

const EXPECTED: [AccessProblem, RegExp][] = [
  ['restricted', /cannot read this page/],
  ['pdf', /PDF document/],
  ['file', /local files/],
  ['navigated', /page changed/],
  ['denied', /not allowed to read this page/],
  ['noTab', /no page to analyse/],
  ['invalid', /could not understand/],
  ['unknown', /could not analyse this page/],
];

describe('ProblemMessage', () => {
  it.each(EXPECTED)('%s → an alert with data-error and its own message', (problem, message) => {
    const { container } = render(<ProblemMessage problem={problem} />);
    const alert = screen.getByRole('alert');
    expect(alert.getAttribute('data-error')).toBe(problem);
    expect(alert.textContent).toMatch(message);
    expect(container.querySelectorAll('[role="alert"]')).toHaveLength(1);
  });

  it('each problem has a different message', () => {
    const texts = EXPECTED.map(([problem]) => {
      const { container, unmount } = render(<ProblemMessage problem={problem} />);
      const text = container.textContent;
      unmount();
      return text;
    });
    expect(new Set(texts).size).toBe(EXPECTED.length);
  });

  it('unknown problems include the browser\'s message, as text', () => {
    const { container } = render(<ProblemMessage problem="unknown" detail={'Boom <img src=x onerror=alert(1)>'} />);
    expect(screen.getByRole('alert').textContent).toContain('Boom <img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
  });

  it('is in Norwegian when the UI is', () => {
    render(
      <LangContext.Provider value="nb">
        <ProblemMessage problem="file" />
      </LangContext.Provider>,
    );
    expect(screen.getByRole('alert').textContent).toMatch(/lokale filer/);
  });

  it('offers "Try again" after a navigation, and calls back', () => {
    const onRetry = vi.fn();
    render(<ProblemMessage problem="navigated" onRetry={onRetry} />);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it.each(['restricted', 'pdf', 'file', 'invalid'] as const)('no pointless retry for %s', (problem) => {
    render(<ProblemMessage problem={problem} onRetry={() => undefined} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('Loading', () => {
  it('announces the analysis politely', () => {
    render(<Loading />);
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toContain('Analysing the page');
  });
});
