import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWav, rms } from '../../../e2e/lab/tones';
import { startCallLab } from './call-lab-test-kit';
import { waitFor } from './sip-phone-test-kit';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** RMS of each 20 ms frame of what bob heard in his last call. */
async function bobFrameLevels(lab: Awaited<ReturnType<typeof startCallLab>>): Promise<number[]> {
  await pause(500);
  const wav = readWav(lab.bob.latestRecording());
  const frame = wav.rate / 50;
  return Array.from({ length: Math.floor(wav.samples.length / frame) }, (_, i) =>
    rms(wav.samples.subarray(i * frame, (i + 1) * frame)),
  );
}

describe('hold, resume and mute against baresip', () => {
  let lab: Awaited<ReturnType<typeof startCallLab>>;
  beforeAll(async () => {
    lab = await startCallLab({ transport: 'tcp' });
  }, 30_000);
  afterAll(() => lab.stop());

  // baresip 1.0's sndfile stops recording at the first re-INVITE, so what bob hears while held is
  // shown by what reaches the wire: no RTP leaves Dialtone while held (bob cannot hear what is not sent).
  it('holding sends the far end no audio, resuming brings it back', async () => {
    const call = lab.alice.phone.dial(lab.bob.sipUri);
    await call.dial();
    const conversation = await lab.talk(call);
    const media = (await call.media())!;
    await pause(1000);
    await call.setHold(true);
    expect(call.state.onHold).toBe(true);
    expect(media.direction).toBe('sendonly');
    const sentAtHold = media.stats().packetsSent;
    await pause(1000);
    const sentWhileHeld = media.stats().packetsSent - sentAtHold;
    await call.setHold(false);
    expect(call.state.onHold).toBe(false);
    expect(media.direction).toBe('sendrecv');
    const sentAtResume = media.stats().packetsSent;
    await pause(1000);
    const sentAfterResume = media.stats().packetsSent - sentAtResume;
    await call.hangUp();
    await waitFor(() => call.state.state === 'ended' || undefined, 5000, 'the call to end');
    await conversation.stop();

    expect(sentWhileHeld).toBe(0);
    expect(sentAfterResume).toBeGreaterThan(40);
    const loud = (await bobFrameLevels(lab)).filter((level) => level > 1000);
    expect(loud.length).toBeGreaterThan(40);
  }, 30_000);

  it('muting sends silence while the call stays up', async () => {
    const call = lab.alice.phone.dial(lab.bob.sipUri);
    await call.dial();
    const conversation = await lab.talk(call);
    await pause(1000);
    call.setMuted(true);
    await pause(1500);
    call.setMuted(false);
    await pause(1000);
    await call.hangUp();
    await waitFor(() => call.state.state === 'ended' || undefined, 5000, 'the call to end');
    await conversation.stop();
    const loud = (await bobFrameLevels(lab)).map((level) => level > 1000);
    const firstSilent = loud.indexOf(false, loud.indexOf(true));
    expect(loud.indexOf(true, firstSilent) - firstSilent).toBeGreaterThan(50);
  }, 30_000);

  it('notices when the far end puts us on hold', async () => {
    const call = lab.alice.phone.dial(lab.bob.sipUri);
    await call.dial();
    await waitFor(() => call.state.state === 'connected' || undefined, 5000, 'the call to connect');
    await lab.bob.ctrl.command('hold');
    await waitFor(() => call.state.heldByRemote || undefined, 5000, 'the remote hold');
    await lab.bob.ctrl.command('resume');
    await waitFor(() => (!call.state.heldByRemote ? true : undefined), 5000, 'the remote resume');
    await call.hangUp();
  }, 30_000);
});
