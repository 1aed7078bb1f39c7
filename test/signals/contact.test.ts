import { collectSignals } from '@/lib/signals';
import { isValidOrgNumber } from '@/lib/signals/contact';
import { parseHtml, signalsOf } from '../helpers/load-fixture';

const contactOf = (body: string, head = '') =>
  collectSignals(parseHtml(`<html lang="nb"><head>${head}</head><body>${body}</body></html>`, 'https://firma.example/'), { budgetMs: 60_000 }).contact;

describe('contact signal', () => {
  it('checks Norwegian organisation numbers with mod 11', () => {
    expect(isValidOrgNumber('923 609 016')).toBe(true);
    expect(isValidOrgNumber('923609017')).toBe(false);
    expect(isValidOrgNumber('12345678')).toBe(false);
    // A number whose check digit would be 10 is never valid.
    expect(isValidOrgNumber('000000010')).toBe(false);
  });

  it('finds everything a Norwegian company page shows', () => {
    const c = signalsOf('company.html').contact;
    expect(c.emails.map((e) => e.value)).toContain('post@fjordtre.no');
    expect(c.phones.length).toBeGreaterThan(0);
    expect(c.addresses.some((a) => a.value.includes('8006'))).toBe(true);
    expect(c.orgNumbers.map((o) => o.value)).toEqual(['923609016']);
    expect(c.organisationNames.map((o) => o.value)).toContain('Fjordtre Snekkeri AS');
    expect(new Set(c.pages.map((p) => p.kind))).toEqual(new Set(['about', 'contact', 'privacy']));
    expect(c.contactForms.length).toBe(1);
  });

  it('reads obfuscated e-mail addresses', () => {
    expect(contactOf('<p>Skriv til kari [at] firma.no</p>').emails[0]?.value).toBe('kari@firma.no');
    expect(contactOf('<p>Mail: jane (at) domain (dot) com</p>').emails[0]?.value).toBe('jane@domain.com');
  });

  it('ignores an org.nr that fails the check digit', () => {
    expect(contactOf('<footer>Org.nr. 923 609 017</footer>').orgNumbers).toEqual([]);
    expect(contactOf('<footer>Org.nr. 923 609 016 MVA</footer>').orgNumbers[0]?.value).toBe('923609016');
  });

  it('finds a Norwegian street address and a phone by its label', () => {
    const c = contactOf('<footer><p>Besøk oss i Sem Sælands vei 7, 7491 Trondheim</p><p>Tlf: 73 59 50 00</p></footer>');
    expect(c.addresses[0]?.value).toContain('7491 Trondheim');
    expect(c.phones[0]?.value).toBe('73 59 50 00');
  });

  it('does not take a year for a phone number or a blog post link for a contact page', () => {
    const c = contactOf('<p>Tel: 2016-12-07</p><a href="/2016/12/kontakt-med-kunder.html">Slik holder vi kontakt med kundene</a>');
    expect(c.phones).toEqual([]);
    expect(c.pages).toEqual([]);
  });

  it('tells social profiles from share buttons', () => {
    const c = contactOf('<a href="https://www.facebook.com/firma">Facebook</a><a href="https://www.facebook.com/sharer/sharer.php?u=x">Del</a>');
    expect(c.socialProfiles.map((s) => s.value)).toEqual(['https://www.facebook.com/firma']);
  });

  it('spots chat widgets by their loader script', () => {
    expect(contactOf('<script src="https://widget.intercom.io/widget/abc"></script>').chatWidgets[0]?.value).toBe('Intercom');
  });

  it('does not count the comment form as a contact form', () => {
    expect(signalsOf('wordpress-replies.html').contact.contactForms).toEqual([]);
  });
});
