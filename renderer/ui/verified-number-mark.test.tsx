import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../shared/models/history';
import { CallCard } from '../features/call/call-card';
import { HistoryRow } from '../features/history/history-row';
import { IncomingBanner } from '../features/incoming/incoming-banner';
import { render } from '../features/messages/messages-render-test-kit';
import { callSnapshot } from '../test-support/call-snapshot';
import { VerifiedNumberMark } from './verified-number-mark';

const mark = /<span class="verified-mark" role="img" aria-label="Verified number" title="([^"]*)">/;
const ringing = (callerVerified: boolean) =>
  callSnapshot({ direction: 'incoming', state: 'ringing', remoteName: 'Ada Lovelace', callerVerified });
const entry = (callerVerified: boolean): HistoryEntry => ({
  id: 'h1',
  direction: 'incoming',
  remoteNumber: '+15125550123',
  remoteE164: '+15125550123',
  contactId: null,
  contactName: 'Ada Lovelace',
  startedAt: 1_700_000_000_000,
  answeredAt: 1_700_000_001_000,
  endedAt: 1_700_000_061_000,
  durationSeconds: 60,
  endReason: 'hung-up',
  missed: false,
  seen: true,
  callerVerified,
  onTwilio: false,
  transferredTo: null,
});

describe('the verified number mark', () => {
  it('is an image named "Verified number" whose tooltip and description explain it, and shows the words', () => {
    const { html, text } = render(<VerifiedNumberMark />);
    expect(html).toMatch(mark);
    expect(mark.exec(html)?.[1]).toBe('The caller’s carrier confirmed this number (SHAKEN/STIR)');
    expect(text).toBe('Verified number');
  });

  it('speaks the app’s language', () => {
    const { html, text } = render(<VerifiedNumberMark />, 'de');
    expect(text).toBe('Verifizierte Nummer');
    expect(html).toContain('title="Der Netzbetreiber des Anrufers hat diese Nummer bestätigt (SHAKEN/STIR)"');
  });

  it('shows on the banner of a verified caller, in the text that describes the call', () => {
    const { html } = render(<IncomingBanner call={ringing(true)} />);
    const describedBy = /aria-describedby="([^"]+)"/.exec(html)?.[1];
    expect(html).toMatch(new RegExp(`<p id="${describedBy}" class="incoming-banner__detail">[^]*${mark.source}`));
  });

  it('shows on the in-call screen of a verified caller', () => {
    expect(render(<CallCard call={{ ...ringing(true), state: 'connected', answeredAt: 2 }} />).html).toMatch(mark);
  });

  it('shows on the history row of a verified call, read after the number', () => {
    const { html, text } = render(<HistoryRow entry={entry(true)} country="US" tabStop />);
    expect(html).toMatch(mark);
    expect(text).toMatch(/\(512\) 555-0123, Verified number/);
  });

  it('is not shown for a caller who is not verified: nothing is said of them', () => {
    const unverified = [
      render(<IncomingBanner call={ringing(false)} />),
      render(<CallCard call={{ ...ringing(false), state: 'connected', answeredAt: 2 }} />),
      render(<HistoryRow entry={entry(false)} country="US" tabStop />),
    ];
    for (const { html, text } of unverified) {
      expect(html).not.toContain('verified-mark');
      expect(text).not.toMatch(/verified/i);
    }
  });
});
