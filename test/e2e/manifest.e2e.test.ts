/**
 * The production manifest asks for exactly what README promises: activeTab, scripting and
 * storage; no host permissions at install, one optional host permission (Brønnøysund's open
 * register, asked for on the user's click), no content script declared for any page, no remote code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXTURE_NOW } from '../fixtures/levels';
import { REGISTRY_MOCK_BASE, REGISTRY_MOCK_HOST } from '../fixtures/registry';

const DIR = process.env.E2E_EXTENSION_DIR ?? fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url));
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
}

describe('the built manifest', () => {
  it('has exactly the three permissions and nothing that reaches other sites', () => {
    expect(manifest['permissions']).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest['host_permissions']).toBeUndefined();
    expect(manifest['optional_permissions']).toBeUndefined();
    // The register lookup's one origin, only ever asked for on the user's click.
    expect(manifest['optional_host_permissions']).toEqual(['https://data.brreg.no/*']);
    expect(manifest['content_scripts']).toBeUndefined();
    expect(manifest['externally_connectable']).toBeUndefined();
    expect(manifest['content_security_policy']).toBeUndefined(); // the browser's default: no remote code
  });

  it('is named and described in English and Norwegian bokmål', () => {
    expect(manifest['default_locale']).toBe('en');
    expect(manifest['name']).toBe('__MSG_extName__');
    for (const lang of ['en', 'nb']) {
      const messages = JSON.parse(readFileSync(join(DIR, '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
      expect(messages['extName']?.message).toBe('Tillit');
      expect(messages['extDescription']?.message.length).toBeGreaterThan(20);
    }
  });

  it('loads no code from anywhere else', () => {
    for (const file of files(DIR).filter((f) => /\.(js|html)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/<script[^>]+src=["']https?:/i);
      expect(text, file).not.toMatch(/import\(\s*["']https?:/);
    }
  });

  // Only the end-to-end test build (npm run build:e2e) has a fixed clock; a user's popup must
  // judge dates on the day it runs.
  it('has no fixed clock', () => {
    for (const file of files(DIR).filter((f) => f.endsWith('.js'))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toContain(FIXTURE_NOW);
      expect(text, file).not.toContain('__TILLIT_FIXED_NOW__');
    }
  });

  // Only the end-to-end test build asks the local mock register (and holds its host at install).
  it('asks the real register, not the test mock', () => {
    for (const file of files(DIR).filter((f) => f.endsWith('.js'))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toContain(REGISTRY_MOCK_BASE);
      expect(text, file).not.toContain(REGISTRY_MOCK_HOST);
      expect(text, file).not.toContain('__TILLIT_REGISTRY_BASE__');
    }
    expect(files(DIR).some((f) => f.endsWith('.js') && readFileSync(f, 'utf8').includes('https://data.brreg.no/enhetsregisteret/api'))).toBe(true);
  });
});
