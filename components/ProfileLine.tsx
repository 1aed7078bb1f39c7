import type { ProfileSignals } from '@/lib/contracts/profile';
import { useT } from './i18n';

/** Which platform and whose profile the analysis read: "LinkedIn company page: Audiense". */
export function ProfileLine({ profile }: { profile: ProfileSignals }) {
  const t = useT();
  const kind = t(`profile.kind.${profile.platform}`);
  const name = profile.name ?? (profile.handle ? `@${profile.handle.replace(/^@/, '')}` : null);
  const text = name === null ? t('profile.unnamed', { kind }) : t(profile.pageType === 'post' ? 'profile.post' : 'profile.read', { kind, name });
  return (
    <p class="profile-line" data-profile={profile.platform}>
      {text}
    </p>
  );
}
