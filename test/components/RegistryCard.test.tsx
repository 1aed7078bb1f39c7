import { fireEvent, render, screen } from '@testing-library/preact';
import { LangContext } from '@/components/i18n';
import { RegistryCard, type RegistryState } from '@/components/RegistryCard';
import type { RegistryEntity } from '@/lib/contracts/company';

const ORGNR = '923609016';
const entity = (parts: Partial<RegistryEntity> = {}): RegistryEntity => ({
  orgNumber: ORGNR, name: 'FJORDTRE SNEKKERI AS', form: 'Aksjeselskap', founded: '2019-09-15', registered: '2019-10-02', website: 'www.fjordtre.no',
  bankrupt: false, liquidation: false, forcedDissolution: false, deleted: null, source: 'https://data.brreg.no/enhetsregisteret/api/enheter/923609016', fetchedAt: '2026-11-26T12:00:00.000Z', ...parts,
});

function card(state: RegistryState, lang: 'en' | 'nb' = 'en', onLookup = () => {}, pageNames = ['Fjordtre Snekkeri']) {
  return render(
    <LangContext.Provider value={lang}>
      <RegistryCard orgNumber={ORGNR} state={state} pageNames={pageNames} pageUrl="https://www.fjordtre.no/kontakt" onLookup={onLookup} />
    </LangContext.Provider>,
  );
}

describe('RegistryCard', () => {
  it('offers the lookup, naming the number and what is sent, and calls back on click', () => {
    const onLookup = vi.fn();
    card({ phase: 'idle' }, 'en', onLookup);
    expect(screen.getByText(/only the number is sent/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: `Look up ${ORGNR} in the register` }));
    expect(onLookup).toHaveBeenCalledOnce();
  });

  it('an active company: name beside the page’s, founding date, website against the site; no warning', () => {
    const { container } = card({ phase: 'done', entity: entity(), cached: false });
    const fact = (name: string) => container.querySelector(`[data-fact="${name}"]`)?.textContent;
    expect(fact('name')).toBe('FJORDTRE SNEKKERI AS (the same as on the page)');
    expect(fact('founded')).toBe('15 Sept 2019');
    expect(fact('website')).toBe('www.fjordtre.no (this site)');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a bankrupt company: a warning in words (role=alert), in Norwegian too', () => {
    card({ phase: 'done', entity: entity({ bankrupt: true, website: 'www.annen.example' }), cached: true }, 'nb', () => {}, ['Noe annet AS']);
    const alert = screen.getByRole('alert');
    expect(alert.getAttribute('data-registry-warning')).toBe('bankrupt');
    expect(alert.textContent).toContain('Advarsel: Enhetsregisteret sier at bedriften er konkurs.');
    expect(screen.getByText(/siden oppgir «Noe annet AS»/)).toBeTruthy();
    expect(screen.getByText(/ikke dette nettstedet \(fjordtre\.no\)/)).toBeTruthy();
    expect(screen.getByText('15. sep. 2019')).toBeTruthy();
  });

  it('a deleted company with few fields: the deletion warning with its date, unknowns said', () => {
    const { container } = card({ phase: 'done', entity: entity({ form: null, founded: null, registered: null, website: null, deleted: '2024-06-01' }), cached: false });
    expect(screen.getByRole('alert').textContent).toContain('deleted from Enhetsregisteret on 1 Jun 2024');
    expect(container.querySelector('[data-fact="founded"]')?.textContent).toBe('not in the register');
  });

  it.each([
    [{ kind: 'notFound' }, 'has no entity with the number 923609016'],
    [{ kind: 'withheld', deleted: null }, 'removed from the open data for legal reasons'],
    [{ kind: 'offline' }, 'You are offline'],
    [{ kind: 'network', message: 'Failed to fetch' }, 'could not be reached (Failed to fetch)'],
    [{ kind: 'timeout' }, 'did not answer within 10 seconds'],
    [{ kind: 'http', status: 503 }, 'HTTP 503'],
    [{ kind: 'badData' }, 'could not be read'],
  ] as const)('failure %j: a clear message and a retry', (failure, text) => {
    card({ phase: 'failed', failure });
    expect(screen.getByRole('alert').textContent).toContain(text);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('permission refused: says so, and offers the lookup again', () => {
    card({ phase: 'denied' }, 'nb');
    expect(screen.getByRole('alert').textContent).toContain('fikk ikke lov til å lese data.brreg.no');
    expect(screen.getByRole('button', { name: `Slå opp ${ORGNR} i registeret` })).toBeTruthy();
  });

  it('renders the register’s and the page’s text as text, never markup', () => {
    const { container } = card({ phase: 'done', entity: entity({ name: '<img src=x onerror=alert(1)>' }), cached: false }, 'en', () => {}, ['<b>x</b>']);
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.querySelector('[data-fact="name"]')?.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
