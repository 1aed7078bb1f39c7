import { fireEvent, render, screen } from '@testing-library/preact';
import { EvidenceList } from '@/components/EvidenceList';
import { LangContext } from '@/components/i18n';
import { ShowContext, type ShowOnPage } from '@/components/show';
import type { Lang } from '@/lib/i18n';

// Evidence under a criterion, with "Show on page" where the evidence has an element on the page.

const inLang = (lang: Lang, node: preact.ComponentChildren) => <LangContext.Provider value={lang}>{node}</LangContext.Provider>;

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
