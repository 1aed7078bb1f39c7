import { useContext } from 'preact/hooks';
import { channelOfKey, channelUrl, PLATFORM_NAME, type Channel } from '@/lib/companies/channel';
import type { Company, CompanyChannel } from '@/lib/companies/group';
import type { OfficialLink } from '@/lib/contracts/company';
import { levelFor } from '@/lib/factors';
import { ago } from './age';
import { LangContext, useT, type Translate } from './i18n';

/** A channel as a person names it: the site's hostname, or the platform and the handle. */
export function channelLabel(t: Translate, channel: Channel): string {
  if (channel.kind === 'site') return channel.site;
  const handle = channel.platform === 'linkedin' || channel.handle.startsWith('@') || channel.platform === 'bluesky' ? channel.handle : `@${channel.handle}`;
  return t('company.profile', { platform: PLATFORM_NAME[channel.platform], handle });
}

/** A stored channel key as a person names it ("LinkedIn fjord-kaffe", "fjordkaffe.no"). */
export function channelName(t: Translate, key: string): string {
  const channel = channelOfKey(key);
  return channel ? channelLabel(t, channel) : key;
}

/** A channel key as part of a file name: no colon, which some systems refuse. */
export const fileSafe = (key: string) => key.replace(/[^a-z0-9.@_-]+/gi, '-');

/** "Confirmed official: … links to this profile, and the profile links back." — both ends named. */
export function OfficialNote({ official, subject }: { official: OfficialLink; subject: 'profile' | 'listed' }) {
  const t = useT();
  const key =
    official.status === 'confirmed' ? 'company.confirmed' : official.fromSite ? 'company.claimedBySite' : 'company.claimedByProfile';
  return (
    <span class="company__official" data-official={official.status}>
      <strong>{t(official.status === 'confirmed' ? 'company.confirmedMark' : 'company.claimedMark')}</strong>
      {subject === 'profile' ? ` — ${t(key, { site: official.site })}` : ''}
    </span>
  );
}

function ChannelItem({ item, now }: { item: CompanyChannel; now: Date }) {
  const t = useT();
  const lang = useContext(LangContext);
  const last = item.record?.history[item.record.history.length - 1] ?? null;
  const age = last ? ago(lang, last.at, now, 'day') : null;
  const level = last ? levelFor(last.overall) : null;
  return (
    <li data-channel={item.channel.key}>
      <a href={channelUrl(item.channel)} target="_blank" rel="noopener noreferrer">
        {channelLabel(t, item.channel)}
      </a>
      {': '}
      {level && age ? t('company.analysed', { level: t(`level.${level}`).toLowerCase(), age }) : t('company.notAnalysed')}
      {item.official && (
        <>
          {' · '}
          <OfficialNote official={item.official} subject="listed" />
        </>
      )}
    </li>
  );
}

/**
 * The company the page belongs to, and its other channels with their last levels and ages
 * ("LinkedIn: strong, analysed 3 days ago"). On a profile, whether it is the company's own.
 */
export function CompanyLine({ company, current, official, now }: { company: Company | null; current: string; official: OfficialLink | null; now: Date }) {
  const t = useT();
  if (!company) return null;
  const others = company.channels.filter((c) => c.channel.key !== current);
  return (
    <section class="company" aria-labelledby="company-heading" data-company={company.id}>
      <h2 id="company-heading" class="company__heading">
        {t('company.heading', { name: company.name })}
      </h2>
      {official && (
        <p class="company__this">
          <OfficialNote official={official} subject="profile" />
        </p>
      )}
      {others.length ? (
        <ul class="company__channels" aria-label={t('company.others')}>
          {others.map((item) => (
            <ChannelItem key={item.channel.key} item={item} now={now} />
          ))}
        </ul>
      ) : (
        <p class="company__none">{t('company.noOthers')}</p>
      )}
    </section>
  );
}
