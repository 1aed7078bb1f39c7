import type { CriterionStrings, DetailStrings } from '../factors/strings';
import { catalogue } from './catalogue';
import { en as ui } from './ui-en';

// Everything in English: the interface's words and the criteria's. The criteria's come from their
// own files, each imported a second time with `?lang=en` and only its `en` taken, so this chunk
// gets the English words and the popup's main bundle (which runs the criteria) gets none.
// (Vite's import.meta.glob; in Node, scripts/score.ts builds the catalogue itself.)
export const en = catalogue(
  ui,
  import.meta.glob<CriterionStrings | DetailStrings>(['../factors/criteria/*.ts', '../factors/details.ts'], { query: '?lang=en', import: 'en', eager: true }),
);
