import { describe, expect, it } from 'vitest';
import { watchWindowShown } from './window-shown';

/** A window that can be hidden, shown, focused and left for another app, as Electron's does. */
function fakeWindow() {
  const state = { visibility: 'visible' as DocumentVisibilityState, focused: true };
  const document = new (class extends EventTarget {
    get visibilityState() {
      return state.visibility;
    }
    hasFocus() {
      return state.focused;
    }
  })();
  const window = new EventTarget();
  return {
    sources: { document, window },
    hide() {
      state.visibility = 'hidden';
      document.dispatchEvent(new Event('visibilitychange'));
    },
    show() {
      state.visibility = 'visible';
      document.dispatchEvent(new Event('visibilitychange'));
    },
    blur() {
      state.focused = false;
      window.dispatchEvent(new Event('blur'));
    },
    focus() {
      state.focused = true;
      window.dispatchEvent(new Event('focus'));
    },
  };
}

describe('watchWindowShown', () => {
  it('is shown only while the window is visible and focused, following both', () => {
    const app = fakeWindow();
    const seen: boolean[] = [];
    const stop = watchWindowShown((shown) => seen.push(shown), app.sources);
    app.blur();
    app.focus();
    app.hide();
    app.show();
    expect(seen).toEqual([true, false, true, false, true]);

    stop();
    app.blur();
    expect(seen).toHaveLength(5);
  });

  it('is not shown while visible behind another app’s window', () => {
    const app = fakeWindow();
    app.blur();
    const seen: boolean[] = [];
    watchWindowShown((shown) => seen.push(shown), app.sources);
    expect(seen).toEqual([false]);
  });
});
