import { z } from 'zod';

/** Browser shell only: how contract calls and events travel over its WebSocket. */
export const socketRequestSchema = z.strictObject({
  id: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  channel: z.string().max(100),
  payload: z.unknown().optional(),
});
export type SocketRequest = z.infer<typeof socketRequestSchema>;

export type SocketReply =
  | { kind: 'result'; id: number; result: unknown }
  | { kind: 'event'; event: string; payload: unknown }
  | { kind: 'protocol-error'; message: string };

/** Room for the largest request, a 50 MB contacts file to import, and its JSON envelope. */
export const maxSocketMessageBytes = 64 * 1024 * 1024;
