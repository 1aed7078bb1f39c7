import { createContext } from 'preact';

/** Where an evidence element stands after the user asked to see it on the page. */
export type ShowState = 'pending' | 'shown' | 'gone' | 'error';

/** "Show on page", as the popup offers it: components only get the callback and the states. */
export interface ShowOnPage {
  states: Readonly<Record<string, ShowState>>;
  show: (selector: string) => void;
}

/** Null where there is no page to show things on (the printable report). */
export const ShowContext = createContext<ShowOnPage | null>(null);
