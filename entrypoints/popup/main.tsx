import { render } from 'preact';
import { z } from 'zod/mini';
import { browser } from 'wxt/browser';
import { loadMessages, pickLang } from '@/lib/i18n';
import { App } from './App';
import './style.css';

// Extension pages forbid eval: zod must not compile its validators to code at run time.
z.config({ jitless: true });

const lang = pickLang(browser.i18n.getUILanguage());
document.documentElement.lang = lang;
const param = new URLSearchParams(location.search).get('tabId');
const tabId = param && /^\d+$/.test(param) ? Number(param) : null;

// Strings first (only this language is loaded), then the page.
void loadMessages(lang).then(() => {
  render(<App lang={lang} tabId={tabId} />, document.getElementById('app')!);
});
