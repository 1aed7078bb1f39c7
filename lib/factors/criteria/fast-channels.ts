import type { Criterion } from '../criterion';
import type { CriterionStrings, Translation } from '../strings';
import { presence } from '../verdicts';

export const en = {
  title: 'Fast channels: chat, phone or contact form',
  tip: 'Offer a fast channel: a phone number, a chat or a contact form.',
} satisfies CriterionStrings;

export const nb: Translation<typeof en> = {
  title: 'Raske kanaler: chat, telefon eller kontaktskjema',
  tip: 'Tilby en rask kanal: et telefonnummer, en chat eller et kontaktskjema.',
};

/** FACTORS.md, responsiveness: fast channels — chat widget, phone, contact form. */
export default {
  id: 'fast-channels',
  factor: 'responsiveness',
  points: 15,
  reads: ['contact'],
  evaluate: (s) => presence([...s.contact.chatWidgets, ...s.contact.phones, ...s.contact.contactForms]),
} as const satisfies Criterion<typeof en>;
