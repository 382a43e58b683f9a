import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { invokeChannelNames } from '../../shared/contract/channel-names';
import { maxSocketMessageBytes } from '../../shared/contract/socket-messages';
import { exchange, startTestShell } from './browser-shell-test-kit';

let shell: Awaited<ReturnType<typeof startTestShell>>;
beforeAll(async () => {
  shell = await startTestShell();
});
afterAll(() => shell.close());

const channel = fc.oneof(fc.constantFrom(...invokeChannelNames), fc.string({ maxLength: 120 }));
const request = fc.oneof(
  fc.record({ id: fc.nat(), channel, payload: fc.jsonValue() }),
  fc.record({ id: fc.anything(), channel: fc.anything(), payload: fc.anything() }),
  fc.jsonValue(),
);

it('survives random payloads: every message gets a well-formed answer and the backend keeps serving', async () => {
  const socket = await shell.connect();
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        request.map((value) => JSON.stringify(value) ?? 'undefined'),
        fc.string(),
      ),
      async (text) => {
        const reply = await exchange(socket, text);
        if (reply.kind === 'result') {
          expect(reply.result).toHaveProperty('ok');
          const result = reply.result as { ok: boolean; error?: { code: string; message: string } };
          if (!result.ok) expect(result.error?.message.length).toBeGreaterThan(10);
        } else {
          expect(reply).toMatchObject({ kind: 'protocol-error', message: expect.any(String) });
        }
      },
    ),
    { numRuns: 300 },
  );
  const still = await exchange(socket, JSON.stringify({ id: 9, channel: 'app:get-info' }));
  expect(still).toMatchObject({ kind: 'result', id: 9, result: { ok: true, value: { shell: 'browser' } } });
  socket.close();
});

it('closes a connection that sends an oversized message without affecting others', async () => {
  const victim = await shell.connect();
  const closed = new Promise<number>((resolve) => victim.once('close', (code) => resolve(code)));
  victim.send('x'.repeat(maxSocketMessageBytes + 1));
  expect(await closed).toBe(1009);
  const other = await shell.connect();
  const reply = await exchange(other, JSON.stringify({ id: 1, channel: 'registration:get' }));
  expect(reply).toMatchObject({ result: { ok: true, value: { status: 'no-account' } } });
  other.close();
});
