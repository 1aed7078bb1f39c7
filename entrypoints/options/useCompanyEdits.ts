import { useMemo } from 'preact/hooks';
import type { Translate } from '@/components/i18n';
import type { CompanyEdits } from '@/components/companies/CompanyCard';
import { channelLabel } from '@/components/CompanyLine';
import type { PageMessage } from '@/components/sites/Messages';
import type { Channel } from '@/lib/companies/channel';
import { moveChannel, pinCompany, separateChannel, type PinChange } from '@/lib/companies/edit';
import { setCompanies } from '@/lib/notes/store';

/**
 * The user's hand on companies (lib/companies/edit.ts): each edit is a set of pins the store
 * writes into the channels' records, which detection never changes; the page says what was done.
 */
export function useCompanyEdits({ t, now, show, showError, refresh }: { t: Translate; now: () => Date; show: (m: PageMessage) => void; showError: (e: unknown) => void; refresh: () => Promise<void> }): CompanyEdits {
  return useMemo(() => {
    const apply = async (pins: readonly PinChange[], code: string, text: string) => {
      try {
        await setCompanies(pins);
        show({ code, kind: 'status', text });
        await refresh();
      } catch (error) {
        showError(error);
      }
    };
    const label = (channel: Channel) => channelLabel(t, channel);
    return {
      onRename: (company, name) => void apply(pinCompany(company, name, now()).pins, 'renamed', t('companies.renamed', { name })),
      onAdd: (company, channel) => void apply(moveChannel(channel.key, company, now()), 'added', t('companies.added', { channel: label(channel), company: company.name })),
      onMove: (channel, to) => void apply(moveChannel(channel.key, to, now()), 'moved', t('companies.moved', { channel: label(channel), company: to.name })),
      onTakeOut: ({ channel, record }) => {
        // Its own company, named as the channel names the company, else after the channel.
        const name = record?.name ?? (channel.kind === 'site' ? channel.site : channel.handle);
        void apply(separateChannel(channel.key, name, now()), 'tookOut', t('companies.tookOut', { channel: label(channel) }));
      },
    };
  }, [t, now, show, showError, refresh]);
}
