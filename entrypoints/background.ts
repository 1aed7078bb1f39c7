import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { startSyncService } from '@/lib/notes/sync-service';
import { toolbarAction } from '@/lib/toolbar-badge';

// The background keeps two things: optional sync of notes (off by default), and the toolbar
// badge, which belongs to the page that was analysed and is cleared when the tab navigates.
export default defineBackground(() => {
  // Service workers forbid eval: zod must not compile its validators to code at run time.
  z.config({ jitless: true });
  startSyncService();

  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status !== 'loading') return;
    const action = toolbarAction();
    void action?.setBadgeText({ tabId, text: '' }).catch(() => undefined);
    void action?.setTitle({ tabId, title: browser.i18n.getMessage('actionTitle') }).catch(() => undefined);
  });
});
