import { useEffect, useId, useState } from 'react';
import { assertNever } from '../../../shared/assert-never';
import type { BalanceAnswer } from '../../../shared/models/call-price';
import type { Translate } from '../../i18n/message-values';
import type { LocaleFormat } from '../../i18n/locale-format';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { selectors as balanceSelectors, useBalanceStore } from '../../stores/balance/balance.store';
import { selectors, useSettingsStore } from '../../stores/settings/settings.store';
import { SaveStatus } from '../../ui/save-status';
import './balance-section.css';

function balanceText(answer: BalanceAnswer | null, t: Translate, format: LocaleFormat): string {
  if (answer === null) return t('settings.balanceChecking');
  switch (answer.kind) {
    case 'known':
      return t('settings.balanceKnown', { amount: format.price(answer.balance.amount, answer.balance.currency) });
    case 'none':
      return t('settings.balanceNone');
    case 'unavailable':
      return t('settings.balanceUnavailable');
    default:
      return assertNever(answer);
  }
}

/** "5", "2.50", "2,50" as an amount; '' as off (null); anything else undefined. */
export function parseThreshold(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d{1,6}([.,]\d{1,2})?$/.test(trimmed)) return undefined;
  return Number(trimmed.replace(',', '.'));
}

function ThresholdField({ value }: { value: number | null }) {
  const id = useId();
  const t = useT();
  const update = useSettingsStore(selectors.update);
  const save = useSettingsStore(selectors.save('lowBalanceWarning'));
  const [text, setText] = useState(value === null ? '' : String(value));
  const parsed = parseThreshold(text);
  const invalid = parsed === undefined;

  function commit() {
    if (parsed !== undefined && parsed !== value) void update('lowBalanceWarning', parsed);
  }

  return (
    <div className="settings-field">
      <label className="settings-field__label" htmlFor={id}>
        {t('settings.lowBalanceLabel')}
      </label>
      <p className="settings-field__hint" id={`${id}-hint`}>
        {invalid ? t('settings.lowBalanceInvalid') : t('settings.lowBalanceHint')}
      </p>
      <input
        id={id}
        className="settings-select"
        type="text"
        inputMode="decimal"
        value={text}
        aria-invalid={invalid}
        aria-describedby={`${id}-hint`}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => event.key === 'Enter' && commit()}
      />
      <SaveStatus save={save} />
    </div>
  );
}

/** Settings, Balance: what is left on the Twilio account, and when the header should mention it. */
export function BalanceSection({ lowBalanceWarning }: { lowBalanceWarning: number | null }) {
  const headingId = useId();
  const t = useT();
  const format = useFormat();
  const answer = useBalanceStore(balanceSelectors.answer);
  useEffect(() => void useBalanceStore.getState().refresh(), []);

  return (
    <section className="balance-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="settings-section-heading">
        {t('settings.balanceHeading')}
      </h2>
      <div className="settings-card">
        <p className="settings-field" data-testid="balance">
          {balanceText(answer, t, format)}
        </p>
        <ThresholdField value={lowBalanceWarning} />
      </div>
    </section>
  );
}
