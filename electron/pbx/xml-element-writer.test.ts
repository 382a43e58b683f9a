import { describe, expect, it } from 'vitest';
import { childrenOf, parseFreeswitchXml } from './pbx-config-test-kit';
import { element, printXml, xmlComment } from './xml-element-writer';

describe('printXml', () => {
  it('escapes attribute values so they read back exactly, whatever they contain', () => {
    const tricky = `a&b <c> "d" 'e' ${'$'}{pin}`;
    const text = printXml(element('include', {}, [xmlComment('note'), element('param', { name: 'x', value: tricky })]));
    expect(text).not.toContain('<c>');
    const tree = parseFreeswitchXml(text);
    expect(childrenOf(childrenOf(tree, 'include')[0], 'param')[0]).toEqual({ name: 'x', value: tricky });
  });

  it('nests children with indentation and closes empty elements', () => {
    const text = printXml(element('a', {}, [element('b', { k: 'v' }, [element('c')])]));
    expect(text).toBe('<a>\n  <b k="v">\n    <c/>\n  </b>\n</a>\n');
  });

  it.each([
    ['a comment with --', element('a', {}, [xmlComment('x -- y')])],
    ['a comment ending in -', element('a', {}, [xmlComment('x-')])],
    ['a comment over two lines', element('a', {}, [xmlComment('x\ny')])],
    ['a bad element name', element('a b')],
    ['a bad attribute name', element('a', { 'x"y': 'v' })],
    ['a control character', element('a', { k: 'v\u0001' })],
  ])('refuses %s', (_, root) => {
    expect(() => printXml(root)).toThrow(/XML writer: refusing/);
  });
});
