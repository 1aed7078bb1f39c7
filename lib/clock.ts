// The clock the popup judges dates by: how long ago the newest post was, whether a cached site
// check is still fresh.

/**
 * A build-time constant (wxt.config.ts): the fixture pages' "today" in the end-to-end test build,
 * `undefined` in every other build; not defined at all in the unit tests, hence the `typeof`.
 */
declare const __TILLIT_FIXED_NOW__: string | undefined;

/**
 * The system clock, except in the end-to-end test build (`npm run build:e2e`), where it stands
 * still at the fixture pages' "today", so the levels those tests expect hold on any day they run.
 * Elsewhere, production included, the test branch is compiled out: nothing at run time (no URL,
 * no storage, no global) can set this clock.
 */
export const popupClock: () => Date =
  typeof __TILLIT_FIXED_NOW__ === 'string' ? ((fixed) => () => new Date(fixed))(__TILLIT_FIXED_NOW__) : () => new Date();
