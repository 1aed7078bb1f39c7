import { browser } from 'wxt/browser';
import type { Level } from './factors/model';
import { translate, type Lang } from './i18n';

// The toolbar icon's badge: one place decides how a level looks. Colour is never the only
// carrier: the badge text has a shape and the score, and the tooltip names the level.

export const LEVEL_SHAPE: Record<Level, string> = { strong: '▲', fair: '◆', weak: '▼', unknown: '?' };
export const LEVEL_COLOUR: Record<Level, string> = { strong: '#1b7f3b', fair: '#9a6700', weak: '#b42318', unknown: '#5f6b76' };

export interface BadgeLook {
  text: string;
  colour: string;
  title: string;
}

export function badgeFor(level: Level, score: number | null, lang: Lang): BadgeLook {
  const word = translate(lang, `level.${level}`);
  return {
    text: score === null ? LEVEL_SHAPE[level] : `${LEVEL_SHAPE[level]}${score}`,
    colour: LEVEL_COLOUR[level],
    title: `Tillit: ${word}${score === null ? '' : ` (${score}/100)`}`,
  };
}

/** The toolbar button's API: Firefox's Manifest V2 build has browserAction, not action. */
export function toolbarAction(): typeof browser.action | undefined {
  return browser.action ?? browser.browserAction;
}
