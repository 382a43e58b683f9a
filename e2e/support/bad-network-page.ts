import type { Page } from '@playwright/test';
import type { DialtoneApi } from '../../shared/contract/dialtone-api';
import { energyShareAt, rms } from '../lab/tones';
import { callPanel } from './call-ui';

/*
 * What the bad-network spec reads from Dialtone's page: the quality badge as a person sees it,
 * the registration as it changes, and how a recording of the call sounds stretch by stretch.
 */

export interface BadgeReading {
  /** Milliseconds since the call connected. */
  atMs: number;
  label: string;
  figures: string | null;
  warnings: string[];
}

/** The call panel's quality badge: "Call quality: Fair", its figures (title) and its warnings. */
export async function readBadge(page: Page, connectedAt: number): Promise<BadgeReading> {
  const panel = callPanel(page).panel;
  const status = panel.getByRole('status').filter({ hasText: 'Call quality' });
  // One read of the DOM, so label, figures and warnings come from the same poll.
  const read = await status.evaluate((element) => ({
    label: element.textContent?.trim() ?? '',
    figures: element.getAttribute('title'),
    warnings: [...(element.parentElement?.querySelectorAll('.quality__warnings li') ?? [])].map(
      (item) => item.textContent ?? '',
    ),
  }));
  return { atMs: Date.now() - connectedAt, ...read };
}

type RegistrationWindow = Window & {
  dialtone: DialtoneApi;
  __registrations: { at: number; status: string; reason?: string }[];
};

/** Starts noting every registration state the page is told of, with Date.now(). */
export async function recordRegistrations(page: Page): Promise<void> {
  await page.evaluate(() => {
    const target = window as unknown as RegistrationWindow;
    target.__registrations = [];
    target.dialtone.on('registration:state-changed', (state) =>
      target.__registrations.push({
        at: Date.now(),
        status: state.status,
        ...(state.status === 'failed' ? { reason: state.reason } : {}),
      }),
    );
  });
}

export async function registrationsSince(page: Page, since: number) {
  const all = await page.evaluate(() => (window as unknown as RegistrationWindow).__registrations);
  return all.filter((entry) => entry.at >= since).map((entry) => ({ ...entry, afterMs: entry.at - since }));
}

/** What Chromium's jitter buffer made of the far end's stream so far (inbound-rtp stats of the call's peer). */
export interface ReceivedAudio {
  packetsReceived: number;
  /** Samples Chromium had to make up (packet loss concealment) out of all it played. */
  concealedShare: number;
  /** Average time a sample waited in the jitter buffer. */
  jitterBufferMs: number;
}

export async function receivedAudio(page: Page): Promise<ReceivedAudio> {
  return page.evaluate(async () => {
    const pc = (window as unknown as { __peers: RTCPeerConnection[] }).__peers.at(-1);
    if (!pc) throw new Error('The page has no call peer connection');
    const inbound = [...(await pc.getStats()).values()].find(
      (report: { type: string; kind?: string }) => report.type === 'inbound-rtp' && report.kind === 'audio',
    ) as
      | {
          packetsReceived: number;
          concealedSamples: number;
          totalSamplesReceived: number;
          jitterBufferDelay: number;
          jitterBufferEmittedCount: number;
        }
      | undefined;
    if (!inbound) throw new Error('The call peer connection has no inbound audio');
    return {
      packetsReceived: inbound.packetsReceived,
      concealedShare: Number((inbound.concealedSamples / Math.max(1, inbound.totalSamplesReceived)).toFixed(3)),
      jitterBufferMs: Math.round((1000 * inbound.jitterBufferDelay) / Math.max(1, inbound.jitterBufferEmittedCount)),
    };
  });
}

export interface Stretch {
  fromSeconds: number;
  toSeconds: number;
  /** Energy share at the tone's frequency. */
  share: number;
  /** RMS in sample units (full scale 32768). */
  level: number;
}

/** The share and level of [from, to) seconds of a recording. */
export function stretch(samples: Int16Array, rate: number, frequency: number, from: number, to: number): Stretch {
  const part = samples.subarray(Math.round(from * rate), Math.round(to * rate));
  return {
    fromSeconds: from,
    toSeconds: to,
    share: Number(energyShareAt(part, rate, frequency).toFixed(3)),
    level: Math.round(rms(part)),
  };
}
