import { cancelInPage, scanInPage } from '@/lib/site-scan/page-side';

// "Check the whole site", the page's side: injected only when the user asks for it. It installs
// two functions in the extension's isolated world of the page; the popup then calls them with
// the planned URLs (scripting.executeScript({ func, args })).
export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as { __tillitScanSite?: typeof scanInPage; __tillitCancelScan?: typeof cancelInPage };
  scope.__tillitScanSite = scanInPage;
  scope.__tillitCancelScan = cancelInPage;
  return true;
});
