import { describe, expect, it } from 'vitest';
import type { CallQualitySummary } from '../../stores/call-quality/call-quality-summary';
import { describeFigures, judgeCall } from './call-quality-verdict';

const blank = { roundTripMs: null, jitterMs: null, lossPercent: null, mos: null };
const clean = { roundTripMs: 60, jitterMs: 4, lossPercent: 0, mos: 4.4 };
const summary = (change: Partial<CallQualitySummary> = {}): CallQualitySummary => ({
  samples: 5,
  average: clean,
  worst: clean,
  concealedPercent: 0.2,
  glitches: 0,
  deviceEvents: [],
  ...change,
});

describe('the verdict on a call that ended', () => {
  it('is "Too short to judge" when nothing was measured, every figure null', () => {
    const empty = summary({ samples: 0, average: blank, worst: blank, concealedPercent: null, glitches: null });
    expect(judgeCall(empty)).toEqual({ level: 'unknown', verdict: 'Too short to judge', advice: [] });
  });

  it('is "Sounded good" with clean figures, or with only the local ones', () => {
    expect(judgeCall(summary())).toEqual({ level: 'good', verdict: 'Sounded good', advice: [] });
    expect(judgeCall(summary({ average: blank, worst: blank })).level).toBe('good');
    expect(judgeCall(summary({ concealedPercent: null, glitches: null })).level).toBe('good');
  });

  it("reuses the badge's network warnings: one alarm is some problems, a low score is poor", () => {
    const lossy = judgeCall(summary({ average: { ...clean, lossPercent: 5 } }));
    expect(lossy.level).toBe('some-problems');
    expect(lossy.verdict).toBe('Some problems');
    expect(lossy.advice).toEqual([expect.stringContaining('losing audio packets (5%)')]);
    const poor = judgeCall(summary({ average: { ...clean, mos: 3.1 } }));
    expect(poor).toMatchObject({ level: 'poor', verdict: 'Poor' });
  });

  it('says the connection was bad for part of the call when only the worst moment was poor', () => {
    const verdict = judgeCall(summary({ worst: { ...clean, mos: 2.9, lossPercent: 12 } }));
    expect(verdict.level).toBe('some-problems');
    expect(verdict.advice).toEqual([expect.stringContaining('bad for part of the call')]);
  });

  it("blames the computer only for audio made up beyond the network's loss", () => {
    const local = judgeCall(summary({ concealedPercent: 6.25 }));
    expect(local.level).toBe('some-problems');
    expect(local.advice).toEqual([
      expect.stringMatching(/^Your computer dropped audio \(6\.3% of the call\): close heavy apps/),
    ]);
    expect(judgeCall(summary({ concealedPercent: 24 })).level).toBe('poor');
    const network = judgeCall(summary({ concealedPercent: 6, average: { ...clean, lossPercent: 5 } }));
    expect(network.advice.some((sentence) => sentence.includes('computer dropped'))).toBe(false);
    expect(judgeCall(summary({ concealedPercent: 3 })).level).toBe('good');
  });

  it('counts speaker skips above a small allowance', () => {
    expect(judgeCall(summary({ glitches: 2 })).level).toBe('good');
    expect(judgeCall(summary({ glitches: 7 })).advice).toEqual([
      'Your speaker or headset skipped 7 times. Close heavy apps, or choose another speaker in Settings, Audio.',
    ]);
  });

  it('tells of a headset disconnected, passes on device and microphone errors, and is quiet about a device coming back', () => {
    const events = judgeCall(
      summary({
        deviceEvents: [
          { kind: 'disconnected', message: 'Headset was disconnected. The call continues on Speakers.' },
          { kind: 'moved', message: 'Headset is back. The call moved to it.' },
          { kind: 'device-error', message: 'The call could not move to the new speaker.' },
        ],
      }),
    );
    expect(events.level).toBe('some-problems');
    expect(events.advice).toEqual([
      expect.stringMatching(/^Your headset was disconnected during the call\./),
      'The call could not move to the new speaker.',
    ]);
    expect(judgeCall(summary({ deviceEvents: [{ kind: 'moved', message: 'Headset is back.' }] })).level).toBe('good');
    const silent = judgeCall(
      summary({ deviceEvents: [{ kind: 'microphone-failed', message: 'No microphone was found.' }] }),
    );
    expect(silent).toMatchObject({ level: 'poor', advice: ['No microphone was found.'] });
  });
});

describe('the figures behind the verdict', () => {
  it('gives average and worst, and says "not measured" for what is null', () => {
    const figures = Object.fromEntries(
      describeFigures(
        summary({
          average: { ...blank, roundTripMs: 61.6, lossPercent: 0.25 },
          worst: { ...blank, roundTripMs: 90, mos: 3.94 },
          concealedPercent: null,
          glitches: null,
          deviceEvents: [{ kind: 'moved', message: 'Headset is back.' }],
        }),
      ),
    );
    expect(figures).toEqual({
      'Delay (round trip)': '62 ms on average, 90 ms at worst',
      Jitter: 'not measured',
      'Packets lost': '0.3% on average, not measured at worst',
      'Estimated score': 'not measured on average, 3.9 of 4.5 at worst',
      'Audio made up by your computer': 'not measured',
      'Speaker skips': 'not measured',
      'Device changes': 'Headset is back.',
      Measurements: '5',
    });
    expect(Object.fromEntries(describeFigures(summary()))).toMatchObject({
      'Audio made up by your computer': '0.2% of the call',
      'Speaker skips': '0',
      'Device changes': 'none',
    });
  });
});
