import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { INERT_DOM_SETTINGS } from '../helpers/inert-dom';

// Pages for the profile tests, parsed inert (no scripts run, no frames load), as a browser's
// DOMParser would: what the content script sees is the markup, never the page's own JavaScript.

/** The fixtures' "today": relative dates in them ("3d", "2 days ago") count back from it. */
export const FIXTURE_NOW = Date.parse('2025-05-05T12:00:00Z');

export const FIXTURES = resolve(process.cwd(), 'test/fixtures/profiles');
/** The real saved pages and their labels (shared with the other sessions; absent in a bare clone). */
export const SOCIAL = resolve(process.cwd(), '../shared/social');
export const hasSocial = existsSync(resolve(SOCIAL, 'labels.json'));

const window = new Window({ settings: INERT_DOM_SETTINGS });

export const parse = (html: string): Document => new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;

export const fixture = (name: string): Document => parse(readFileSync(resolve(FIXTURES, name), 'utf8'));

/** "http://www.example.com/" and "example.com" are the same site. */
export const siteOf = (url: string | null | undefined) => url?.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/\/$/, '').toLowerCase() ?? null;
