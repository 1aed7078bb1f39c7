import type { CriterionStrings, DetailStrings } from '../factors/strings';
import { catalogue } from './catalogue';
import { nb as ui } from './ui-nb';

// Everything in Norwegian bokmål: see en.ts.
export const nb = catalogue(
  ui,
  import.meta.glob<CriterionStrings | DetailStrings>(['../factors/criteria/*.ts', '../factors/details.ts'], { query: '?lang=nb', import: 'nb', eager: true }),
);
