import type { CompanyPin } from '../notes/schema';
import { siteOf } from '../site';
import { profileOfUrl, type Channel } from './channel';
import type { Company } from './group';

// The user's hand on companies: add a channel, move it, take it out, rename the company. Each is
// a set of pins (records' `company`) to write; the store applies them one record at a time, so a
// pin never touches the notes, ratings or history beside it.

export interface PinChange {
  key: string;
  pin: CompanyPin;
}

/** A new company's id: from its name and the moment, so two devices never make the same one by chance. */
export function newCompanyId(name: string, now: Date): string {
  const slug = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'company';
  return `c-${slug}-${now.getTime().toString(36)}`;
}

/**
 * What the user typed as a channel — a profile's address, a site's address or bare hostname —
 * as a channel, or null when it is neither.
 */
export function channelFromInput(input: string): Channel | null {
  const text = input.trim();
  if (!text) return null;
  const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  const profile = profileOfUrl(url);
  if (profile) return profile;
  const site = siteOf(url);
  return site && /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(site) ? { kind: 'site', key: site, site } : null;
}

/**
 * The pins that make a company the user's: every channel in it placed there under its id. A found
 * company (auto:) gets a new id the first time, so it stays together when links change later.
 */
export function pinCompany(company: Company, name: string, now: Date): { id: string; pins: PinChange[] } {
  const id = company.pinned ? company.id : newCompanyId(name, now);
  const pin = { id, name: name.trim().slice(0, 200) || company.name, at: now.toISOString() };
  return { id, pins: company.channels.map((c) => ({ key: c.channel.key, pin })) };
}

/** Put a channel into a company (adding it by hand, or moving it from another). */
export function moveChannel(key: string, company: Company, now: Date): PinChange[] {
  const { pins, id } = pinCompany(company, company.name, now);
  return [...pins.filter((p) => p.key !== key), { key, pin: { id, name: company.name, at: now.toISOString() } }];
}

/** Take a channel out of its company: it becomes a company of its own, which detection leaves alone. */
export function separateChannel(key: string, name: string, now: Date): PinChange[] {
  return [{ key, pin: { id: newCompanyId(name, now), name, at: now.toISOString() } }];
}
