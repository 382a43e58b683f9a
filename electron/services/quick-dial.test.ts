import { describe, expect, it, vi } from 'vitest';
import type { HistoryEntry } from '../../shared/models/history';
import { err, ok } from '../../shared/result';
import { createQuickDial, quickDialChoices } from './quick-dial';

let clock = 1_700_000_000_000;
/** History rows are given oldest first here and reversed, as history.list gives them newest first. */
function call(change: Partial<HistoryEntry> & Pick<HistoryEntry, 'direction'>): HistoryEntry {
  clock += 60_000;
  const missed = change.missed ?? false;
  return {
    id: `call-${clock}`,
    remoteNumber: '+15125550123',
    remoteE164: '+15125550123',
    contactId: null,
    contactName: null,
    startedAt: clock,
    answeredAt: missed ? null : clock + 5_000,
    endedAt: clock + 30_000,
    durationSeconds: missed ? 0 : 25,
    endReason: missed ? 'missed' : 'hung-up',
    missed,
    seen: false,
    callerVerified: false,
    onTwilio: false,
    transferredTo: null,
    ...change,
  };
}
const newestFirst = (...oldestFirst: HistoryEntry[]) => oldestFirst.reverse();
const ana = { remoteNumber: '+34912345678', remoteE164: '+34912345678', contactName: 'Ana Ruiz' };
const bob = { remoteNumber: '+15125550177', remoteE164: '+15125550177' };

describe('quick dial choices', () => {
  it('offers nothing on an empty history', () => {
    expect(quickDialChoices([], 'US')).toEqual({ redial: null, callBack: null });
  });

  it('redials the last outgoing call, named by its contact, ignoring newer incoming calls', () => {
    const history = newestFirst(
      call({ direction: 'outgoing', ...bob }),
      call({ direction: 'outgoing', ...ana }),
      call({ direction: 'incoming', ...bob }),
    );
    expect(quickDialChoices(history, 'US').redial).toEqual({ target: '+34912345678', name: 'Ana Ruiz' });
  });

  it('names a number without a contact as the country writes it, and redials a SIP address', () => {
    expect(quickDialChoices([call({ direction: 'outgoing', ...bob })], 'US').redial).toEqual({
      target: '+15125550177',
      name: '(512) 555-0177',
    });
    const sip = call({ direction: 'outgoing', remoteNumber: 'alice@pbx.example', remoteE164: null });
    expect(quickDialChoices([sip], 'US').redial).toEqual({
      target: 'sip:alice@pbx.example',
      name: 'sip:alice@pbx.example',
    });
  });

  it('calls back the last missed call not returned yet', () => {
    const history = newestFirst(
      call({ direction: 'incoming', missed: true, ...bob }),
      call({ direction: 'incoming', missed: true, ...ana }),
      call({ direction: 'outgoing', remoteNumber: '+442071838750', remoteE164: '+442071838750' }),
    );
    expect(quickDialChoices(history, 'US').callBack).toEqual({ target: '+34912345678', name: 'Ana Ruiz' });
  });

  it('skips a missed call already returned: called back, or called again and answered', () => {
    const calledBack = newestFirst(
      call({ direction: 'incoming', missed: true, ...bob }),
      call({ direction: 'incoming', missed: true, ...ana }),
      call({ direction: 'outgoing', ...ana }),
    );
    expect(quickDialChoices(calledBack, 'US').callBack?.target).toBe('+15125550177');
    const theyCalledAgain = newestFirst(
      call({ direction: 'incoming', missed: true, ...ana }),
      call({ direction: 'incoming', ...ana }),
    );
    expect(quickDialChoices(theyCalledAgain, 'US').callBack).toBeNull();
    // A later missed call from the same person is still to return.
    const missedTwice = newestFirst(
      call({ direction: 'incoming', missed: true, ...ana }),
      call({ direction: 'outgoing', ...ana }),
      call({ direction: 'incoming', missed: true, ...ana }),
    );
    expect(quickDialChoices(missedTwice, 'US').callBack?.name).toBe('Ana Ruiz');
  });

  it('never offers a caller that cannot be called: withheld, anonymous, hostile text', () => {
    const history = newestFirst(
      call({ direction: 'incoming', missed: true, ...bob }),
      call({ direction: 'incoming', missed: true, remoteNumber: 'anonymous', remoteE164: null }),
      call({ direction: 'incoming', missed: true, remoteNumber: `x@${'a'.repeat(300)}`, remoteE164: null }),
      call({ direction: 'outgoing', remoteNumber: 'sip:a b@host', remoteE164: null }),
    );
    expect(quickDialChoices(history, 'US')).toEqual({
      redial: null,
      callBack: { target: '+15125550177', name: '(512) 555-0177' },
    });
  });
});

describe('createQuickDial', () => {
  it('places the chosen call through dial and says who it called', async () => {
    const dial = vi.fn(() => Promise.resolve(ok(null)));
    const quick = createQuickDial({
      recent: () => [call({ direction: 'outgoing', ...ana })],
      country: () => 'US',
      dial,
    });
    expect(await quick.place('redial')).toEqual(ok({ target: '+34912345678', name: 'Ana Ruiz' }));
    expect(dial).toHaveBeenCalledWith('+34912345678');
  });

  it('says what to do when there is nothing to place, without dialling', async () => {
    const dial = vi.fn(() => Promise.resolve(ok(null)));
    const quick = createQuickDial({ recent: () => [], country: () => 'US', dial });
    expect(await quick.place('callBack')).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: 'There is no missed call left to call back. Call from the dialer or the history instead.',
        words: { id: 'contacts.nothingToCallBack' },
      },
    });
    expect(await quick.place('redial')).toMatchObject({ ok: false, error: { message: /no call placed yet/ } });
    expect(dial).not.toHaveBeenCalled();
  });

  it('passes on the reason a call could not be placed', async () => {
    const refused = err('no-line', 'No phone line is set up. Add one in Settings.');
    const quick = createQuickDial({
      recent: () => [call({ direction: 'incoming', missed: true, ...bob })],
      country: () => 'US',
      dial: () => Promise.resolve(refused),
    });
    expect(await quick.place('callBack')).toEqual(refused);
  });
});
