import { browser } from 'wxt/browser';

// The toolbar badge belongs to the page that was analysed: clear it when the tab navigates.
export default defineBackground(() => {
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status !== 'loading') return;
    // Firefox's Manifest V2 build has browserAction, not action.
    const action = browser.action ?? browser.browserAction;
    void action?.setBadgeText({ tabId, text: '' }).catch(() => undefined);
    void action?.setTitle({ tabId, title: browser.i18n.getMessage('actionTitle') }).catch(() => undefined);
  });
});
