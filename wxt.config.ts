import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { FIXTURE_NOW } from './test/fixtures/levels';

// Tillit analyses only the tab the user clicks on: activeTab grants access to that one page,
// scripting injects the on-demand analyser, storage keeps the user's notes. No host permissions.
// `npm run build:e2e` (TILLIT_E2E_BUILD=1): the production build with one difference, a popup
// clock that stands still at the fixture pages' "today" (lib/clock.ts), so the end-to-end tests'
// expected levels hold on any day. It goes to its own folder (.output/chrome-mv3-e2e); in every
// other build the constant is `undefined` and the minifier drops the branch that reads it.
const e2eBuild = process.env.TILLIT_E2E_BUILD === '1';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  ...(e2eBuild ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-e2e' } : {}),
  vite: () => ({
    plugins: [preact()],
    define: { __TILLIT_FIXED_NOW__: e2eBuild ? JSON.stringify(FIXTURE_NOW) : 'undefined' },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage'],
    action: {
      default_title: '__MSG_actionTitle__',
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tillit@tillit.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
