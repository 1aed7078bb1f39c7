import { RegistryEntity } from '../contracts/company';
import { z } from '../schema-kit';

// Brønnøysundregistrene's open API, Enhetsregisteret: GET {base}/enheter/{orgnr}.
// - 200: the entity. An active one has many fields (navn, organisasjonsform, stiftelsesdato,
//   registreringsdatoEnhetsregisteret, hjemmeside, konkurs, underAvvikling,
//   underTvangsavviklingEllerTvangsopplosning, addresses, …); a deleted one only a few
//   (organisasjonsnummer, navn, organisasjonsform, slettedato, _links).
// - 404: no such entity. 410: removed from the open data for legal reasons ("fjernet"): the
//   body holds at most the number and a slettedato.
// The schema reads only what Tillit uses and lets every other field through unread.

/** Where the register answers; the lookups take another base in tests. */
export const REGISTRY_BASE = 'https://data.brreg.no/enhetsregisteret/api';
/** The one host permission the lookup asks for (optional, on the user's click). */
export const REGISTRY_ORIGIN = 'https://data.brreg.no/*';

const maybe = <T extends z.ZodMiniType>(schema: T) => z.optional(z.nullable(schema));

/** One entity as the API sends it (lenient: extra fields are ignored, absent ones are null). */
export const ApiEntity = z.object({
  organisasjonsnummer: z.string(),
  navn: maybe(z.string()),
  organisasjonsform: maybe(z.object({ kode: maybe(z.string()), beskrivelse: maybe(z.string()) })),
  stiftelsesdato: maybe(z.string()),
  registreringsdatoEnhetsregisteret: maybe(z.string()),
  hjemmeside: maybe(z.string()),
  konkurs: maybe(z.boolean()),
  underAvvikling: maybe(z.boolean()),
  underTvangsavviklingEllerTvangsopplosning: maybe(z.boolean()),
  slettedato: maybe(z.string()),
});
export type ApiEntity = z.infer<typeof ApiEntity>;

/** The 410 answer's body, when it has one. */
export const ApiRemoved = z.object({ slettedato: maybe(z.string()) });

const day = (value: string | null | undefined): string | null => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : null);
const short = (value: string | null | undefined, max: number): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, max) : null;
};

/** The entity in Tillit's own shape (contracts/company.ts), or null when it fails that shape. */
export function toRegistryEntity(api: ApiEntity, source: string, fetchedAt: Date): RegistryEntity | null {
  const parsed = RegistryEntity.safeParse({
    orgNumber: api.organisasjonsnummer,
    name: short(api.navn, 300),
    form: short(api.organisasjonsform?.beskrivelse ?? api.organisasjonsform?.kode, 200),
    founded: day(api.stiftelsesdato),
    registered: day(api.registreringsdatoEnhetsregisteret),
    website: short(api.hjemmeside, 500),
    bankrupt: api.konkurs === true,
    liquidation: api.underAvvikling === true,
    forcedDissolution: api.underTvangsavviklingEllerTvangsopplosning === true,
    deleted: day(api.slettedato),
    source: source.slice(0, 500),
    fetchedAt: fetchedAt.toISOString(),
  });
  return parsed.success ? parsed.data : null;
}

