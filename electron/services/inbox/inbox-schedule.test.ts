import { describe, expect, it } from 'vitest';
import { createVoicemailClock, inboxTiming, retryDelayMs } from './inbox-schedule';

describe('retries after failed syncs', () => {
  it('double from 30 s and stop growing at 15 minutes', () => {
    expect([1, 2, 3, 4, 5, 6].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 900_000]);
    expect(retryDelayMs(500)).toBe(900_000);
  });
});

describe('the voicemail clock', () => {
  function clock() {
    let time = 1_000_000;
    const voicemail = createVoicemailClock(() => time);
    return { voicemail, advance: (ms: number) => (time += ms), at: () => time };
  }

  it('is due at start, then every 5 minutes', () => {
    const { voicemail, advance } = clock();
    expect(voicemail.isDue()).toBe(true);
    voicemail.synced(false);
    advance(inboxTiming.voicemailPeriodMs - 1);
    expect(voicemail.isDue()).toBe(false);
    advance(1);
    expect(voicemail.isDue()).toBe(true);
  });

  it('comes back every 30 s while a transcription is pending', () => {
    const { voicemail, advance, at } = clock();
    voicemail.synced(true);
    expect(voicemail.nextAt()).toBe(at() + 30_000);
    advance(30_000);
    expect(voicemail.isDue()).toBe(true);
  });

  it('after a missed call, syncs at 20 s, 1, 2, 3 and 5 minutes, then falls back to the period', () => {
    const { voicemail, advance, at } = clock();
    voicemail.synced(false);
    const start = at();
    voicemail.missedCall();
    const seen: number[] = [];
    while (seen.length < 5) {
      advance(voicemail.nextAt() - at());
      seen.push(at() - start);
      voicemail.synced(false);
    }
    expect(seen).toEqual([20_000, 60_000, 120_000, 180_000, 300_000]);
    expect(voicemail.nextAt()).toBe(at() + inboxTiming.voicemailPeriodMs);
  });

  it('is due at once after soon()', () => {
    const { voicemail } = clock();
    voicemail.synced(false);
    expect(voicemail.isDue()).toBe(false);
    voicemail.soon();
    expect(voicemail.isDue()).toBe(true);
  });
});
