// The per-minute price before dialling, asked of the Twilio double through Prism (twilio_pricing_v2.json checks
// every request and answer of /v2/Voice/Numbers both ways).
import { describe, expect, it } from 'vitest';
import { createCallPriceService, priceKeptMs } from './call-price-service';
import { accountWithLine, twilioDoubleFor } from './twilio-double-test-kit';
import type { InboxLine } from './inbox/inbox-line';

const lineNumber = '+15125550100';
const account = accountWithLine('c', lineNumber, { friendlyName: 'Pricing' });

const { double, logger, connect } = twilioDoubleFor(account);

function setup(options: { line?: boolean } = {}) {
  let now = Date.UTC(2026, 11, 4, 9);
  const api = connect();
  const line: InboxLine = { api, number: lineNumber };
  const prices = createCallPriceService({
    line: async () => (options.line === false ? null : line),
    now: () => now,
    logger,
  });
  return { prices, later: (ms: number) => (now += ms) };
}

const priceRequests = () =>
  double()
    .requests()
    .filter((request) => request.path.startsWith('/v2/Voice/Numbers/'));

describe('the price per minute before dialling', () => {
  it('asks Twilio once per destination prefix a day, and answers from memory meanwhile', async ({ annotate }) => {
    const { prices, later } = setup();
    const before = priceRequests().length;
    let started = performance.now();
    expect(await prices.perMinuteTo('+447700900123')).toEqual({
      kind: 'priced',
      price: { perMinute: 0.043, currency: 'USD' },
    });
    const firstMs = performance.now() - started;
    started = performance.now();
    // Another number with the same first six digits: the same prefix, the same price.
    expect(await prices.perMinuteTo('+447700900999')).toMatchObject({ price: { perMinute: 0.043 } });
    const cachedMs = performance.now() - started;
    expect(priceRequests().length - before).toBe(1);
    await annotate(
      `price lookup: first ${firstMs.toFixed(1)} ms (1 request), cached ${cachedMs.toFixed(2)} ms (0 requests)`,
    );

    expect(await prices.perMinuteTo('+4930901820')).toMatchObject({ price: { perMinute: 0.027 } });
    expect(priceRequests().length - before).toBe(2);
    later(priceKeptMs + 1);
    await prices.perMinuteTo('+447700900123');
    expect(priceRequests().length - before).toBe(3);
  });

  it('asks once for the same prefix however many ask at the same moment', async () => {
    const { prices } = setup();
    const before = priceRequests().length;
    const answers = await Promise.all(
      ['+12025550101', '+12025550102', '+12025550103'].map((n) => prices.perMinuteTo(n)),
    );
    expect(answers.map((answer) => answer.kind)).toEqual(['priced', 'priced', 'priced']);
    expect(priceRequests().length - before).toBe(1);
  });

  it('says "unknown" for a destination Twilio has no price for, and keeps that answer too', async () => {
    const { prices } = setup();
    const before = priceRequests().length;
    expect(await prices.perMinuteTo('+81312345678')).toEqual({ kind: 'unknown' });
    expect(await prices.perMinuteTo('+81312345679')).toEqual({ kind: 'unknown' });
    expect(priceRequests().length - before).toBe(1);
  });

  it('says "unavailable" when Twilio fails, and asks again next time', async () => {
    const { prices } = setup();
    double().failNext({ path: /\/v2\/Voice\/Numbers\//, status: 503, code: 20503, message: 'Service unavailable' });
    expect(await prices.perMinuteTo('+33142685300')).toEqual({ kind: 'unavailable' });
    double().failNext({ path: /\/v2\/Voice\/Numbers\//, status: 401, code: 20003, message: 'Authenticate' });
    expect(await prices.perMinuteTo('+33142685300')).toEqual({ kind: 'unavailable' });
    expect(await prices.perMinuteTo('+33142685300')).toEqual({ kind: 'unknown' });
  });

  it('says "none" without asking anything when no Twilio line dials', async () => {
    const { prices } = setup({ line: false });
    const before = double().requests().length;
    expect(await prices.perMinuteTo('+447700900123')).toEqual({ kind: 'none' });
    expect(double().requests().length).toBe(before);
  });
});
