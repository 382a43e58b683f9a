import { useCallback, useEffect, useState, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/use-t';
import type { KeypadKey } from '../../../shared/phone/keypad';
import { useCallsStore } from '../../stores/calls/calls.store';
import { selectors as devicesSelectors, useDevicesStore } from '../../stores/devices/devices.store';
import { Keypad } from '../dialer/keypad';
import { isEditableTarget, typedKeypadKey } from '../dialer/typed-keys';
import { playDtmfTone } from './dtmf-tone-player';
import './dtmf-keypad.css';

interface DtmfKeypadProps {
  id: string;
  callId: string;
  onClose(): void;
}

/**
 * Keypad tones for menus and PINs: each key plays its tone here and is sent to the far end.
 * While open, digits typed anywhere but a text field go here, not to the dialer.
 */
export function DtmfKeypad({ id, callId, onClose }: DtmfKeypadProps) {
  const t = useT();
  const [sent, setSent] = useState('');
  const [litKey, setLitKey] = useState<KeypadKey | null>(null);

  const send = useCallback(
    (key: KeypadKey) => {
      playDtmfTone(key, devicesSelectors.speaker(useDevicesStore.getState())?.deviceId);
      setSent((digits) => (digits + key).slice(-24));
      void useCallsStore.getState().sendDtmf(callId, key);
    },
    [callId],
  );

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      const key = typedKeypadKey(event);
      if (!key || event.defaultPrevented || isEditableTarget(event.target)) return;
      event.preventDefault();
      send(key);
      setLitKey(key);
      clearTimeout(timer);
      timer = setTimeout(() => setLitKey(null), 150);
    };
    // Capture phase: runs before the dialer's listener, which then leaves the digit alone.
    window.addEventListener('keydown', onKeyDown, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      clearTimeout(timer);
    };
  }, [send]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  }

  return (
    <div id={id} className="dtmf-keypad" data-captures-digits onKeyDown={onKeyDown}>
      <p className="dtmf-keypad__sent">
        {t('call.keypadSent')} <span className="dtmf-keypad__digits">{sent || t('call.keypadNothingSent')}</span>
      </p>
      <Keypad label={t('call.keypadTones')} onPress={send} litKey={litKey} autoFocus />
    </div>
  );
}
