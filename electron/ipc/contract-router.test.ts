import fc from 'fast-check';
import { describe, expect, it, vi, type Mock } from 'vitest';
import { z } from 'zod';
import { invokeChannelNames } from '../../shared/contract/channel-names';
import type { InvokeChannel } from '../../shared/contract/invoke-channels';
import { resultSchema, type AppError, type Result } from '../../shared/result';
import { createMemoryLogger } from '../logging/logger';
import { AppFailure } from '../services/app-failure';
import { validOutputs, validPayloads } from '../test-support/backend-fixture';
import { createContractRouter, type InvokeHandlers } from './contract-router';

type Path = (string | number)[];
const wellFormedResult = resultSchema(z.unknown());

function setup(answer: (channel: InvokeChannel) => unknown = (channel) => structuredClone(validOutputs[channel])) {
  const handlers = Object.fromEntries(
    invokeChannelNames.map((channel) => [channel, vi.fn(async () => answer(channel))]),
  ) as Record<InvokeChannel, Mock>;
  const logger = createMemoryLogger();
  const router = createContractRouter(handlers as unknown as InvokeHandlers, logger);
  return { router, handlers, logger };
}

function expectError(result: Result<unknown>, code: AppError['code']): string {
  expect(wellFormedResult.safeParse(result).success).toBe(true);
  if (result.ok) throw new Error(`expected a ${code} error, got ${JSON.stringify(result)}`);
  expect(result.error.code).toBe(code);
  return result.error.message;
}

/** Every place in a value where an object (or a string) sits, root included. */
function pathsWhere(value: unknown, test: (node: unknown) => boolean, path: Path = []): Path[] {
  const here = test(value) ? [path] : [];
  if (typeof value !== 'object' || value === null) return here;
  return [...here, ...Object.entries(value).flatMap(([key, child]) => pathsWhere(child, test, [...path, key]))];
}
const isPlainObject = (node: unknown) => typeof node === 'object' && node !== null && !Array.isArray(node);

function updateAt(value: unknown, path: Path, change: (node: unknown) => unknown): unknown {
  if (path.length === 0) return change(value);
  const [key, ...rest] = path;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  copy[key!] = updateAt(copy[key!], rest, change);
  return copy;
}

const wrongTypes = (sample: unknown): unknown[] =>
  sample === undefined ? [42, 'x', [], true, null, {}] : [42, 'x', [], true, null, undefined];

describe.each(invokeChannelNames)('contract router: %s', (channel) => {
  const sample: unknown = validPayloads[channel];

  it('accepts the valid sample and hands it to the handler', async () => {
    const { router, handlers } = setup();
    const result = await router.invoke(channel, structuredClone(sample));
    expect(result).toEqual({ ok: true, value: validOutputs[channel] });
    expect(handlers[channel]).toHaveBeenCalledTimes(1);
    expect(handlers[channel]).toHaveBeenCalledWith(sample);
  });

  it.each(wrongTypes(sample).map((wrong) => [JSON.stringify(wrong) ?? 'undefined', wrong]))(
    'refuses the payload %s without calling the handler',
    async (_, wrong) => {
      const { router, handlers } = setup();
      const message = expectError(await router.invoke(channel, wrong), 'invalid-request');
      expect(message).toContain(`The request ${channel} was refused`);
      expect(message).toMatch(/payload: Invalid input: expected \w+, received \w+/);
      expect(handlers[channel]).not.toHaveBeenCalled();
    },
  );

  for (const path of pathsWhere(sample, isPlainObject)) {
    it(`refuses an extra field at ${path.join('.') || 'the top level'}`, async () => {
      const { router, handlers } = setup();
      const payload = updateAt(sample, path, (node) => ({ ...(node as object), sneaky: 'extra' }));
      const message = expectError(await router.invoke(channel, payload), 'invalid-request');
      expect(message).toMatch(/Unrecognized key: "sneaky"/);
      expect(handlers[channel]).not.toHaveBeenCalled();
    });
  }

  for (const path of pathsWhere(sample, (node) => typeof node === 'string')) {
    // A contacts file's text is allowed to be large (50 MB); every other string is small.
    const oversized = path.at(-1) === 'content' ? 50_000_001 : 100_000;
    it(`refuses a ${oversized.toLocaleString('en')}-character string at ${path.join('.')}`, async () => {
      const { router, handlers } = setup();
      const payload = updateAt(sample, path, () => 'a'.repeat(oversized));
      const message = expectError(await router.invoke(channel, payload), 'invalid-request');
      expect(message).toContain(`${path.join('.')}: `);
      expect(message.length).toBeLessThan(1000);
      expect(handlers[channel]).not.toHaveBeenCalled();
    });
  }

  it('turns an AppFailure from the handler into its code and message', async () => {
    const { router } = setup(() => {
      throw new AppFailure('not-found', 'That account no longer exists. Reopen the list.');
    });
    const message = expectError(await router.invoke(channel, sample), 'not-found');
    expect(message).toBe('That account no longer exists. Reopen the list.');
  });

  it('hides a plain Error behind internal, in the response and in the log', async () => {
    const { router, logger } = setup(() => {
      throw new Error('ENOENT /home/alice/.config/secret-path token=abc123');
    });
    const message = expectError(await router.invoke(channel, sample), 'internal');
    expect(message).toMatch(/restart Dialtone/);
    expect(message).not.toMatch(/ENOENT|secret-path|abc123/);
    expect(JSON.stringify(logger.records)).not.toMatch(/ENOENT|secret-path|abc123/);
    expect(logger.records).toContainEqual(expect.objectContaining({ level: 'error', fields: expect.anything() }));
  });

  it('refuses an answer outside the output schema (an extra password) and does not pass it on', async () => {
    const withSecret = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(withSecret)
        : isPlainObject(value)
          ? { ...(value as object), password: 'LEAKED-hunter2' }
          : { password: 'LEAKED-hunter2' };
    const { router, logger } = setup((name) => withSecret(structuredClone(validOutputs[name])));
    const result = await router.invoke(channel, sample);
    expectError(result, 'internal');
    expect(JSON.stringify(result)).not.toContain('LEAKED');
    expect(JSON.stringify(logger.records)).not.toContain('LEAKED');
  });
});

describe('contract router: anything else', () => {
  it.each([
    'nope',
    '',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'valueOf',
    'Settings:get',
    ' settings:get',
    'settings:get\u0000',
    42,
    null,
    undefined,
    {},
    ['settings:get'],
    Symbol('settings:get'),
    { toString: () => 'settings:get' },
  ])('answers unknown-channel for %s and calls no handler', async (channel) => {
    const { router, handlers } = setup();
    const message = expectError(await router.invoke(channel, undefined), 'unknown-channel');
    expect(message).toMatch(/not part of the Dialtone contract/);
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it('keeps its refusal message short however long the unexpected keys are', async () => {
    const { router } = setup();
    const payload = { id: validPayloads['accounts:remove'].id, ['k'.repeat(5000)]: 1, ['j'.repeat(5000)]: 2 };
    const message = expectError(await router.invoke('accounts:remove', payload), 'invalid-request');
    expect(message).toMatch(/Unrecognized keys/);
    expect(message.length).toBeLessThan(1000);
  });

  it('never throws and always answers a well-formed Result, whatever it is sent', async () => {
    const { router } = setup();
    const channels = fc.oneof(fc.constantFrom<unknown>(...invokeChannelNames), fc.string(), fc.anything());
    const payloads = fc.oneof(fc.anything(), fc.constantFrom<unknown>(...Object.values(validPayloads)));
    await fc.assert(
      fc.asyncProperty(channels, payloads, async (channel, payload) => {
        const result = await router.invoke(channel, payload);
        expect(wellFormedResult.safeParse(result).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
