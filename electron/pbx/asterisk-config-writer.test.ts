import { describe, expect, it } from 'vitest';
import { arrowSetting, comment, printAsteriskConfig, setting } from './asterisk-config-writer';
import { parseAsteriskConfig } from './pbx-config-test-kit';

describe('printAsteriskConfig', () => {
  it('prints templates, sections that use them, settings, arrows and comments that read back the same', () => {
    const text = printAsteriskConfig({
      header: ['made for a test'],
      sections: [
        { name: 'defaults', isTemplate: true, lines: [setting('type', 'endpoint')] },
        {
          name: 'phone',
          templates: ['defaults'],
          lines: [comment('a note'), setting('allow', 'ulaw,alaw'), setting('max_contacts', 1)],
        },
        { name: 'ctx', lines: [arrowSetting('exten', '_X.,1,NoOp(a=b)'), arrowSetting('same', 'n,Hangup()')] },
      ],
    });
    expect(text.split('\n')).toEqual(
      expect.arrayContaining([
        '; made for a test',
        '[defaults](!)',
        '[phone](defaults)',
        '; a note',
        'exten => _X.,1,NoOp(a=b)',
      ]),
    );
    expect(parseAsteriskConfig(text)).toEqual([
      { name: 'defaults', isTemplate: true, templates: [], entries: [{ key: 'type', value: 'endpoint' }] },
      {
        name: 'phone',
        isTemplate: false,
        templates: ['defaults'],
        entries: [
          { key: 'allow', value: 'ulaw,alaw' },
          { key: 'max_contacts', value: '1' },
        ],
      },
      {
        name: 'ctx',
        isTemplate: false,
        templates: [],
        entries: [
          { key: 'exten', value: '_X.,1,NoOp(a=b)' },
          { key: 'same', value: 'n,Hangup()' },
        ],
      },
    ]);
  });

  it.each([
    ['a value with a newline', { name: 's', lines: [setting('password', 'x\n[evil]')] }],
    ['a value with a semicolon', { name: 's', lines: [setting('password', 'x;y')] }],
    ['an empty value', { name: 's', lines: [setting('password', '')] }],
    ['a value with spaces around it', { name: 's', lines: [setting('password', ' x')] }],
    ['a bad key', { name: 's', lines: [setting('pass word', 'x')] }],
    ['a bad section name', { name: 'a]b', lines: [] }],
    ['a bad template name', { name: 's', templates: ['a)b'], lines: [] }],
    ['a comment with a newline', { name: 's', lines: [comment('a\n[evil]')] }],
  ])('refuses %s instead of escaping it', (_, section) => {
    expect(() => printAsteriskConfig({ header: [], sections: [section] })).toThrow(/Asterisk config: refusing/);
  });
});
