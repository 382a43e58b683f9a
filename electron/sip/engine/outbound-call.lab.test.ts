import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { energyShareAt } from '../../../e2e/lab/tones';
import { farEndTone, startCallLab } from './call-lab-test-kit';
import { waitFor } from './sip-phone-test-kit';

const talkMs = 3000;

describe.each(['off', 'mandatory'] as const)('an outbound call with SRTP %s', (srtp) => {
  let lab: Awaited<ReturnType<typeof startCallLab>>;
  beforeAll(async () => {
    lab = await startCallLab({ srtp });
  }, 30_000);
  afterAll(() => lab.stop());

  it('reaches baresip and carries tones both ways', async () => {
    const call = lab.alice.phone.dial(lab.bob.sipUri);
    await call.dial();
    const conversation = await lab.talk(call);
    await new Promise((resolve) => setTimeout(resolve, talkMs));
    const heard = await conversation.stop();
    const media = await call.media();
    const stats = media!.stats();
    await call.hangUp();
    await waitFor(() => call.state.state === 'ended' || undefined, 5000, 'the call to end');

    expect(call.state.endReason).toBe('hung-up');
    expect(heard.samples.length).toBeGreaterThan(8000 * 2);
    expect(energyShareAt(heard.samples, 8000, farEndTone)).toBeGreaterThan(0.95);
    expect(await lab.bobHeardShare()).toBeGreaterThan(0.95);
    expect(stats.srtpAuthFailures).toBe(0);
    expect(stats.droppedMalformed).toBe(0);
  }, 30_000);
});
