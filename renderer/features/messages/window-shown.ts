/** The parts of document and window the watch reads: the real ones in the app, stand-ins in tests. */
export interface WindowShownSources {
  document: EventTarget & Pick<Document, 'visibilityState' | 'hasFocus'>;
  window: EventTarget;
}

/**
 * Tells `follow` whether the window is visible and has the focus (so a conversation on screen is really
 * being read), now and whenever that changes. Returns a function that stops watching.
 */
export function watchWindowShown(
  follow: (shown: boolean) => void,
  sources: WindowShownSources = { document, window },
): () => void {
  const update = () => follow(sources.document.visibilityState === 'visible' && sources.document.hasFocus());
  update();
  sources.document.addEventListener('visibilitychange', update);
  sources.window.addEventListener('focus', update);
  sources.window.addEventListener('blur', update);
  return () => {
    sources.document.removeEventListener('visibilitychange', update);
    sources.window.removeEventListener('focus', update);
    sources.window.removeEventListener('blur', update);
  };
}
