import { describe, expect, it, vi } from 'vitest';
import { createEventBus } from './event-bus';

describe('event bus', () => {
  it('delivers to every subscriber until it unsubscribes', () => {
    const bus = createEventBus();
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = bus.subscribe(first);
    bus.subscribe(second);
    bus.emit('registration:state-changed', { status: 'no-account' });
    stopFirst();
    bus.emit('registration:state-changed', { status: 'no-account' });
    expect(first).toHaveBeenCalledTimes(1);
    expect(first).toHaveBeenCalledWith('registration:state-changed', { status: 'no-account' });
    expect(second).toHaveBeenCalledTimes(2);
  });
});
