import { text, z } from './schema-kit';
import { storage } from 'wxt/utils/storage';

// The user's settings. Sync is off by default: notes leave the device only when the user asks.
export const Settings = z.object({
  syncEnabled: z.boolean(),
  /** Names this browser in sync conflicts; made when sync is first turned on. */
  deviceId: z.nullable(text(40)),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { syncEnabled: false, deviceId: null };

export const settingsItem = storage.defineItem<unknown>('local:settings', { version: 1 });

export async function loadSettings(): Promise<Settings> {
  const parsed = Settings.safeParse(await settingsItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function setSyncEnabled(enabled: boolean): Promise<Settings> {
  const current = await loadSettings();
  const next: Settings = { syncEnabled: enabled, deviceId: current.deviceId ?? crypto.randomUUID().slice(0, 8) };
  await settingsItem.setValue(next);
  return next;
}
