// Lab controls for calls in progress: what Twilio holds while a caller or Dialtone is on a call, driven by tests.
import { finishRecording } from './api-2010/call-recordings';
import { newResource, type CallRecord, type Store } from './state';

export interface CallInProgress {
  /** E.164, or Dialtone's SIP address (sip:user@domain) for a call it places through the SIP domain. */
  from: string;
  to: string;
  /** The tone its recordings hold (440 Hz unless given). */
  toneHz?: number;
  /** The account that gets the call when `to` is none of its numbers (a call from the SIP domain); the first one else. */
  accountSid?: string;
}

export interface CallsLab {
  /** A call in progress, as Twilio lists it from the moment it started; returns its CallSid. */
  begin(call: CallInProgress): string;
  /** The call is over: completed, and any recording of it in progress finished. */
  end(callSid: string): Promise<void>;
  /** Twilio has priced the ended call: `price` as Twilio writes it, negative ("-0.01300"). */
  price(callSid: string, price: string): void;
}

export function callsLab(store: Store): CallsLab {
  return {
    begin({ from, to, toneHz = 440, accountSid }) {
      const owner = store.numbers.find((n) => n.phoneNumber === to);
      const account = owner?.accountSid ?? accountSid ?? store.accounts[0]?.sid;
      if (!account) throw new Error('begin call: the double has no account');
      const resource = newResource('CA', account);
      const call: CallRecord = {
        ...resource,
        from,
        to,
        phoneNumberSid: owner?.sid ?? null,
        direction: 'inbound',
        status: 'in-progress',
        startTime: resource.dateCreated,
        endTime: null,
        toneHz,
      };
      store.calls.push(call);
      return call.sid;
    },
    async end(callSid) {
      const call = store.calls.find((c) => c.sid === callSid);
      if (!call) throw new Error(`end call: no call ${callSid}`);
      for (const recording of store.recordings.filter((r) => r.callSid === callSid)) {
        await finishRecording(store, recording);
      }
      Object.assign(call, { status: 'completed', endTime: new Date(), dateUpdated: new Date() });
    },
    price(callSid, price) {
      const call = store.calls.find((c) => c.sid === callSid);
      if (!call) throw new Error(`price call: no call ${callSid}`);
      Object.assign(call, { price, dateUpdated: new Date() });
    },
  };
}
