/**
 * The backend's part in the crash test (history-service-crash.test.ts), run in its own process:
 * node --import tsx history-service-crash-child.ts <database file>
 * Saves a contact, starts two calls (one answered), says "started" and waits to be killed.
 */
import { randomUUID } from 'node:crypto';
import { startingCallSnapshot, type CallSnapshot } from '../../shared/models/call';
import { createContactsWorld, draft } from './contact-service-test-kit';

const file = process.argv[2];
if (!file) throw new Error('Usage: history-service-crash-child.ts <database file>');

const world = createContactsWorld({ file });
world.contacts.save(undefined, draft('Bob', ['(512) 555-0123']));

const snapshot = (id: string, direction: 'incoming' | 'outgoing'): CallSnapshot =>
  startingCallSnapshot({
    id,
    direction,
    remoteUri: 'sip:+15125550123@sip.example.com',
    remoteNumber: '+15125550123',
    remoteName: null,
    soundTest: null,
  });

const talking = snapshot(randomUUID(), 'outgoing');
world.history.recorder.callStarted(talking);
world.history.recorder.callChanged({ ...talking, state: 'connected', answeredAt: Date.now() });
const ringing = snapshot(randomUUID(), 'incoming');
world.history.recorder.callStarted(ringing);

process.stdout.write(`${JSON.stringify({ started: [talking.id, ringing.id] })}\n`);
setInterval(() => undefined, 60_000);
