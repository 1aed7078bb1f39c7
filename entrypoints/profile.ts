import { readProfile } from '@/lib/profiles';

// The profile reader: injected by the popup only when the analyser says a social platform serves
// the page (PageSignals.social), so the page analyser stays small. It installs one function in the
// extension's isolated world of the page; the popup then calls it with the analysis time, which
// relative post dates ("4d", "hace 2 días") are resolved against.
export default defineUnlistedScript(() => {
  (globalThis as unknown as { __tillitReadProfile?: (now: number) => unknown }).__tillitReadProfile = (now: number) => readProfile(document, location.href, now);
  return true;
});
