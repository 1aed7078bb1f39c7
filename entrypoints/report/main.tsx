import { render } from 'preact';
import { z } from 'zod';
import { browser } from 'wxt/browser';
import { pickLang, translate } from '@/lib/i18n';
import { siteParam } from '@/lib/report-page';
import { App } from './App';
import './style.css';

// Extension pages forbid eval: zod must not compile validators with new Function.
z.config({ jitless: true });

const lang = pickLang(browser.i18n.getUILanguage());
document.documentElement.lang = lang;
document.title = `${translate(lang, 'app.name')}: ${translate(lang, 'reportPage.chart')}`;

render(<App lang={lang} site={siteParam(location.search)} />, document.getElementById('app')!);
