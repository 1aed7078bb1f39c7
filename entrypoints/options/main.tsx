import { render } from 'preact';
import { z } from 'zod/mini';
import { browser } from 'wxt/browser';
import { loadMessages, pickLang, translate } from '@/lib/i18n';
import { App } from './App';
import './style.css';

// Extension pages forbid eval: zod must not compile its validators to code at run time.
z.config({ jitless: true });

const lang = pickLang(browser.i18n.getUILanguage());
document.documentElement.lang = lang;

// Strings first (only this language is loaded), then the page.
void loadMessages(lang).then(() => {
  document.title = `${translate(lang, 'app.name')}: ${translate(lang, 'sites.title')}`;
  render(<App lang={lang} />, document.getElementById('app')!);
});
