import type { FactorKey, Level } from '@/lib/factors';
import { FACTOR_KEYS } from '@/lib/factors';
import type { Ratings } from '@/lib/notes/schema';
import { MAX_NOTES } from '@/lib/notes/schema';
import { LevelBadge } from './LevelBadge';
import { useT } from './i18n';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; problem: 'quota' | 'write' | 'corrupt'; message?: string };

export interface NotesPanelProps {
  site: string;
  notes: string;
  ratings: Ratings;
  /** The computed level per factor, shown beside the user's own rating. */
  levels: Partial<Record<FactorKey, Level>>;
  state: SaveState;
  onNotes: (notes: string) => void;
  onRating: (factor: FactorKey, value: number | null) => void;
}

/** The user's own judgement of the site: notes and a 1–5 rating per factor. */
export function NotesPanel({ site, notes, ratings, levels, state, onNotes, onRating }: NotesPanelProps) {
  const t = useT();
  return (
    <section class="notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading" class="notes__heading">
        {t('notes.site', { site })}
      </h2>
      <fieldset class="ratings">
        <legend>{t('rating.label')}</legend>
        <p class="ratings__help">{t('rating.help')}</p>
        {FACTOR_KEYS.map((key) => (
          <div class="rating" key={key} data-rating={key}>
            <label class="rating__label" for={`rating-${key}`}>
              {t(`factor.${key}`)}
            </label>
            {levels[key] && <LevelBadge level={levels[key]} score={null} />}
            <select
              id={`rating-${key}`}
              name={`rating-${key}`}
              value={ratings[key] ? String(ratings[key]) : ''}
              onChange={(e) => {
                const value = (e.currentTarget as HTMLSelectElement).value;
                onRating(key, value ? Number(value) : null);
              }}
            >
              <option value="">{t('rating.none')}</option>
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={String(n)}>
                  {t('rating.value', { value: n })}
                </option>
              ))}
            </select>
          </div>
        ))}
      </fieldset>
      <label class="notes__label" for="notes-text">
        {t('notes.label')}
      </label>
      <textarea
        id="notes-text"
        name="notes"
        rows={5}
        maxLength={MAX_NOTES}
        placeholder={t('notes.placeholder')}
        value={notes}
        onInput={(e) => onNotes((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <p class="notes__state" role={state.kind === 'error' ? 'alert' : 'status'} data-save-state={state.kind} data-message={state.kind === 'error' ? `store.${state.problem}` : undefined}>
        {state.kind === 'saving' && t('notes.saving')}
        {state.kind === 'saved' && t('notes.saved')}
        {state.kind === 'error' && (state.problem === 'write' ? t('store.write', { message: state.message ?? '' }) : t(`store.${state.problem}`))}
      </p>
    </section>
  );
}
