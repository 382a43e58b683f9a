import { performance } from 'node:perf_hooks';
import { createInboxUnderTest, lineNumber, startInboxDouble } from '../../electron/services/inbox/inbox-test-kit';
import type { TwilioDouble } from '../lab/twilio-double';
import { inboxCorrespondents, sentence } from './inbox-data-generate';

/**
 * The inbox's sync as main runs it (the inbox service with its real database, files, queries and
 * Twilio client, inbox-test-kit.ts) against the Twilio double behind Prism, seeded with voicemail
 * and text messages received over the last 90 days:
 * - inboxSyncMs, inboxSyncRequests: the first sync of a new install: every message, every voicemail
 *   with its transcription, and the first 20 recordings' audio (a pass downloads 20, so a sync with
 *   a thousand new voicemails does not keep the inbox waiting for their audio);
 * - inboxAudioPasses, inboxAllAudioMs: the passes (the first included) until every recording's audio
 *   is saved, and the time they take together, as syncNow runs them back to back (the app's schedule
 *   spaces them out);
 * - inboxResyncMs, inboxResyncRequests: one more sync once all is in, which finds nothing new: what
 *   every poll costs from then on.
 * Received messages only (sent ones are the sync's own outbound refresh) and no pictures: MMS media
 * lists are fetched 20 a pass like the audio. The times are the double's and Prism's on this
 * machine, not Twilio's; the request counts are what carries over.
 */
export interface InboxSyncFigures {
  syncedVoicemails: number;
  syncedMessages: number;
  inboxSyncMs: number;
  inboxSyncRequests: number;
  inboxAudioPasses: number;
  inboxAllAudioMs: number;
  inboxResyncMs: number;
  inboxResyncRequests: number;
}

const dayMs = 24 * 60 * 60 * 1000;
const spanMs = 90 * dayMs;
/** Voicemail lengths cycle through these: the double encodes one recording per length and shares it. */
const voicemailSeconds = [1, 4, 9, 17, 33, 64, 130];

async function seed(double: TwilioDouble, voicemails: number, messages: number, random: () => number) {
  const correspondents = inboxCorrespondents(500, [], random);
  const pick = () => correspondents[Math.floor(random() * correspondents.length)]!;
  const now = Date.now();
  for (let index = 0; index < voicemails; index++) {
    const seconds = voicemailSeconds[index % voicemailSeconds.length]!;
    const transcribed = seconds >= 2 && seconds <= 120;
    await double.voicemail.seed({
      to: lineNumber,
      // Callers leave voicemail from phone numbers: a short code or a sender name never calls.
      from: correspondents[index % (correspondents.length - 6)]!,
      toneHz: 440,
      seconds,
      dateCreated: new Date(now - spanMs + Math.floor((spanMs * index) / voicemails)),
      transcription: transcribed ? { status: 'completed', text: sentence(random, 5 + seconds) } : undefined,
    });
  }
  for (let index = 0; index < messages; index++) {
    double.messaging.injectInbound({
      from: pick(),
      to: lineNumber,
      body: sentence(random, 2 + Math.floor(random() * 24)),
      dateSent: new Date(now - spanMs + Math.floor((spanMs * index) / messages)),
    });
  }
}

export async function measureInboxSync(
  { voicemails, messages }: { voicemails: number; messages: number },
  random: () => number,
  progress: (line: string) => void,
): Promise<InboxSyncFigures> {
  const double = await startInboxDouble();
  try {
    const seedStart = performance.now();
    await seed(double, voicemails, messages, random);
    progress(
      `${voicemails} voicemails and ${messages} messages seeded on the double in ${Math.round(performance.now() - seedStart)} ms`,
    );
    const under = createInboxUnderTest(double);
    try {
      const sync = async () => {
        const before = double.requests().length;
        const start = performance.now();
        const status = await under.inbox.syncNow();
        if (status.problem) throw new Error(`The inbox sync failed: ${status.problem.message}`);
        return { ms: performance.now() - start, requests: double.requests().length - before };
      };
      const first = await sync();
      // Every message seeded was received, so each one synced is unread.
      const synced = { voicemails: under.inbox.voicemail.list(0, 1).total, messages: under.inbox.messages.unread() };
      if (synced.voicemails !== voicemails || synced.messages !== messages) {
        throw new Error(`The first sync brought ${synced.voicemails} voicemails and ${synced.messages} messages`);
      }
      let audioPasses = 1;
      let allAudioMs = first.ms;
      // 20 recordings per pass; a few passes more than that means downloads are being skipped.
      const mostPasses = Math.ceil(voicemails / 20) + 3;
      while (under.queries.voicemails.withoutAudio(1).length > 0) {
        if (audioPasses >= mostPasses) throw new Error(`Recordings still not downloaded after ${audioPasses} passes`);
        allAudioMs += (await sync()).ms;
        audioPasses++;
      }
      const again = await sync();
      progress(
        `first sync ${Math.round(first.ms)} ms, ${first.requests} requests; all audio after ${audioPasses} passes, ` +
          `${Math.round(allAudioMs)} ms; a sync with nothing new ${Math.round(again.ms)} ms, ${again.requests} requests`,
      );
      double.assertNoValidationErrors();
      return {
        syncedVoicemails: synced.voicemails,
        syncedMessages: synced.messages,
        inboxSyncMs: Math.round(first.ms),
        inboxSyncRequests: first.requests,
        inboxAudioPasses: audioPasses,
        inboxAllAudioMs: Math.round(allAudioMs),
        inboxResyncMs: Math.round(again.ms),
        inboxResyncRequests: again.requests,
      };
    } finally {
      await under.close();
    }
  } finally {
    await double.stop();
  }
}
