import { afterEach, describe, expect, it } from 'vitest';
import type { CallTransfer } from '../../../shared/models/call-transfer';
import { setActiveLocale } from '../../i18n/active-intl';
import { describeTransfer, transferTargetText } from './transfer-text';

const transfer: CallTransfer = { kind: 'blind', target: '+15125550199', phase: 'sent', failure: null };

describe('the words for a transfer in the call card', () => {
  it('names the target as people in the country write it, or the SIP address without its scheme', () => {
    expect(transferTargetText('+15125550199', 'US')).toBe('(512) 555-0199');
    expect(transferTargetText('+442079460958', 'US')).toBe('+44 20 7946 0958');
    expect(transferTargetText('sip:carol@example.com', 'US')).toBe('carol@example.com');
  });

  it('follows the phases and shows the failure main gave', () => {
    expect(describeTransfer(transfer, 'US')).toBe('Transferring to (512) 555-0199…');
    expect(describeTransfer({ ...transfer, phase: 'trying' }, 'US')).toBe(
      'Transferring to (512) 555-0199: connecting…',
    );
    expect(describeTransfer({ ...transfer, phase: 'ringing' }, 'US')).toBe('Transferring to (512) 555-0199: ringing…');
    expect(describeTransfer({ ...transfer, phase: 'failed', failure: { id: 'calls.transferTargetBusy' } }, 'US')).toBe(
      'The transfer target is busy. The call is back.',
    );
  });

  describe('in another language', () => {
    afterEach(() => setActiveLocale('en'));

    it('shows main’s failure in the person’s language, with its values', () => {
      setActiveLocale('fr');
      const failed = { ...transfer, phase: 'failed' as const };
      expect(describeTransfer({ ...failed, failure: { id: 'calls.transferTargetBusy' } }, 'US')).toBe(
        'Le destinataire du transfert est occupé. L’appel est revenu.',
      );
      setActiveLocale('de');
      expect(
        describeTransfer({ ...failed, failure: { id: 'calls.transferRefused', values: { status: 488 } } }, 'US'),
      ).toMatch(/\(488\)/);
    });
  });
});
