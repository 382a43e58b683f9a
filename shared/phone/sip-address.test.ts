import { describe, expect, it } from 'vitest';
import { bareSipAddress } from './sip-address';

describe('bare SIP address', () => {
  it.each([
    ['sip:Bob@PBX.example;transport=tls', 'bob@pbx.example'],
    ['sips:alice@example.com?subject=hi', 'alice@example.com'],
    [' bob@127.0.0.1 ', 'bob@127.0.0.1'],
    ['sip:bob@127.0.0.1:5061', 'bob@127.0.0.1:5061'],
  ])('%s -> %s', (uri, bare) => expect(bareSipAddress(uri)).toBe(bare));
});
