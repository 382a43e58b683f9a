import { describe, expect, it } from 'vitest';
import type { ContactListItem } from '../../../shared/models/contact';
import { indexOfContact, itemAt, missingPages, pagesFor, withPage, type ContactPages } from './contact-pages';

const item = (n: number): ContactListItem => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  name: `Contact ${n}`,
  organisation: '',
  favourite: false,
  primaryNumber: null,
});
const page = (number: number, size = 10) => Array.from({ length: size }, (_, at) => item(number * size + at));

describe('contact page cache', () => {
  it('knows which pages hold a range of rows', () => {
    expect(pagesFor(0, 9, 10)).toEqual([0]);
    expect(pagesFor(5, 25, 10)).toEqual([0, 1, 2]);
    expect(pagesFor(-3, 4, 10)).toEqual([0]);
    expect(pagesFor(10, 5, 10)).toEqual([]);
  });

  it('asks only for pages neither loaded nor on their way', () => {
    const pages: ContactPages = { 0: page(0), 2: page(2) };
    expect(missingPages(pages, new Set([3]), 0, 49, 10)).toEqual([1, 4]);
  });

  it('finds a row by index and a contact by id', () => {
    const pages: ContactPages = { 3: page(3) };
    expect(itemAt(pages, 34, 10)?.name).toBe('Contact 34');
    expect(itemAt(pages, 20, 10)).toBeUndefined();
    expect(indexOfContact(pages, item(37).id, 10)).toBe(37);
    expect(indexOfContact(pages, item(1).id, 10)).toBe(-1);
  });

  it('keeps a bounded number of pages, dropping those farthest from the newest', () => {
    let pages: ContactPages = {};
    for (const number of [0, 1, 2, 3, 9]) pages = withPage(pages, number, page(number), 3);
    expect(
      Object.keys(pages)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual([2, 3, 9]);
    // A page loaded again replaces the old one without dropping another.
    pages = withPage(pages, 3, page(3), 3);
    expect(Object.keys(pages)).toHaveLength(3);
  });
});
