// Lab controls for Messages: what Twilio's carriers and the far-end phones do, driven by tests.
import { solidPng } from './media-files';
import { newSid } from './sids';
import { newResource, type DestinationFault, type MessageRecord, type MessageStatus, type Store } from './state';

export interface InboundMessage {
  from: string;
  /** A number the double's account owns; the message lands on that account. */
  to: string;
  body?: string;
  /** One PNG picture per entry (makes it an MMS). */
  pictures?: Array<{ width: number; height: number; rgb: [number, number, number] }>;
  dateSent?: Date;
}

export interface MessagingLab {
  injectInbound(message: InboundMessage): string;
  /** Refuse sends to `to` at create (21610, 21408), or let them fail later with an error code; null clears it. */
  setDestinationFault(to: string, fault: DestinationFault | null): void;
  /** Moves outbound messages (all, or one) a step: queued -> sent -> delivered, or to the destination's failure. */
  advance(sid?: string): Array<{ sid: string; status: MessageStatus }>;
}

const deliveredPrice = '-0.00790';

function nextStep(store: Store, message: MessageRecord): void {
  const now = new Date();
  if (message.status === 'queued') {
    message.status = 'sent';
    message.dateSent = now;
  } else if (message.status === 'sent') {
    const fault = store.destinationFaults.get(message.to);
    if (fault && 'fail' in fault) {
      // UNVERIFIED: which of the 300xx codes Twilio reports as failed rather than undelivered; tests choose.
      message.status = fault.status ?? 'undelivered';
      message.errorCode = fault.fail;
    } else {
      message.status = 'delivered';
      message.price = deliveredPrice;
    }
  } else {
    return;
  }
  message.dateUpdated = now;
}

export function messagingLab(store: Store): MessagingLab {
  return {
    injectInbound({ from, to, body = '', pictures = [], dateSent = new Date() }) {
      const owner = store.numbers.find((n) => n.phoneNumber === to);
      if (!owner) throw new Error(`injectInbound: no account of the double owns ${to}`);
      const record: MessageRecord = {
        ...newResource(pictures.length > 0 ? 'MM' : 'SM', owner.accountSid),
        dateCreated: dateSent,
        dateUpdated: dateSent,
        direction: 'inbound',
        from,
        to,
        body,
        status: 'received',
        dateSent,
        errorCode: null,
        price: null,
      };
      store.messages.push(record);
      for (const picture of pictures) {
        store.media.push({
          sid: newSid('ME'),
          accountSid: owner.accountSid,
          dateCreated: dateSent,
          dateUpdated: dateSent,
          messageSid: record.sid,
          contentType: 'image/png',
          content: solidPng(picture.width, picture.height, picture.rgb),
        });
      }
      return record.sid;
    },
    setDestinationFault(to, fault) {
      if (fault) store.destinationFaults.set(to, fault);
      else store.destinationFaults.delete(to);
    },
    advance(sid) {
      const outbound = store.messages.filter((m) => m.direction === 'outbound-api' && (!sid || m.sid === sid));
      if (sid && outbound.length === 0) throw new Error(`advance: no outbound message ${sid}`);
      for (const message of outbound) nextStep(store, message);
      return outbound.map((m) => ({ sid: m.sid, status: m.status }));
    },
  };
}
