import { useId, useState } from 'react';
import type { Contact } from '../../../shared/models/contact';
import { selectors, useContactsStore } from '../../stores/contacts/contacts.store';
import { useDialerStore } from '../../stores/dialer/dialer.store';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import { PhoneIcon, StarIcon, TextBubbleIcon } from '../../ui/icons';
import { BlockAllNumbersButton } from '../call-handling/block-all-numbers-button';
import { BlockCallerButton } from '../call-handling/block-caller-button';
import { useCallerBlock } from '../call-handling/use-block-callers';
import { startConversation } from '../messages/start-conversation';
import { useT } from '../../i18n/use-t';
import { callTargetsOf, type CallTarget } from './call-targets';
import { initialsOf } from './contact-row';
import { RemoveContactDialog } from './remove-contact-dialog';
import './contact-detail.css';

function CallButton({ contact, target }: { contact: Contact; target: CallTarget }) {
  const callNow = useDialerStore((state) => state.callNow);
  const placing = useDialerStore((state) => state.placing);
  const dialTarget = target.target;
  const block = useCallerBlock(target.number ?? '');
  const t = useT();
  const where = { name: contact.name, label: target.label, number: target.display };
  return (
    <li>
      <div className="call-target-row">
        <button
          type="button"
          className="call-target"
          disabled={dialTarget === null || placing}
          aria-label={t('contacts.callTarget', where)}
          title={target.problem ?? t('contacts.callTargetTitle', { number: target.display })}
          onClick={() => dialTarget && void callNow({ target: dialTarget, display: target.display })}
        >
          <PhoneIcon />
          <span className="call-target__label">{target.label}</span>
          <span className="call-target__value">{target.display}</span>
        </button>
        {target.kind === 'phone' && dialTarget !== null && (
          <button
            type="button"
            className="icon-button"
            aria-label={t('contacts.textTarget', where)}
            title={t('contacts.textTargetTitle', { number: target.display })}
            onClick={() => startConversation(dialTarget)}
          >
            <TextBubbleIcon />
          </button>
        )}
        {target.number !== null && (
          <BlockCallerButton block={block} who={t('contacts.blockWho', where)} variant="icon" />
        )}
      </div>
      {target.problem && <p className="call-target__problem">{target.problem}</p>}
    </li>
  );
}

function ContactCard({ contact }: { contact: Contact }) {
  const titleId = useId();
  const country = useSettingsStore(countryOf);
  const startEdit = useContactsStore((state) => state.startEdit);
  const setFavourite = useContactsStore((state) => state.setFavourite);
  const [removing, setRemoving] = useState(false);
  const t = useT();
  const targets = callTargetsOf(contact, country);

  return (
    <section className="contact-detail" aria-labelledby={titleId}>
      <header className="contact-detail__header">
        <span className="contact-detail__avatar" aria-hidden="true">
          {initialsOf(contact.name)}
        </span>
        <div className="contact-detail__title">
          <h2 id={titleId}>{contact.name}</h2>
          {contact.organisation && <p>{contact.organisation}</p>}
        </div>
        <button
          type="button"
          className="icon-button contact-detail__star"
          aria-pressed={contact.favourite}
          aria-label={t('contacts.favourite')}
          title={contact.favourite ? t('contacts.removeFavourite') : t('contacts.addFavourite')}
          onClick={() => void setFavourite(contact, !contact.favourite)}
        >
          <StarIcon filled={contact.favourite} />
        </button>
      </header>

      {targets.length > 0 ? (
        <ul className="contact-detail__targets" aria-label={t('contacts.targetsLabel', { name: contact.name })}>
          {targets.map((target) => (
            <CallButton key={target.key} contact={contact} target={target} />
          ))}
        </ul>
      ) : (
        <p className="contact-detail__muted">{t('contacts.noTargets')}</p>
      )}

      {contact.emails.length > 0 && (
        <dl className="contact-detail__facts">
          <dt>{t('contacts.email')}</dt>
          {contact.emails.map((email) => (
            <dd key={email}>{email}</dd>
          ))}
        </dl>
      )}
      {contact.notes && (
        <dl className="contact-detail__facts">
          <dt>{t('contacts.notes')}</dt>
          <dd className="contact-detail__notes">{contact.notes}</dd>
        </dl>
      )}

      <div className="contact-detail__actions">
        <button type="button" className="secondary-button" onClick={() => startEdit(contact)}>
          {t('contacts.edit')}
        </button>
        <button type="button" className="secondary-button secondary-button--danger" onClick={() => setRemoving(true)}>
          {t('contacts.delete')}
        </button>
        <BlockAllNumbersButton
          numbers={contact.phones.map((phone) => phone.e164 ?? phone.number)}
          owner={contact.name}
        />
      </div>
      {removing && (
        <RemoveContactDialog
          contact={contact}
          onClose={() => setRemoving(false)}
          fallbackFocus={() => document.querySelector<HTMLElement>('.contact-list')}
        />
      )}
    </section>
  );
}

/** The open contact: click-to-call on every number and SIP address, its details, Edit, Delete and Block. */
export function ContactDetail() {
  const selectedId = useContactsStore(selectors.selectedId);
  const selected = useContactsStore(selectors.selected);
  const error = useContactsStore(selectors.detailError);
  const t = useT();

  if (selected && selected.id === selectedId) {
    return (
      <>
        <ContactCard contact={selected} />
        {error && (
          <p className="contacts-problem" role="alert">
            {error}
          </p>
        )}
      </>
    );
  }
  return (
    <div className="contact-detail contact-detail--placeholder" aria-live="polite">
      {error ? (
        <p role="alert">{error}</p>
      ) : selectedId ? (
        <p>{t('contacts.opening')}</p>
      ) : (
        <p>{t('contacts.chooseContact')}</p>
      )}
    </div>
  );
}
