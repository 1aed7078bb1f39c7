import { en as popupEn } from '@/lib/i18n/en';
import { nb as popupNb } from '@/lib/i18n/nb';
import { en as sitesEn } from '@/lib/i18n/sites-en';
import { nb as sitesNb } from '@/lib/i18n/sites-nb';

// Every message in each language, as all the extension's pages together show them: the popup's
// catalogue (en.ts, nb.ts) and the Sites page's and printable report's (sites-*.ts).
export const en: Readonly<Record<string, string>> = { ...popupEn, ...sitesEn };
export const nb: Readonly<Record<string, string>> = { ...popupNb, ...sitesNb };
