import type { RegistryEntity } from '@/lib/contracts/company';
import { formatDate } from '@/lib/i18n';
import { registryWarnings } from '@/lib/registry/match';
import type { RegistryFailure } from '@/lib/registry/client';
import { sameName, sameSite } from '@/lib/registry/match';
import { siteOf } from '@/lib/site';
import { useContext } from 'preact/hooks';
import { LangContext, useT } from './i18n';

export type RegistryState =
  | { phase: 'idle' }
  | { phase: 'busy' }
  | { phase: 'denied' }
  | { phase: 'failed'; failure: RegistryFailure }
  | { phase: 'done'; entity: RegistryEntity; cached: boolean };

interface Props {
  orgNumber: string;
  state: RegistryState;
  /** The organisation's names the page gives (contact details, JSON-LD Organization). */
  pageNames: readonly string[];
  pageUrl: string;
  onLookup: () => void;
}

/**
 * "Who the company is": the page's organisation number looked up in Enhetsregisteret on the
 * user's click (the click also asks for the permission), then the register's name, dates and
 * website beside the page's, and a warning that does not rely on colour when the entity is
 * bankrupt, being wound up or deleted. Everything from the page or the register is text.
 */
export function RegistryCard({ orgNumber, state, pageNames, pageUrl, onLookup }: Props) {
  const t = useT();
  const lookupButton = (label: 'registry.lookup' | 'registry.retry') => (
    <button type="button" data-action="registry-lookup" onClick={onLookup}>
      {t(label, { orgNumber })}
    </button>
  );
  return (
    <section class="registry" aria-labelledby="registry-heading" data-registry={state.phase}>
      <h2 id="registry-heading" class="registry__heading">
        {t('registry.heading')}
      </h2>
      {(state.phase === 'idle' || state.phase === 'denied') && (
        <>
          <p class="registry__help">{t('registry.help', { orgNumber })}</p>
          {state.phase === 'denied' && (
            <p role="alert" data-registry-error="denied">
              {t('registry.denied')}
            </p>
          )}
          {lookupButton('registry.lookup')}
        </>
      )}
      {state.phase === 'busy' && (
        <p role="status" aria-live="polite">
          {t('registry.busy', { orgNumber })}
        </p>
      )}
      {state.phase === 'failed' && (
        <>
          <p role="alert" data-registry-error={state.failure.kind}>
            {failureText(t, state.failure, orgNumber)}
          </p>
          {lookupButton('registry.retry')}
        </>
      )}
      {state.phase === 'done' && <RegistryFacts entity={state.entity} pageNames={pageNames} pageUrl={pageUrl} />}
    </section>
  );
}

function failureText(t: ReturnType<typeof useT>, failure: RegistryFailure, orgNumber: string): string {
  switch (failure.kind) {
    case 'network':
      return t('registry.error.network', { message: failure.message });
    case 'http':
      return t('registry.error.http', { status: String(failure.status) });
    default:
      return t(`registry.error.${failure.kind}`, { orgNumber });
  }
}

function RegistryFacts({ entity, pageNames, pageUrl }: { entity: RegistryEntity; pageNames: readonly string[]; pageUrl: string }) {
  const t = useT();
  const lang = useContext(LangContext);
  const date = (iso: string | null) => (iso ? formatDate(lang, iso) : t('registry.unknown'));
  const pageName = pageNames[0] ?? null;
  const nameAgrees = !!entity.name && pageNames.some((n) => sameName(n, entity.name!));
  const site = siteOf(pageUrl) ?? pageUrl;
  return (
    <div class="registry__facts">
      {registryWarnings(entity).map((warning) => (
        <p key={warning} role="alert" class="registry__warning" data-registry-warning={warning}>
          <span aria-hidden="true">⚠ </span>
          <strong>{t('registry.warning')}</strong> {t(`registry.warning.${warning}`, { date: date(entity.deleted) })}
        </p>
      ))}
      <dl class="registry__list">
        <dt>{t('registry.orgNumber')}</dt>
        <dd data-fact="orgNumber">{entity.orgNumber}</dd>
        <dt>{t('registry.name')}</dt>
        <dd data-fact="name">
          {entity.name ?? t('registry.unknown')}
          {entity.name && pageName && <> ({nameAgrees ? t('registry.nameMatches') : t('registry.nameDiffers', { pageName })})</>}
        </dd>
        {entity.form && (
          <>
            <dt>{t('registry.form')}</dt>
            <dd data-fact="form">{entity.form}</dd>
          </>
        )}
        <dt>{t('registry.founded')}</dt>
        <dd data-fact="founded">{date(entity.founded)}</dd>
        <dt>{t('registry.registered')}</dt>
        <dd data-fact="registered">{date(entity.registered)}</dd>
        <dt>{t('registry.website')}</dt>
        <dd data-fact="website">
          {entity.website ?? t('registry.unknown')}
          {entity.website && <> ({sameSite(entity.website, pageUrl) ? t('registry.websiteMatches') : t('registry.websiteDiffers', { site })})</>}
        </dd>
      </dl>
      <p class="registry__when">{t('registry.fetched', { time: formatDate(lang, entity.fetchedAt, true) })}</p>
    </div>
  );
}
