import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { REGISTRY_ORIGIN } from './lib/registry/api';
import { FIXTURE_NOW } from './test/fixtures/levels';
import { REGISTRY_MOCK_BASE, REGISTRY_MOCK_HOST } from './test/fixtures/registry';

// Tillit analyses only the tab the user clicks on: activeTab grants access to that one page,
// scripting injects the on-demand analyser, storage keeps the user's notes. No host permissions
// at install; one optional host permission, Brønnøysund's open register, asked for on the user's
// click (lib/registry/browser.ts): `optional_host_permissions` in MV3, `optional_permissions` in
// Firefox's MV2 (WXT drops the MV3 key there).
// `npm run build:e2e` (TILLIT_E2E_BUILD=1): the production build with one difference, a popup
// clock that stands still at the fixture pages' "today" (lib/clock.ts), so the end-to-end tests'
// expected levels hold on any day. It goes to its own folder (.output/chrome-mv3-e2e); in every
// other build the constant is `undefined` and the minifier drops the branch that reads it.
// The same build asks a local mock register (test/fixtures/registry.ts) instead of data.brreg.no,
// and holds that loopback host's permission from install, since no test can click Chrome's prompt.
const e2eBuild = process.env.TILLIT_E2E_BUILD === '1';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  ...(e2eBuild ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-e2e' } : {}),
  vite: () => ({
    plugins: [preact()],
    define: {
      __TILLIT_FIXED_NOW__: e2eBuild ? JSON.stringify(FIXTURE_NOW) : 'undefined',
      __TILLIT_REGISTRY_BASE__: e2eBuild ? JSON.stringify(REGISTRY_MOCK_BASE) : 'undefined',
    },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage'],
    ...(manifestVersion === 2 ? { optional_permissions: [REGISTRY_ORIGIN] } : { optional_host_permissions: [REGISTRY_ORIGIN] }),
    ...(e2eBuild ? { host_permissions: [`http://${REGISTRY_MOCK_HOST}/*`] } : {}),
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
