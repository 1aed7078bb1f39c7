import type { ProfilePlatform, ProfileSignals } from '../contracts/profile';
import { detect } from './detect';
import { draft, finish, type Draft } from './draft';
import { readBluesky } from './platforms/bluesky';
import { readFacebook } from './platforms/facebook';
import { readInstagram } from './platforms/instagram';
import { readLinkedIn } from './platforms/linkedin';
import { readMastodon } from './platforms/mastodon';
import { readX } from './platforms/x';
import { readYouTube } from './platforms/youtube';

// Profiles on social platforms (FACTORS.md "Profiles on social platforms"): which platform and
// page this is, and what the profile itself shows, read in the page. Runs in the content script:
// no zod here (the contracts are imported for their types), no Node, and the clock comes in.

export { detect } from './detect';
export { isPlatformChrome, isPlatformUrl, platformChrome } from './chrome';

const READERS: Record<ProfilePlatform, (d: Draft) => void> = {
  x: readX,
  youtube: readYouTube,
  linkedin: readLinkedIn,
  facebook: readFacebook,
  instagram: readInstagram,
  bluesky: readBluesky,
  mastodon: readMastodon,
};

/**
 * What a profile page on a social platform shows about its account, or null on a page no social
 * platform serves. `url` is the address bar's (embedded data that names another profile is not
 * read); `now` is the analysis time that relative dates ("4d", "hace 2 días") are resolved against.
 */
export function readProfile(doc: Document, url: string, now: number): ProfileSignals | null {
  const found = detect(doc, url);
  if (!found) return null;
  const d = draft(doc, found, now);
  try {
    READERS[found.platform](d);
  } catch {
    // A page that breaks a reader keeps what was read before it broke.
  }
  return finish(d.p);
}
