import { describe, expect, it } from 'vitest';
import { eventChannelNames } from '../../shared/contract/event-channels';
import { invokeChannelNames } from '../../shared/contract/invoke-channels';
import { isContractEventChannel, isContractInvokeChannel } from './contract-channel-names';

describe('the preload channel lists', () => {
  it('know every contract channel', () => {
    expect(invokeChannelNames.every(isContractInvokeChannel)).toBe(true);
    expect(eventChannelNames.every(isContractEventChannel)).toBe(true);
  });

  it.each(['', 'calls:dial', 'constructor', 'toString', '__proto__', 'hasOwnProperty', 42, null, undefined])(
    'refuse %o',
    (name) => {
      expect(isContractInvokeChannel(name)).toBe(false);
      expect(isContractEventChannel(name)).toBe(false);
    },
  );

  it('do not mix invoke and event names', () => {
    expect(eventChannelNames.some(isContractInvokeChannel)).toBe(false);
    expect(invokeChannelNames.some(isContractEventChannel)).toBe(false);
  });
});
