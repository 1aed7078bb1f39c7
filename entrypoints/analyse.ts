import { collectSignals } from '@/lib/signals';

// Injected on demand by the popup after the user clicks the toolbar icon (activeTab grants the
// access); never declared for any page in the manifest. Its return value is the analysis.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    return collectSignals(document);
  },
});
