import { useContext, useState } from 'preact/hooks';
import { channelUrl, type Channel } from '@/lib/companies/channel';
import { channelFromInput } from '@/lib/companies/edit';
import type { Company, CompanyChannel } from '@/lib/companies/group';
import type { CompanyRow } from '@/lib/companies/table';
import { levelFor, type FactorKey } from '@/lib/factors/model';
import { formatDate } from '@/lib/i18n';
import { channelLabel, OfficialNote } from '../CompanyLine';
import { LangContext, useT } from '../i18n';
import { LevelBadge } from '../LevelBadge';
import { FactorTable } from '../sites/FactorTable';
import { latestSnapshot } from '../sites/view';
import { ago } from '../age';

export interface CompanyEdits {
  onRename: (company: Company, name: string) => void;
  onAdd: (company: Company, channel: Channel) => void;
  onMove: (channel: Channel, to: Company) => void;
  onTakeOut: (entry: CompanyChannel, from: Company) => void;
}

function LastAnalysis({ entry, now }: { entry: CompanyChannel; now: Date }) {
  const t = useT();
  const lang = useContext(LangContext);
  const latest = entry.record ? latestSnapshot(entry.record) : null;
  if (!latest) return <span class="channel__age muted">{entry.record ? t('companies.noAnalysis') : t('companies.onlyLinked')}</span>;
  return (
    <span class="channel__age">
      <LevelBadge level={levelFor(latest.overall)} score={latest.overall} />{' '}
      <time dateTime={latest.at} title={formatDate(lang, latest.at)}>
        {t('companies.analysed', { ago: ago(lang, latest.at, now) })}
      </time>
    </span>
  );
}

/** How a profile is tied to the company's site: both ends in words (the popup's note), and a mark that is not colour alone. */
function Official({ entry }: { entry: CompanyChannel }) {
  const official = entry.official;
  if (!official) return null;
  return (
    <p class={`official official--${official.status}`}>
      <span class="official__mark" aria-hidden="true">
        {official.status === 'confirmed' ? '✔' : '?'}
      </span>{' '}
      <OfficialNote official={official} subject="profile" />
    </p>
  );
}

function ChannelItem({ entry, company, others, now, edits }: { entry: CompanyChannel; company: Company; others: readonly Company[]; now: Date; edits: CompanyEdits }) {
  const t = useT();
  const { channel } = entry;
  const label = channelLabel(t, channel);
  const [target, setTarget] = useState(others[0]?.id ?? '');
  const moveId = `move-${company.id}-${channel.key}`;
  const chosen = others.find((c) => c.id === target) ?? others[0];
  return (
    <li class="channel" data-channel={channel.key}>
      <div class="channel__head">
        <span class="channel__kind">{channel.kind === 'site' ? t('companies.site') : t(`profile.kind.${channel.platform}`)}</span>
        <span class="channel__name">{channel.kind === 'site' ? channel.site : channel.handle}</span>
        <a class="channel__open" href={channelUrl(channel)} target="_blank" rel="noopener noreferrer" aria-label={`${t('companies.openLabel', { channel: label })} ${t('a11y.newTab')}`}>
          {t('companies.open')}
        </a>
        <LastAnalysis entry={entry} now={now} />
      </div>
      <Official entry={entry} />
      {(others.length > 0 || company.channels.length > 1) && (
        <div class="channel__actions">
          {chosen && (
            <span class="channel__move">
              <label for={moveId} class="visually-hidden">
                {t('companies.moveLabel', { channel: label })}
              </label>
              <select id={moveId} name="move-to" value={chosen.id} onChange={(e) => setTarget(e.currentTarget.value)}>
                {others.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
              <button type="button" data-action="move" aria-label={t('companies.moveTo', { channel: label, company: chosen.name })} onClick={() => edits.onMove(channel, chosen)}>
                {t('companies.move')}
              </button>
            </span>
          )}
          {company.channels.length > 1 && (
            <button type="button" data-action="take-out" aria-label={t('companies.takeOutLabel', { channel: label, company: company.name })} onClick={() => edits.onTakeOut(entry, company)}>
              {t('companies.takeOut')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

function CompanyFactors({ row }: { row: CompanyRow }) {
  const t = useT();
  const labels = new Map(row.company.channels.map((c) => [c.channel.key, channelLabel(t, c.channel)]));
  const factor = (key: FactorKey) => row.factors.find((f) => f.key === key)!;
  const own = (key: FactorKey) => row.own.find((o) => o.key === key)!.value;
  const carried = (key: FactorKey) => {
    const by = factor(key).carriedBy;
    if (!by.length) return <span class="muted">{t('companies.restsOnNone')}</span>;
    return (
      <ul class="carried">
        {by.map((k) => (
          <li key={k}>{labels.get(k) ?? k}</li>
        ))}
      </ul>
    );
  };
  return (
    <FactorTable
      caption={t('companies.factors', { company: row.company.name })}
      rows={[
        { label: t('report.computed'), kind: 'computed', cell: (key) => <LevelBadge level={factor(key).level} score={factor(key).score} /> },
        { label: t('report.own'), kind: 'own', cell: (key) => (own(key) === null ? <span class="muted">{t('rating.none')}</span> : t('rating.value', { value: own(key)! })) },
        { label: t('companies.restsOn'), kind: 'carried', cell: carried },
      ]}
    />
  );
}

function EditCompany({ company, edits }: { company: Company; edits: CompanyEdits }) {
  const t = useT();
  const [name, setName] = useState(company.name);
  const [input, setInput] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const nameId = `name-${company.id}`;
  const addId = `add-${company.id}`;
  const problemId = `add-problem-${company.id}`;
  const add = () => {
    const channel = channelFromInput(input);
    if (!channel) return setProblem(t('companies.addInvalid', { input: input.trim() }));
    if (company.channels.some((c) => c.channel.key === channel.key)) return setProblem(t('companies.alreadyIn', { channel: channelLabel(t, channel), company: company.name }));
    setProblem(null);
    setInput('');
    edits.onAdd(company, channel);
  };
  return (
    <details class="company__edit">
      <summary>{t('companies.edit')}</summary>
      <form
        class="company__form"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() && name.trim() !== company.name) edits.onRename(company, name.trim());
        }}
      >
        <label for={nameId}>{t('companies.name')}</label>
        <span class="company__row">
          <input id={nameId} type="text" name="company-name" value={name} maxLength={200} autoComplete="off" onInput={(e) => setName(e.currentTarget.value)} />
          <button type="submit" data-action="rename">
            {t('companies.rename')}
          </button>
        </span>
      </form>
      <form
        class="company__form"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label for={addId}>{t('companies.addLabel')}</label>
        <span class="company__row">
          <input
            id={addId}
            type="text"
            name="add-channel"
            value={input}
            autoComplete="off"
            spellcheck={false}
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby={problem ? problemId : undefined}
            onInput={(e) => setInput(e.currentTarget.value)}
          />
          <button type="submit" data-action="add">
            {t('companies.add')}
          </button>
        </span>
        {problem && (
          <p id={problemId} class="problem company__problem" role="alert" data-message="addInvalid">
            {problem}
          </p>
        )}
      </form>
    </details>
  );
}

/** One company: its channels (with their last analysis and how they are tied to the site), its rating per factor and the user's edits. */
export function CompanyCard({ row, companies, now, edits }: { row: CompanyRow; companies: readonly Company[]; now: Date; edits: CompanyEdits }) {
  const t = useT();
  const { company } = row;
  const others = companies.filter((c) => c.id !== company.id);
  const headingId = `company-${company.id}`;
  return (
    <li class="company" data-company={company.id} aria-labelledby={headingId}>
      <div class="site__head">
        <h3 class="site__name" id={headingId} tabIndex={-1}>
          {company.name}
        </h3>
        <span class="site__overall">
          <span class="site__overall-label">{t('overall.label')}</span> <LevelBadge level={row.overall.level} score={row.overall.score} />
        </span>
        <span class="site__date">{company.pinned ? t('companies.pinned') : t('companies.found')}</span>
      </div>
      <h4 class="company__label">{t('companies.channels')}</h4>
      <ul class="channels">
        {company.channels.map((entry) => (
          <ChannelItem key={entry.channel.key} entry={entry} company={company} others={others} now={now} edits={edits} />
        ))}
      </ul>
      <CompanyFactors row={row} />
      <EditCompany key={company.name} company={company} edits={edits} />
    </li>
  );
}
