import { browser } from 'wxt/browser';
import { REGISTRY_BASE, REGISTRY_ORIGIN } from './api';
import type { RegistryCache } from './client';

// The extension's side of the register lookup: the optional host permission, the cache in
// storage.local and the address the popup asks.

/**
 * A build-time constant (wxt.config.ts): the local mock register in the end-to-end test build,
 * `undefined` in every other build (the branch is compiled out); not defined in unit tests.
 */
declare const __TILLIT_REGISTRY_BASE__: string | undefined;

/** The register the popup asks: Brønnøysund's, except in the end-to-end test build. */
export const POPUP_REGISTRY_BASE: string = typeof __TILLIT_REGISTRY_BASE__ === 'string' ? __TILLIT_REGISTRY_BASE__ : REGISTRY_BASE;

const PERMISSION = { origins: [REGISTRY_ORIGIN] };

/**
 * Ask for the register's host permission. Call it first thing in a click handler, before any
 * await: the browser grants the prompt only inside the user's gesture (Firefox drops it after an await).
 */
export function requestRegistryPermission(): Promise<boolean> {
  return browser.permissions.request(PERMISSION);
}

/** Whether the user has granted the register's host permission (never asks). */
export function hasRegistryPermission(): Promise<boolean> {
  return browser.permissions.contains(PERMISSION).catch(() => false);
}

const KEY_PREFIX = 'registry:';

/** Entities kept in storage.local, one key per organisation number (`registry:<orgnr>`). */
export const storageCache: RegistryCache = {
  async get(orgNumber) {
    const key = `${KEY_PREFIX}${orgNumber}`;
    return (await browser.storage.local.get(key))[key];
  },
  async set(orgNumber, entity) {
    await browser.storage.local.set({ [`${KEY_PREFIX}${orgNumber}`]: entity });
  },
};
