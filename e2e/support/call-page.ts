import type { Page } from '@playwright/test';
import { energyShareAt } from '../lab/tones';
import type { DialtoneApi } from '../../shared/contract/dialtone-api';
import type { InvokeChannel, InvokeInput, InvokeOutput } from '../../shared/contract/invoke-channels';
import type { CallSnapshot } from '../../shared/models/call';
import type { Result } from '../../shared/result';

/*
 * Drives Dialtone's page through its own contract (window.dialtone, as the stores do) and listens
 * to its call audio from inside the page, for specs that run real calls against the lab.
 */

type PageWindow = Window & {
  dialtone: DialtoneApi;
  __peers: RTCPeerConnection[];
  __callEvents: CallSnapshot[];
};

/** Before any page script: keeps every RTCPeerConnection the page creates, so a spec can reach its tracks. */
export async function capturePeerConnections(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const target = window as unknown as PageWindow;
    const Native = window.RTCPeerConnection;
    target.__peers = [];
    window.RTCPeerConnection = class extends Native {
      constructor(configuration?: RTCConfiguration) {
        super(configuration);
        target.__peers.push(this);
      }
    };
  });
}

/** Calls the contract from the page; throws with main's message on an error Result. */
export async function invokeInPage<C extends InvokeChannel>(
  page: Page,
  channel: C,
  payload?: InvokeInput<C>,
): Promise<InvokeOutput<C>> {
  const result = await page.evaluate(
    ([name, input]) => (window as unknown as PageWindow).dialtone.invoke(name as never, input as never),
    [channel, payload] as const,
  );
  const typed = result as Result<InvokeOutput<C>>;
  if (!typed.ok) throw new Error(`${channel} failed: ${typed.error.code}: ${typed.error.message}`);
  return typed.value;
}

/** Records every 'calls:state-changed' the page receives (the same events that feed its calls store). */
export async function recordCallEvents(page: Page): Promise<void> {
  await page.evaluate(() => {
    const target = window as unknown as PageWindow;
    target.__callEvents = [];
    target.dialtone.on('calls:state-changed', (call) => target.__callEvents.push(call));
  });
}

export async function callEvents(page: Page): Promise<CallSnapshot[]> {
  return page.evaluate(() => (window as unknown as PageWindow).__callEvents);
}

/** Waits until the page has seen a call snapshot matching `predicate`, and returns it. */
export async function waitForCallEvent(
  page: Page,
  predicate: (call: CallSnapshot) => boolean,
  timeoutMs = 10_000,
): Promise<CallSnapshot> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await callEvents(page)).find(predicate);
    if (found) return found;
    if (Date.now() > deadline) {
      throw new Error(`No matching call event in ${timeoutMs} ms: ${JSON.stringify(await callEvents(page))}`);
    }
    await page.waitForTimeout(100);
  }
}

export async function waitForRegistered(page: Page, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await invokeInPage(page, 'registration:get');
    if (state.status === 'registered') return;
    if (state.status === 'failed' || Date.now() > deadline) {
      throw new Error(`Not registered: ${JSON.stringify(state)}`);
    }
    await page.waitForTimeout(100);
  }
}

/** Waits until the page's newest peer connection (the call audio) is connected to main. */
export async function waitForCallAudio(page: Page, timeoutMs = 10_000): Promise<void> {
  await page.waitForFunction(
    () => (window as unknown as PageWindow).__peers.at(-1)?.connectionState === 'connected',
    undefined,
    { timeout: timeoutMs },
  );
}

/**
 * Records `seconds` of what the page receives from main on its newest peer connection (the far
 * end's audio, after Chromium's jitter buffer and decoder), as 16-bit samples at `rate`.
 */
export async function recordFarEnd(page: Page, seconds: number, rate = 16_000): Promise<Int16Array> {
  const samples = await page.evaluate(
    async ([duration, sampleRate]) => {
      const pc = (window as unknown as PageWindow).__peers.at(-1);
      const track = pc?.getReceivers().find((receiver) => receiver.track.kind === 'audio')?.track;
      if (!track) throw new Error('The page has no call audio track');
      const context = new AudioContext({ sampleRate });
      const source = context.createMediaStreamSource(new MediaStream([track]));
      const recorder = context.createScriptProcessor(4096, 1, 1);
      const silent = context.createGain();
      silent.gain.value = 0;
      const chunks: Float32Array[] = [];
      recorder.onaudioprocess = (event) => chunks.push(new Float32Array(event.inputBuffer.getChannelData(0)));
      source.connect(recorder);
      recorder.connect(silent);
      silent.connect(context.destination);
      await context.resume();
      await new Promise((resolve) => setTimeout(resolve, duration * 1000));
      await context.close();
      const out: number[] = [];
      for (const chunk of chunks)
        for (const sample of chunk) out.push(Math.round(Math.max(-1, Math.min(1, sample)) * 32767));
      return out;
    },
    [seconds, rate] as const,
  );
  return Int16Array.from(samples);
}

/** What the page hears from the far end once its call audio is up, as the energy share at `frequency`. */
export async function pageHearsShare(page: Page, frequency: number, seconds = 3): Promise<number> {
  const rate = 16_000;
  await waitForCallAudio(page);
  // Skip the jitter buffer's first fill.
  await page.waitForTimeout(500);
  return energyShareAt(await recordFarEnd(page, seconds, rate), rate, frequency);
}
