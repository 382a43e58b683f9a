import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './content-security-policy';

function sources(directive: string): string[] {
  const found = contentSecurityPolicy.split('; ').find((part) => part.startsWith(`${directive} `));
  return found?.split(' ').slice(1) ?? [];
}

describe('the renderer’s Content-Security-Policy', () => {
  it('shows received pictures from blob: URLs, and loads no picture from the network', () => {
    expect(sources('img-src')).toContain('blob:');
    expect(sources('img-src').filter((source) => /^(https?:|\*)/.test(source))).toEqual([]);
  });
});
