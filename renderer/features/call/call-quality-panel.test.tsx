import { describe, expect, it } from 'vitest';
import type { CallQualitySummary } from '../../stores/call-quality/call-quality-summary';
import { render } from '../messages/messages-render-test-kit';
import { CallQualityPanel } from './call-quality-panel';

const blank = { roundTripMs: null, jitterMs: null, lossPercent: null, mos: null };
const summary = (change: Partial<CallQualitySummary> = {}): CallQualitySummary => ({
  samples: 4,
  average: { roundTripMs: 60, jitterMs: 4, lossPercent: 0, mos: 4.4 },
  worst: { roundTripMs: 80, jitterMs: 6, lossPercent: 0, mos: 4.3 },
  concealedPercent: 0.5,
  glitches: 0,
  deviceEvents: [],
  ...change,
});
const panel = (value: CallQualitySummary) => render(<CallQualityPanel summary={value} onDismiss={() => undefined} />);

describe('the call quality panel', () => {
  it('is a labelled region whose verdict is said in words, with the figures behind a disclosure and a Dismiss button', () => {
    const { html, text } = panel(summary());
    expect(html).toMatch(/<section class="call-quality" aria-labelledby="([^"]+)"><h3 id="\1"/);
    expect(html).toContain('role="status"');
    expect(text).toContain('Call qualitySounded good');
    expect(html).toMatch(/<details class="call-quality__details"><summary>Figures<\/summary><dl/);
    expect(text).toContain('Delay (round trip)60 ms on average, 80 ms at worst');
    expect(html).toMatch(/<button type="button"[^>]*>Dismiss<\/button>/);
    expect(html).not.toContain('What to try');
  });

  it('lists what to try under its own label when something went wrong', () => {
    const { html, text } = panel(
      summary({
        concealedPercent: 12,
        deviceEvents: [{ kind: 'disconnected', message: 'Headset was disconnected. The call continues on Speakers.' }],
      }),
    );
    expect(html).toContain('call-quality__verdict--poor');
    expect(text).toContain('Call qualityPoor');
    expect(html).toContain('<ul class="call-quality__advice" aria-label="What to try">');
    expect(text).toContain('Your computer dropped audio (12% of the call)');
    expect(text).toContain('Your headset was disconnected during the call.');
  });

  it('shows every figure as not measured when all are null', () => {
    const { text } = panel(
      summary({ samples: 0, average: blank, worst: blank, concealedPercent: null, glitches: null }),
    );
    expect(text).toContain('Too short to judge');
    expect(text.match(/not measured/g)).toHaveLength(6);
  });
});
