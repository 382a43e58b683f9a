import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { Voicemail } from '../../../shared/models/voicemail';
import { useT } from '../../i18n/use-t';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import { selectors, useVoicemailStore } from '../../stores/voicemail/voicemail.store';
import { EmptyState } from '../../ui/empty-state';
import { ViewHeading } from '../../ui/view-heading';
import { DeleteVoicemailDialog } from './delete-voicemail-dialog';
import { VoicemailIcon } from './voicemail-icons';
import { VoicemailRow } from './voicemail-row';
import { receivedText } from './voicemail-text';
import './voicemail.css';

interface VoicemailViewProps {
  /** The inbox's sync state (syncing, last synced, a problem and what to do), shown under the heading. */
  status?: ReactNode;
}

/** Voicemail left on the Twilio line, newest first, each with its transcription and a player. */
export function VoicemailView({ status }: VoicemailViewProps) {
  const t = useT();
  const intl = useIntl();
  const headingId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const items = useVoicemailStore(selectors.items);
  const loaded = useVoicemailStore(selectors.loaded);
  const loading = useVoicemailStore(selectors.loading);
  const hasMore = useVoicemailStore(selectors.hasMore);
  const loadError = useVoicemailStore(selectors.loadError);
  const changeError = useVoicemailStore(selectors.changeError);
  const selected = useVoicemailStore(selectors.selected);
  const country = useSettingsStore(countryOf);
  const [deleting, setDeleting] = useState<{ id: string; caller: string } | null>(null);
  // "Today" and "Yesterday" are worked out when the list changes.
  const receivedTexts = useMemo(() => {
    const now = new Date();
    return new Map(items.map((voicemail) => [voicemail.id, receivedText(voicemail.receivedAt, now, intl)]));
  }, [items, intl]);

  useEffect(() => {
    useVoicemailStore.getState().setViewing(true);
    return () => useVoicemailStore.getState().setViewing(false);
  }, []);

  // A notification click or a search result opens a voicemail: bring its row into view once it is listed
  // (an older one after its page loads).
  const selectedId = selected?.id;
  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    if (selectedId === undefined) return void (scrolledTo.current = null);
    if (scrolledTo.current === selectedId) return;
    const row = [...(listRef.current?.querySelectorAll<HTMLElement>('[data-voicemail-row]') ?? [])].find(
      (element) => element.dataset.voicemailRow === selectedId,
    );
    if (!row) return;
    scrolledTo.current = selectedId;
    row.scrollIntoView({ block: 'nearest' });
  }, [selectedId, items]);

  const askToDelete = useCallback((voicemail: Voicemail, caller: string) => {
    useVoicemailStore.getState().clearChangeError();
    setDeleting({ id: voicemail.id, caller });
  }, []);

  const problem = loadError ?? (deleting ? null : changeError);

  return (
    <section className="voicemail-view" aria-labelledby={headingId}>
      <div className="voicemail-view__header">
        <ViewHeading id={headingId}>{t('voicemail.heading')}</ViewHeading>
        {status}
      </div>
      {problem && (
        <p className="contacts-problem" role="alert">
          {problem}
        </p>
      )}
      {loaded && items.length === 0 && !loadError && (
        <EmptyState icon={<VoicemailIcon />} title={t('voicemail.emptyTitle')}>
          <p>{t('voicemail.emptyBody')}</p>
        </EmptyState>
      )}
      {items.length > 0 && (
        <ul ref={listRef} className="voicemail-list" aria-labelledby={headingId} aria-busy={loading || undefined}>
          {items.map((voicemail) => (
            <VoicemailRow
              key={voicemail.id}
              voicemail={voicemail}
              country={country}
              received={receivedTexts.get(voicemail.id) ?? ''}
              open={selected?.id === voicemail.id ? selected : null}
              onDelete={askToDelete}
            />
          ))}
        </ul>
      )}
      {hasMore && (
        <button
          type="button"
          className="secondary-button voicemail-view__more"
          aria-disabled={loading || undefined}
          onClick={() => !loading && void useVoicemailStore.getState().loadMore()}
        >
          {loading ? t('voicemail.loading') : t('voicemail.showOlder')}
        </button>
      )}
      {deleting && (
        <DeleteVoicemailDialog
          id={deleting.id}
          caller={deleting.caller}
          onClose={() => setDeleting(null)}
          fallbackFocus={() => document.getElementById(headingId)}
        />
      )}
    </section>
  );
}
