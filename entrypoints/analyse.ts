import { collectSignals } from '@/lib/signals';

// The analyser: injected on demand by the popup after the user clicks the toolbar icon
// (activeTab grants the access), never declared for any page in the manifest. Its return value
// is the analysis. An unlisted script rather than a content script: it needs no extension API,
// so it carries no browser polyfill or content-script runtime (about 4 kB gzipped less).
export default defineUnlistedScript(() => collectSignals(document));
