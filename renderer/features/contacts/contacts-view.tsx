import { useEffect, useId, useRef, useState } from 'react';
import { selectors, useContactsStore } from '../../stores/contacts/contacts.store';
import { EmptyState } from '../../ui/empty-state';
import { ContactsIcon, DownloadIcon, PlusIcon, UploadIcon } from '../../ui/icons';
import { ViewHeading } from '../../ui/view-heading';
import { ImportDialog } from '../import/import-dialog';
import { useT } from '../../i18n/use-t';
import { ContactDetail } from './contact-detail';
import { ContactFormDialog } from './contact-form-dialog';
import { ContactList } from './contact-list';
import { ContactsSearch } from './contacts-search';
import { downloadText } from './download-text';
import { MergeSuggestions } from './merge-suggestions';
import './contacts.css';

function ContactsActions({ canExport }: { canExport: boolean }) {
  const startNew = useContactsStore((state) => state.startNew);
  const openImport = useContactsStore((state) => state.openImport);
  const exportVcard = useContactsStore((state) => state.exportVcard);
  const exportStatus = useContactsStore(selectors.exportStatus);
  const t = useT();

  async function onExport() {
    const vcard = await exportVcard();
    if (vcard !== null) downloadText(t('contacts.exportFileName'), vcard, 'text/vcard;charset=utf-8');
  }

  return (
    <div className="contacts-actions">
      <button type="button" className="secondary-button" onClick={openImport}>
        <UploadIcon />
        {t('contacts.importButton')}
      </button>
      {canExport && (
        <button
          type="button"
          className="secondary-button"
          aria-disabled={exportStatus.status === 'busy' || undefined}
          onClick={() => exportStatus.status !== 'busy' && void onExport()}
        >
          <DownloadIcon />
          {t('contacts.exportVcard')}
        </button>
      )}
      <button type="button" className="button contacts-actions__add" onClick={() => startNew()}>
        <PlusIcon />
        {t('contacts.addContact')}
      </button>
      {exportStatus.status === 'failed' && (
        <p className="contacts-problem contacts-actions__problem" role="alert">
          {exportStatus.message}
        </p>
      )}
    </div>
  );
}

export function ContactsView() {
  const headingId = useId();
  const listLabelId = useId();
  const listRef = useRef<HTMLDivElement | null>(null);
  const detailRef = useRef<HTMLDivElement | null>(null);
  const backRef = useRef<HTMLButtonElement | null>(null);
  const [showingDetail, setShowingDetail] = useState(false);
  const listStatus = useContactsStore(selectors.listStatus);
  const listError = useContactsStore(selectors.listError);
  const isEmpty = useContactsStore(selectors.isEmpty);
  const total = useContactsStore(selectors.total);
  const shownQuery = useContactsStore(selectors.shownQuery);
  const editor = useContactsStore(selectors.editor);
  const importOpen = useContactsStore((state) => state.importStep.step !== 'closed');
  const startNew = useContactsStore((state) => state.startNew);
  const openImport = useContactsStore((state) => state.openImport);
  const t = useT();

  /** In a narrow window the detail sits under the list, out of sight: it takes the list's place instead. */
  function showChosen() {
    const detail = detailRef.current;
    const list = listRef.current;
    if (!detail || !list || detail.getBoundingClientRect().top < list.getBoundingClientRect().bottom) return;
    setShowingDetail(true);
    requestAnimationFrame(() => backRef.current?.focus());
  }

  function backToList() {
    setShowingDetail(false);
    requestAnimationFrame(() => listRef.current?.focus());
  }

  useEffect(() => {
    const { openList, loadSuggestions } = useContactsStore.getState();
    void openList();
    void loadSuggestions();
  }, []);

  return (
    <section className="contacts-view" aria-labelledby={headingId}>
      <div className="contacts-view__header">
        <ViewHeading id={headingId}>{t('contacts.heading')}</ViewHeading>
        <ContactsActions canExport={!isEmpty} />
      </div>
      {listError && (
        <p className="contacts-problem" role="alert">
          {listError}
        </p>
      )}
      <MergeSuggestions />
      {isEmpty ? (
        <EmptyState icon={<ContactsIcon />} title={t('contacts.emptyTitle')}>
          <p>{t('contacts.emptyText')}</p>
          <p className="contacts-empty__buttons">
            <button type="button" className="button" onClick={() => startNew()}>
              {t('contacts.addContact')}
            </button>
            <button type="button" className="secondary-button" onClick={openImport}>
              {t('contacts.importFromFile')}
            </button>
          </p>
        </EmptyState>
      ) : (
        <div className={`contacts-view__body${showingDetail ? ' contacts-view__body--detail' : ''}`}>
          <div className="contacts-view__list-column">
            <ContactsSearch listRef={listRef} />
            <h2 id={listLabelId} className="visually-hidden">
              {t('contacts.listHeading')}
            </h2>
            {listStatus === 'ready' && total === 0 && shownQuery !== '' ? (
              <p className="contact-list contact-list--loading">{t('contacts.nobodyMatches', { query: shownQuery })}</p>
            ) : listStatus === 'ready' ? (
              <ContactList labelledBy={listLabelId} listRef={listRef} onChoose={showChosen} />
            ) : (
              <p className="contact-list contact-list--loading" role="status">
                {t('contacts.loadingContacts')}
              </p>
            )}
          </div>
          <div ref={detailRef} className="contacts-view__detail-column">
            {showingDetail && (
              <button ref={backRef} type="button" className="link-button contacts-view__back" onClick={backToList}>
                {t('contacts.backToList')}
              </button>
            )}
            <ContactDetail />
          </div>
        </div>
      )}
      {editor && <ContactFormDialog key={editor.id ?? 'new'} editor={editor} />}
      {importOpen && <ImportDialog />}
    </section>
  );
}
