import type { LinkKind, PageLink } from '@/lib/contracts/page';
import { levelFor } from '@/lib/factors';
import { ev, finding, makeSignals } from '../helpers/signals';
import { criterion, factor, points } from './builders';

// FACTORS.md — transparency: an e-mail or phone (25), a physical/postal address (15), the
// organisation named (legal name, org. number, Organization data) (15), an About page (20),
// a privacy policy (10), a contact page — Kontakt / Contact / Impressum (15).

const link = (kind: LinkKind, url: string): PageLink => ({ kind, url, evidence: ev(url, 'link') });

describe('transparency: each criterion', () => {
  it.each([
    ['an e-mail address', { emails: [finding('post@firma.no')] }],
    ['a phone number', { phones: [finding('+47 22 33 44 55')] }],
  ])('%s meets contact-details', (_name, contact) => {
    expect(criterion('transparency', 'contact-details', makeSignals({ contact })).status).toBe('met');
  });

  it('a street or postal address meets postal-address', () => {
    const signals = makeSignals({ contact: { addresses: [finding('Storgata 12, 0155 Oslo')] } });
    expect(criterion('transparency', 'postal-address', signals).status).toBe('met');
  });

  it.each([
    ['a legal name', { organisationNames: [finding('Acme Kaffe AS')] }],
    ['an organisation number', { orgNumbers: [finding('923609016')] }],
  ])('%s meets organisation-named', (_name, contact) => {
    expect(criterion('transparency', 'organisation-named', makeSignals({ contact })).status).toBe('met');
  });

  it('an About page ("Om oss") meets about-page', () => {
    expect(criterion('transparency', 'about-page', makeSignals({ contact: { pages: [link('about', '/om-oss')] } })).status).toBe('met');
  });

  it('a privacy policy ("Personvern") meets privacy-policy', () => {
    expect(criterion('transparency', 'privacy-policy', makeSignals({ contact: { pages: [link('privacy', '/personvern')] } })).status).toBe('met');
  });

  it.each([
    ['Kontakt', link('contact', '/kontakt')],
    ['Impressum', link('impressum', '/impressum')],
  ])('a %s page meets contact-page', (_name, page) => {
    expect(criterion('transparency', 'contact-page', makeSignals({ contact: { pages: [page] } })).status).toBe('met');
  });

  it('each page link counts only for its own kind', () => {
    const signals = makeSignals({ contact: { pages: [link('about', '/om-oss')] } });
    expect(criterion('transparency', 'about-page', signals).status).toBe('met');
    expect(criterion('transparency', 'privacy-policy', signals).status).toBe('unmet');
    expect(criterion('transparency', 'contact-page', signals).status).toBe('unmet');
  });

  it('a page with none of them: every criterion unmet, with evidence only when found', () => {
    const f = factor('transparency', makeSignals());
    for (const c of f.criteria) {
      expect(c.status).toBe('unmet');
      expect(c.evidence).toEqual([]);
    }
    expect(f.score).toBe(0);
    expect(f.level).toBe('weak');
  });

  it('found items carry their evidence snippet', () => {
    const c = criterion('transparency', 'contact-details', makeSignals({ contact: { emails: [finding('post@firma.no')] } }));
    expect(c.evidence.map((e) => e.snippet)).toContain('post@firma.no');
  });
});

describe('transparency: the factor', () => {
  it('all six → 100, strong', () => {
    const signals = makeSignals({
      contact: {
        emails: [finding('post@firma.no')],
        addresses: [finding('Storgata 12, 0155 Oslo')],
        organisationNames: [finding('Firma AS')],
        pages: [link('about', '/om'), link('privacy', '/personvern'), link('contact', '/kontakt')],
      },
    });
    expect(factor('transparency', signals)).toMatchObject({ score: 100, level: 'strong' });
  });

  it('only a contact page and an e-mail → their points of 100', () => {
    const signals = makeSignals({ contact: { emails: [finding('a@b.no')], pages: [link('contact', '/contact')] } });
    const score = points('contact-page') + points('contact-details');
    expect(factor('transparency', signals)).toMatchObject({ score, level: levelFor(score) });
  });
});
