import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validatePayload } from './validate';

const schema = z.strictObject({ name: z.string().max(5), age: z.number(), tags: z.array(z.string()).optional() });

describe('validatePayload', () => {
  it('returns the parsed value when valid', () => {
    expect(validatePayload(schema, { name: 'Ann', age: 3 }, 'X')).toEqual({ ok: true, value: { name: 'Ann', age: 3 } });
  });

  it('names the request and the field at fault, and says nothing was changed, in words the renderer translates', () => {
    const result = validatePayload(schema, { name: 'Ann', age: 'old' }, 'people:add');
    const issues = 'age: Invalid input: expected number, received string';
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-request',
        message: `The request people:add was refused, nothing was changed: ${issues}`,
        words: { id: 'general.requestRefused', values: { request: 'people:add', issues } },
      },
    });
  });

  it('calls the root "payload" and joins nested paths with dots', () => {
    const root = validatePayload(schema, 7, 'X');
    expect(!root.ok && root.error.message).toMatch(/: payload: Invalid input: expected object/);
    const nested = validatePayload(schema, { name: 'A', age: 1, tags: ['ok', 5] }, 'X');
    expect(!nested.ok && nested.error.message).toMatch(/tags\.1: Invalid input: expected string/);
  });

  it('shows at most three issues and counts the rest', () => {
    const many = z.strictObject({ a: z.string(), b: z.string(), c: z.string(), d: z.string(), e: z.string() });
    const result = validatePayload(many, {}, 'X');
    expect(!result.ok && result.error.message).toMatch(/^The request X was refused.*a: .*; b: .*; c: .*; and 2 more$/);
  });

  it('bounds each issue, so a sender cannot make the message arbitrarily long', () => {
    const result = validatePayload(schema, { name: 'A', age: 1, ['k'.repeat(10_000)]: 1 }, 'X');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message.length).toBeLessThanOrEqual(300);
    expect(!result.ok && result.error.message).toMatch(/Unrecognized key: "kkk.*…$/);
  });
});
