import { browser } from 'wxt/browser';

// The toolbar badge belongs to the page that was analysed: clear it when the tab navigates.
export default defineBackground(() => {
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'loading') {
      void browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
      void browser.action.setTitle({ tabId, title: browser.i18n.getMessage('actionTitle') }).catch(() => undefined);
    }
  });
});
