import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/translate-test-kit';
import { unreadTitle } from './unread-title';

const t = translatorFor('en');

describe('the window title', () => {
  it('is the app name alone when nothing is new', () => {
    expect(unreadTitle(0, t)).toBe('Dialtone');
  });

  it('puts the unread total in front, capped so it stays short', () => {
    expect(unreadTitle(3, t)).toBe('(3) Dialtone');
    expect(unreadTitle(1000, t)).toBe('(999+) Dialtone');
    expect(unreadTitle(1000, translatorFor('fr'))).toBe('(999+) Dialtone');
    expect(unreadTitle(0, translatorFor('de'))).toBe('Dialtone');
  });
});
