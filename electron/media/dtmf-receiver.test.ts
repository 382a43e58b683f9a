import { describe, expect, it } from 'vitest';
import { TelephoneEventReceiver } from './dtmf-receiver';
import { telephoneEventPayload } from './dtmf-sender';

function receiver() {
  const keys: string[] = [];
  return { keys, events: new TelephoneEventReceiver((key) => keys.push(key)) };
}

describe('keys received as RFC 4733 telephone-events', () => {
  it('reports each key once, however many packets carry it', () => {
    const { keys, events } = receiver();
    for (const [event, timestamp] of [
      [1, 8000],
      [11, 9600],
    ]) {
      events.receive(telephoneEventPayload(event!, false, 160), timestamp!);
      events.receive(telephoneEventPayload(event!, false, 320), timestamp!);
      for (let end = 0; end < 3; end++) events.receive(telephoneEventPayload(event!, true, 800), timestamp!);
    }
    expect(keys).toEqual(['1', '#']);
  });

  it('reports a key whose first packets were lost, and the same key pressed twice', () => {
    const { keys, events } = receiver();
    events.receive(telephoneEventPayload(5, true, 800), 1000);
    events.receive(telephoneEventPayload(5, false, 160), 2600);
    expect(keys).toEqual(['5', '5']);
  });

  it('does not repeat a key for a packet of an earlier event arriving late', () => {
    const { keys, events } = receiver();
    events.receive(telephoneEventPayload(2, false, 160), 1000);
    events.receive(telephoneEventPayload(3, false, 160), 2600);
    events.receive(telephoneEventPayload(2, true, 800), 1000);
    expect(keys).toEqual(['2', '3']);
  });

  it('ignores events that are not keys and payloads too short to read', () => {
    const { keys, events } = receiver();
    events.receive(telephoneEventPayload(16, false, 160), 1000);
    events.receive(Buffer.from([1, 0]), 2000);
    expect(keys).toEqual([]);
  });
});
