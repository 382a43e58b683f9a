import { describe, expect, it } from 'vitest';
import { missingModuleName, nativeModuleName } from './failed-module-name';

// Messages as Node and the platforms' loaders word them; the real ones are in start-failure.test.ts.
describe('missingModuleName', () => {
  it.each([
    ["Cannot find package 'sip.js' imported from /opt/Dialtone/resources/app.asar/dist/electron/app.js", 'sip.js'],
    ["Cannot find package '@twilio-labs/serverless-api' imported from /x/app.js", '@twilio-labs/serverless-api'],
    ["Cannot find module '/x/node_modules/twilio/lib/index.js' imported from /x/app.js", 'twilio'],
    ["Cannot find module '/x/node_modules/a/node_modules/@s/b/index.js' imported from /x/app.js", '@s/b'],
    ["Cannot find module 'C:\\Program Files\\Dialtone\\resources\\app.asar\\dist\\electron\\app.js'", 'app.js'],
    ["Cannot find module 'file:///x/dist/electron/app.js' imported from /x/main.js", 'app.js'],
    ["Cannot find module 'zod/v4'\nRequire stack:\n- /x/node_modules/y/index.js", 'zod'],
    ['Cannot find something, without quotes', undefined],
  ])('%s -> %s', (message, name) => {
    expect(missingModuleName(message)).toBe(name);
  });
});

describe('nativeModuleName', () => {
  it.each([
    [
      '/opt/Dialtone/node_modules/@serialport/bindings/build/Release/bindings.node: invalid ELF header',
      '@serialport/bindings',
    ],
    [
      "dlopen(/Applications/Dialtone.app/Contents/Resources/x/y.node, 0x0001): tried: '/Applications/x/y.node' (not a mach-o file)",
      'y.node',
    ],
    ['\\\\?\\C:\\Program Files\\Dialtone\\node_modules\\@s\\n\\b.node is not a valid Win32 application.', '@s/n'],
    ['The specified module could not be found.', undefined],
  ])('%s -> %s', (message, name) => {
    expect(nativeModuleName(message)).toBe(name);
  });
});
