import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isRequest } from './far-end-test-kit';
import { startMemoryPhone, type MemoryPhone } from './memory-phone-test-kit';
import { waitFor } from './sip-phone-test-kit';

// sip.js hands a 1xx to the call after the final response that follows it at once (a phone that rings and
// declines in one go, as sip.js itself does with its automatic 180): the call stays ended.
describe('a 180 followed at once by a final response', () => {
  let lab: MemoryPhone;
  beforeEach(async () => {
    lab = await startMemoryPhone();
  });
  afterEach(() => lab.stop());

  it('ends the call as the final response says, not ringing', async () => {
    const call = lab.phone.dial('sip:bob@127.0.0.1');
    await call.dial();
    const invite = await lab.far.next(isRequest('INVITE'), 'the INVITE');
    lab.far.reply(invite, 180, 'Ringing');
    lab.far.reply(invite, 603, 'Decline');
    await lab.far.next(isRequest('ACK'), 'the ACK of the 603');
    await waitFor(() => call.state.endReason ?? undefined, 2000, 'the call to end');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(call.state).toMatchObject({ state: 'ended', endReason: 'declined' });
  });
});
