import { text, z } from '../schema-kit';
import { PROFILE_PLATFORMS } from './profile';
import { Iso } from './report';

// The company artifact: what Tillit knows about the company behind a channel from outside the
// page itself — whether a profile is the company's own (its site and the profile link to each
// other) and, on the user's request, what the Norwegian register says. The scoring reads it as
// one more input next to the site check (FACTORS.md, "A company"); it is kept in storage, so it
// is parsed like everything else that is.

/**
 * A channel's key (lib/companies/channel.ts): a site's hostname ([a-z0-9.-]), or a profile's
 * "<platform>:<handle>" — a colon no hostname has.
 */
export const CHANNEL_KEY = new RegExp(`^(?:[a-z0-9.-]+|(?:${PROFILE_PLATFORMS.join('|')}):[^\\s:/?#]{1,200})$`);
export const ChannelKey = z.string().check(z.minLength(1), z.maxLength(253), z.regex(CHANNEL_KEY, 'not a site or a profile'));

/** A Norwegian organisation number: nine digits (the MOD11 check is the gatherer's and the lookup's). */
export const OrgNumber = z.string().check(z.regex(/^\d{9}$/, 'not an organisation number'));
export type OrgNumber = z.infer<typeof OrgNumber>;

/**
 * How a profile is tied to a site of the same company. *confirmed*: the site links to the
 * profile and the profile states the site as its website; *claimed*: only one side does.
 */
export const OfficialLink = z.object({
  status: z.enum(['confirmed', 'claimed']),
  /** The site (hostname without www.). */
  site: text(253),
  /** The profile address the site links to, as seen on the site; null when the site does not. */
  fromSite: z.nullable(text(2000)),
  /** The website the profile states, pointing at the site; null when it does not. */
  fromProfile: z.nullable(text(2000)),
  /** Tillit has analysed the site, so its links are known: a claim it does not return speaks against the profile. */
  siteAnalysed: z.boolean(),
});
export type OfficialLink = z.infer<typeof OfficialLink>;

/**
 * One entity in Enhetsregisteret, as Tillit keeps it (lib/registry maps the API's answer to this).
 * A deleted entity has few fields, so nearly everything is nullable.
 */
export const RegistryEntity = z.object({
  orgNumber: OrgNumber,
  name: z.nullable(text(300)),
  /** Organisational form, e.g. "Aksjeselskap". */
  form: z.nullable(text(200)),
  /** Founding date (stiftelsesdato), YYYY-MM-DD. */
  founded: z.nullable(text(10)),
  /** Registered in Enhetsregisteret (registreringsdatoEnhetsregisteret), YYYY-MM-DD. */
  registered: z.nullable(text(10)),
  website: z.nullable(text(500)),
  bankrupt: z.boolean(),
  liquidation: z.boolean(),
  forcedDissolution: z.boolean(),
  /** Deleted from the register (slettedato), YYYY-MM-DD, or null. */
  deleted: z.nullable(text(10)),
  /** Where the facts come from: the API address that answered. */
  source: text(500),
  fetchedAt: Iso,
});
export type RegistryEntity = z.infer<typeof RegistryEntity>;

/** What the scoring knows about the company from outside the page; every part optional. */
export const CompanyEvidence = z.object({
  official: z.nullable(OfficialLink),
  registry: z.nullable(RegistryEntity),
});
export type CompanyEvidence = z.infer<typeof CompanyEvidence>;

export const NO_COMPANY_EVIDENCE: CompanyEvidence = { official: null, registry: null };
