import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { eventChannelNames, invokeChannelNames, isEventChannel, isInvokeChannel } from './channel-names';
import { eventChannels } from './event-channels';
import { invokeChannels } from './invoke-channels';

const notChannels = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 'x', 42, null, undefined, {}];

describe('contract channel names', () => {
  it('are domain verbs: "domain:verb" in kebab case', () => {
    for (const name of [...invokeChannelNames, ...eventChannelNames]) expect(name).toMatch(/^[a-z]+:[a-z]+(-[a-z]+)*$/);
  });

  it('recognise exactly their own names, never inherited object members', () => {
    for (const name of invokeChannelNames) expect(isInvokeChannel(name)).toBe(true);
    for (const name of eventChannelNames) expect(isEventChannel(name)).toBe(true);
    for (const name of notChannels) {
      expect(isInvokeChannel(name)).toBe(false);
      expect(isEventChannel(name)).toBe(false);
    }
    expect(isInvokeChannel(eventChannelNames[0])).toBe(false);
  });

  it('give every invoke channel an input and an output schema', () => {
    expect(invokeChannelNames).toEqual(Object.keys(invokeChannels));
    for (const name of invokeChannelNames) {
      expect(typeof invokeChannels[name].input.safeParse).toBe('function');
      expect(typeof invokeChannels[name].output.safeParse).toBe('function');
    }
    expect(eventChannelNames).toEqual(Object.keys(eventChannels));
  });

  it('let no output or event schema carry a password or other secret field', () => {
    const schemas = [...invokeChannelNames.map((name) => invokeChannels[name].output), ...Object.values(eventChannels)];
    const described = JSON.stringify(schemas.map((schema) => z.toJSONSchema(schema)));
    expect(described).toContain('"hasPassword"');
    expect(described).not.toMatch(/"(password|secret|token|apiKey|authToken)"/i);
  });
});
