import type { Page } from '@playwright/test';

/** One piece of visible text that does not fit: where it is and what it says. */
export interface TextMisfit {
  text: string;
  where: string;
  problem: 'cut' | 'spills out';
}

/**
 * Visible text that is cut (an ellipsis or hidden overflow with more text than room) or that spills
 * out of the box that holds it (a word longer than its button, a line wider than its card).
 */
export async function textMisfits(page: Page): Promise<TextMisfit[]> {
  return page.evaluate(() => {
    const describe = (element: Element) =>
      [
        element.tagName.toLowerCase(),
        element.id && `#${element.id}`,
        element.classList[0] && `.${element.classList[0]}`,
      ]
        .filter(Boolean)
        .join('');
    const boxOf = (element: Element): Element => {
      let box: Element = element;
      while (box.parentElement && getComputedStyle(box).display === 'inline') box = box.parentElement;
      return box;
    };
    const misfits: { text: string; where: string; problem: 'cut' | 'spills out' }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent || !parent.checkVisibility() || parent.closest('select, option, [aria-hidden="true"]'))
        continue;
      const box = boxOf(parent);
      const style = getComputedStyle(box);
      // Visually hidden text (a screen reader's label) is 1 px by design.
      if (box.getBoundingClientRect().width <= 1) continue;
      const clips = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
      if (clips && box.scrollWidth > box.clientWidth + 1) {
        misfits.push({ text, where: describe(box), problem: 'cut' });
        continue;
      }
      const range = document.createRange();
      range.selectNodeContents(node);
      const textBox = range.getBoundingClientRect();
      const holder = box.getBoundingClientRect();
      if (textBox.width > 0 && (textBox.right > holder.right + 2 || textBox.left < holder.left - 2)) {
        misfits.push({ text, where: describe(box), problem: 'spills out' });
        continue;
      }
      // Pushed past the side of a scrolling or clipping ancestor: out of sight until scrolled sideways.
      for (let outer = box.parentElement; outer; outer = outer.parentElement) {
        if (getComputedStyle(outer).overflowX === 'visible') continue;
        const view = outer.getBoundingClientRect();
        if (textBox.right > view.right + 2 || textBox.left < view.left - 2) {
          misfits.push({ text, where: describe(outer), problem: 'cut' });
        }
        break;
      }
    }
    if (document.documentElement.scrollWidth > window.innerWidth + 1) {
      misfits.push({
        text: `page is ${document.documentElement.scrollWidth}px wide`,
        where: 'html',
        problem: 'spills out',
      });
    }
    return misfits;
  });
}

/**
 * Visible text that the pseudo-locale did not touch: two or more plain ASCII words in a row and no
 * accented letter, where every catalogue message would have had its letters accented. A message with
 * a value in it (a country's name) has accents, so it passes; so do data marked translate="no".
 */
export async function untranslatedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const untouched = (text: string) =>
      /\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\b/.test(text) && !/[\u00c0-\u024f\u1e00-\u1eff]/.test(text);
    const found = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent || !parent.checkVisibility()) continue;
      if (parent.closest('select, option, time, kbd, [translate="no"], [aria-hidden="true"]')) continue;
      if (untouched(text)) found.add(text.slice(0, 80));
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (!element.checkVisibility() || element.closest('[translate="no"]')) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(name) ?? '';
        if (untouched(value)) found.add(`${name}="${value.slice(0, 80)}"`);
      }
    }
    return [...found];
  });
}
