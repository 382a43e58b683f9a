import { describe, expect, it } from 'vitest';
import { externalUrlToOpen, isNavigationAllowed } from './navigation-guard';

describe('isNavigationAllowed', () => {
  it.each(['app://dialtone/index.html', 'app://dialtone/', 'app://dialtone/settings?tab=audio#x'])(
    'allows our own page %s',
    (url) => expect(isNavigationAllowed(url)).toBe(true),
  );

  it.each([
    'app://dialtone',
    'app://dialtone.evil/index.html',
    'app://other/index.html',
    'app://dialtone@evil/index.html',
    'https://dialtone/index.html',
    'http://example.com/',
    'https://example.com/app://dialtone/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    '',
  ])('refuses %s', (url) => expect(isNavigationAllowed(url)).toBe(false));
});

describe('externalUrlToOpen', () => {
  it.each([
    ['https://www.twilio.com/console', 'https://www.twilio.com/console'],
    ['http://example.com/help', 'http://example.com/help'],
    ['mailto:support@example.com', 'mailto:support@example.com'],
  ])('opens %s in the OS', (url, expected) => expect(externalUrlToOpen(url)).toBe(expected));

  it.each([
    'javascript:alert(1)',
    'file:///C:/Windows/System32/calc.exe',
    'data:text/html,hi',
    'app://dialtone/index.html',
    'smb://server/share',
    'tel:+15551234567',
    'ms-settings:privacy',
    'https://user:pass@example.com/',
    'not a url',
    '',
  ])('never hands %s to the OS', (url) => expect(externalUrlToOpen(url)).toBeUndefined());
});
