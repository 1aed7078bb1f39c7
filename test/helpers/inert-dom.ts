// happy-dom as an inert document, the way a browser's DOMParser treats markup: nothing a page
// names (iframes, scripts, styles) is loaded or run. One definition for the test windows and
// for the vitest projects that run in happy-dom.
export const INERT_DOM_SETTINGS = {
  disableIframePageLoading: true,
  disableJavaScriptFileLoading: true,
  disableJavaScriptEvaluation: true,
  disableCSSFileLoading: true,
  handleDisabledFileLoadingAsSuccess: true,
} as const;

/** vitest's `environment` options for a project that runs in an inert happy-dom. */
export const INERT_HAPPY_DOM = { environment: 'happy-dom', environmentOptions: { happyDOM: { settings: INERT_DOM_SETTINGS } } } as const;
