import { beforeEach, describe, expect, it } from 'vitest';
import { initialNavigationState, selectors, useNavigationStore } from './navigation.store';

beforeEach(() => useNavigationStore.setState(initialNavigationState));

describe('navigation store', () => {
  it('starts on the dialer without having navigated', () => {
    const state = useNavigationStore.getState();
    expect(selectors.current(state)).toBe('dialer');
    expect(selectors.navigationCount(state)).toBe(0);
  });

  it('moves to a view and counts every navigation, even to the same view', () => {
    const { navigate } = useNavigationStore.getState();
    navigate('settings');
    expect(useNavigationStore.getState().current).toBe('settings');
    navigate('settings');
    expect(useNavigationStore.getState().navigationCount).toBe(2);
  });
});
