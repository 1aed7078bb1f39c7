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

const first = beginAnalysis(tabId);
void Promise.all([import('./ui'), loadMessages(lang, { pages: false })]).then(([ui]) => ui.mount(lang, tabId, first));
