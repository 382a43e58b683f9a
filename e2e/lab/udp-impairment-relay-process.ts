import { createInterface } from 'node:readline';
import { assertNever } from '../../shared/assert-never';
import { checkImpairment } from './impairment';
import { startRelayCore } from './udp-impairment-relay-core';
import type { RelayReply, RelayRequest } from './udp-impairment-relay';

/*
 * The relay's own process: `node --import tsx udp-impairment-relay-process.ts <seed> <impairment JSON>`.
 * Requests come one JSON line at a time on stdin, replies go out the same way on stdout. Ends
 * when stdin closes (its test is gone) or on SIGTERM.
 */

const [seed, impairment] = process.argv.slice(2);
const core = await startRelayCore(Number(seed), checkImpairment(JSON.parse(impairment ?? '{}')));
const reply = (message: RelayReply): void => void process.stdout.write(`${JSON.stringify(message)}\n`);
reply({ ready: { facingA: core.facingA, facingB: core.facingB } });

function handle(request: RelayRequest): void {
  switch (request.op) {
    case 'set-endpoints':
      core.setEndpoints(request.side, request.endpoints);
      return reply({ id: request.id });
    case 'set-impairment':
      core.setImpairment(checkImpairment(request.impairment));
      return reply({ id: request.id });
    case 'set-outage':
      core.setOutage(request.on);
      return reply({ id: request.id });
    case 'counts':
      return reply({ id: request.id, counts: core.counts() });
    default:
      return assertNever(request);
  }
}

const end = () => void core.stop().then(() => process.exit(0));
createInterface({ input: process.stdin })
  .on('line', (line) => handle(JSON.parse(line) as RelayRequest))
  .on('close', end);
process.once('SIGTERM', end);
