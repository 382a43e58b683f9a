import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { err, ok, resultSchema } from './result';
import { words } from './text/words';

describe('Result', () => {
  it('builds ok and error values', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(err('not-found', 'Gone.')).toEqual({ ok: false, error: { code: 'not-found', message: 'Gone.' } });
  });

  it('has a schema that accepts both shapes and nothing else', () => {
    const schema = resultSchema(z.number());
    expect(schema.safeParse(ok(3)).success).toBe(true);
    expect(schema.safeParse(err('internal', 'Try again.')).success).toBe(true);
    expect(schema.safeParse({ ok: true, value: 'x' }).success).toBe(false);
    expect(schema.safeParse({ ok: true, value: 3, extra: 1 }).success).toBe(false);
    expect(schema.safeParse({ ok: false, error: { code: 'made-up', message: 'x' } }).success).toBe(false);
    expect(schema.safeParse({ ok: false, error: { code: 'internal', message: 'x'.repeat(2001) } }).success).toBe(false);
  });

  it('carries words beside their English, and the schema refuses unknown words or outsized values', () => {
    const said = err('internal', words('general.internalError'));
    expect(said).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: expect.stringMatching(/^Dialtone hit an internal error/),
        words: { id: 'general.internalError' },
      },
    });
    const schema = resultSchema(z.number());
    expect(schema.safeParse(said).success).toBe(true);
    const withWords = (wordsValue: unknown) => ({
      ok: false,
      error: { code: 'internal', message: 'x', words: wordsValue },
    });
    expect(schema.safeParse(withWords({ id: 'general.madeUp' })).success).toBe(false);
    expect(
      schema.safeParse(withWords({ id: 'general.requestRefused', values: { issues: 'x'.repeat(2001) } })).success,
    ).toBe(false);
    const nine = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`v${i}`, i]));
    expect(schema.safeParse(withWords({ id: 'general.requestRefused', values: nine })).success).toBe(false);
    expect(schema.safeParse(withWords({ id: 'general.internalError', extra: 1 })).success).toBe(false);
  });
});
