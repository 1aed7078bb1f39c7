import { browser } from 'wxt/browser';
import { loadMessages, pickLang } from '@/lib/i18n';
import { beginAnalysis } from '@/lib/popup-start';
import './style.css';

// The popup's first module, kept small: it starts the analysis in the page at once, then loads
// the UI (ui.tsx) and this language's strings while the analyser runs.

const lang = pickLang(browser.i18n.getUILanguage());
document.documentElement.lang = lang;
const param = new URLSearchParams(location.search).get('tabId');
const tabId = param && /^\d+$/.test(param) ? Number(param) : null;

// Marks on the popup's performance timeline (read by npm run bench:perf): when this module ran,
// when the analyser's answer came back, when the UI and the strings were in.
performance.mark('tillit:start');
const first = beginAnalysis(tabId).finally(() => performance.mark('tillit:answered'));
void Promise.all([import('./ui'), loadMessages(lang, { pages: false })]).then(([ui]) => {
  performance.mark('tillit:ui');
  ui.mount(lang, tabId, first);
});
