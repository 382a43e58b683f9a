import { describe, expect, it } from 'vitest';
import { unreadTitle } from './unread-title';

describe('the window title', () => {
  it('is the app name alone when nothing is new', () => {
    expect(unreadTitle(0)).toBe('Dialtone');
  });

  it('puts the unread total in front, capped so it stays short', () => {
    expect(unreadTitle(3)).toBe('(3) Dialtone');
    expect(unreadTitle(1000)).toBe('(999+) Dialtone');
  });
});
