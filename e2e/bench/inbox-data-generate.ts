import { createMessageQueries } from '../../electron/db/queries/message-queries';
import { createVoicemailQueries } from '../../electron/db/queries/voicemail-queries';
import { inTransaction, type Database } from '../../electron/db/sqlite';
import { generatePhone, type GeneratedContact } from './data-generate';

/**
 * Generated text messages and voicemail for bench:data, seeded like the contacts: conversations
 * with contacts (70 %) and strangers, short codes among them; bodies of everyday words (common ones
 * far more often, as in real text), some with a name, a time, a code or an emoji; 2 % with a picture.
 * Rows go through the tables' triggers, as the sync writes them, in one transaction each.
 */

const words = `the to you I and a is it for that of on in me we be at can do have are will this my so
  just but what not with get up your if now all out know see when was how there ok okay yes no good
  time today tomorrow tonight morning afternoon evening week weekend Monday Tuesday Wednesday Thursday
  Friday Saturday Sunday call back later soon thanks thank please sorry love miss great sure sounds
  running late minutes hour home work office lunch dinner breakfast coffee store pick drop
  kids school doctor appointment dentist car train bus flight airport hotel parking traffic weather
  rain snow birthday party present gift cake movie game tickets concert beach park gym run walk
  delivery package order confirmed shipped arrived invoice payment bill rent bank card transfer
  address street floor door key code password meeting agenda notes report project deadline client
  customer contract proposal schedule reschedule cancel confirm available busy free maybe definitely
  happy congratulations welcome hello hi hey bye night safe drive careful update news question answer
  reply message text voicemail phone number photo picture send sent received check details plan
  trip vacation holiday family mom dad brother sister grandma friends neighbours team boss manager
  café résumé naïve déjà jalapeño piñata über façade`.split(/\s+/);
const names = ['Anna', 'José', 'Zoë', 'Mateo', 'Priya', 'Wei', 'Chidi', 'Søren', 'Hannah', 'Omar'];
const emoji = ['😀', '👍', '🎉', '❤️', '🙏', '😂'];
const shortCodes = ['22395', '55678', '89361', 'AMAZON', 'Uber', 'Chase'];

const pad = (value: number, length: number) => value.toString(16).padStart(length, '0');
const sid = (prefix: string, index: number) => `${prefix}${pad(index, 32)}`;

/** `count` words of everyday text (with now and then a name, a time, a code or an emoji). */
export function sentence(random: () => number, count: number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const parts: string[] = [];
  for (let index = 0; index < count; index++) {
    const roll = random();
    if (roll < 0.03) parts.push(pick(names));
    else if (roll < 0.05) parts.push(`${1 + Math.floor(random() * 12)}:${random() < 0.5 ? '00' : '30'}`);
    else if (roll < 0.06) parts.push(String(100_000 + Math.floor(random() * 900_000)));
    else if (roll < 0.07) parts.push(pick(emoji));
    // Squaring skews towards the first (most common) words.
    else parts.push(words[Math.floor(random() ** 2 * words.length)]!);
  }
  return parts.join(' ');
}

/** The people a generated inbox talks to: contacts' numbers, strangers' numbers and a few short codes. */
export function inboxCorrespondents(
  count: number,
  contacts: readonly GeneratedContact[],
  random: () => number,
): string[] {
  return Array.from({ length: count }, (_, index) => {
    if (index >= count - shortCodes.length) return shortCodes[count - 1 - index]!;
    const contact =
      random() < 0.7 && contacts.length > 0 ? contacts[Math.floor(random() * contacts.length)] : undefined;
    return (contact?.phones[0] ?? generatePhone(random)).e164;
  });
}

/**
 * Writes `count` messages over the last two years through the message queries, as the sync does;
 * incoming ones are read except the last 1 %.
 */
export function insertMessages(
  db: Database,
  count: number,
  correspondents: readonly string[],
  random: () => number,
): void {
  const messages = createMessageQueries(db);
  const markRead = db.prepare<[number]>("UPDATE messages SET read = 1 WHERE direction = 'incoming' AND at < ?");
  const now = Date.now();
  const span = 2 * 365 * 24 * 3600 * 1000;
  const at = (index: number) => now - span + Math.floor((span * index) / count);
  inTransaction(db, () => {
    for (let index = 0; index < count; index++) {
      // A few busy conversations and a long tail, as people text.
      const remoteNumber = correspondents[Math.floor(random() ** 3 * correspondents.length)]!;
      const incoming = random() < 0.5;
      const failed = !incoming && random() < 0.03;
      messages.upsert({
        sid: sid(random() < 0.02 ? 'MM' : 'SM', index),
        remoteNumber,
        direction: incoming ? 'incoming' : 'outgoing',
        body: sentence(random, 2 + Math.floor(random() * 24)),
        at: at(index),
        status: incoming ? 'received' : failed ? 'undelivered' : index > count - 5 ? 'sent' : 'delivered',
        errorCode: failed ? [30003, 30005, 30006, 30007][Math.floor(random() * 4)]! : null,
        mediaCount: random() < 0.02 ? 1 : 0,
      });
    }
    markRead.run(at(Math.floor(count * 0.99)));
  });
}

/** Writes `count` voicemails over the last year through the voicemail queries, most transcribed, the last 10 unplayed. */
export function insertVoicemails(
  db: Database,
  count: number,
  correspondents: readonly string[],
  random: () => number,
): void {
  const voicemails = createVoicemailQueries(db);
  const now = Date.now();
  const span = 365 * 24 * 3600 * 1000;
  inTransaction(db, () => {
    for (let index = 0; index < count; index++) {
      const recordingSid = sid('RE', index);
      const durationSeconds = 1 + Math.floor(random() * 150);
      const transcribed = durationSeconds >= 2 && durationSeconds <= 120;
      voicemails.insertIfNew({
        sid: recordingSid,
        callSid: sid('CA', index),
        from: correspondents[Math.floor(random() * correspondents.length)]!,
        to: null,
        createdAt: now - span + Math.floor((span * index) / count),
        durationSeconds,
        transcriptionState: transcribed ? 'transcribing' : 'none',
      });
      if (transcribed) {
        voicemails.setTranscription(recordingSid, { state: 'completed', text: sentence(random, 5 + durationSeconds) });
      }
      voicemails.setPlayed(recordingSid, index < count - 10);
    }
  });
}
