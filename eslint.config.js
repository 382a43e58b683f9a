// Lint, including the import rules of ARCHITECTURE.md: dependencies point renderer -> shared <- electron.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import formatjs from 'eslint-plugin-formatjs';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));
const nodeModules = {
  paths: nodeBuiltins.map((name) => ({ name, message: 'Node modules belong to the main process.' })),
  patterns: [{ group: ['node:*'], message: 'Node modules belong to the main process.' }],
};
const electronModule = {
  paths: [
    {
      name: 'electron',
      message: "Only electron/bootstrap.ts, main.ts, preload/, windows/, ipc/ and secrets/ may import 'electron'.",
    },
  ],
  patterns: [{ group: ['electron/*'], message: "Only the Electron shell may import 'electron'." }],
};
const mainProcessFolder = {
  group: ['**/electron/**', '../electron', '../../electron'],
  message: 'The renderer and shared/ never import the main process.',
};
const rendererFolder = {
  group: ['**/renderer/**', '../renderer', '../../renderer'],
  message: 'Only the renderer imports renderer code.',
};
const testLab = { group: ['**/e2e/**', '../e2e', '../../e2e'], message: 'Product code never imports the test lab.' };
const rendererImports = [nodeModules, electronModule, mainProcessFolder, testLab];

/** The renderer's floors (ARCHITECTURE.md): a folder never imports the floors above it. */
function floorsAbove(message, ...folders) {
  return { group: folders.map((folder) => `**/${folder}/**`), message };
}
const rendererFloors = [
  {
    files: ['renderer/ipc/**'],
    above: floorsAbove(
      'renderer/ipc is the lowest floor: it imports no store, feature, audio, ui or app code. Route events to stores in renderer/app/route-events.ts.',
      'stores',
      'features',
      'audio',
      'ui',
      'app',
    ),
  },
  {
    files: ['renderer/{stores,audio}/**'],
    above: floorsAbove(
      'Stores and audio sit below features, ui and app: move the piece they need down (into the store or shared/), or wire it up in renderer/app/.',
      'features',
      'ui',
      'app',
    ),
  },
  {
    files: ['renderer/{features,ui}/**'],
    above: floorsAbove('renderer/app is the top floor: it calls features, features never import it.', 'app'),
  },
];

function restrictImports(...groups) {
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: groups.flatMap((group) => group.paths ?? []),
        patterns: groups.flatMap((group) => group.patterns ?? (group.group ? [group] : [])),
      },
    ],
  };
}

export default defineConfig([
  globalIgnores([
    'node_modules',
    'dist',
    'release',
    '.tsbuild',
    'test-results',
    'playwright-report',
    '.stryker-tmp*',
    'reports',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrictImports(nodeModules, electronModule, mainProcessFolder, rendererFolder, testLab, {
      paths: [
        { name: 'react', message: 'shared/ is plain TypeScript, no React.' },
        { name: 'react-dom', message: 'shared/ is plain TypeScript, no React.' },
      ],
    }),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrictImports(...rendererImports),
    },
  },
  ...rendererFloors.map(({ files, above }) => ({ files, rules: restrictImports(...rendererImports, above) })),
  {
    // Every visible string comes from the catalogues (renderer/i18n): no raw text in JSX or in text props.
    files: ['renderer/**/*.tsx'],
    ignores: ['renderer/**/*.test.tsx', 'renderer/**/*-test-kit.tsx'],
    plugins: { formatjs },
    rules: {
      'formatjs/no-literal-string-in-jsx': [
        'error',
        { props: { include: [['*', '{label,hint,title,heading,intro,text,placeholder,legend,message,*Label,alt}']] } },
      ],
    },
  },
  {
    // zod stays out of the renderer's main bundle: from shared modules built on zod, types only
    // (their zod-free lists live beside them: contact-fields.ts, twilio-setup-names.ts, call-end-reason.ts).
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}', 'renderer/test-support/**', 'renderer/vite.config.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`shared/(result|contract/(validate|event-channels|invoke-channels|socket-messages)|models/(account|app-info|app-update|call|contact|greeting-recording|history|hotkey-status|inbox|messages|registration|settings|twilio-setup|voicemail))$`,
              allowTypeImports: true,
              message: 'This shared module is built on zod: import its types only, or its zod-free companion.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/vite.config.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrictImports(electronModule, rendererFolder, testLab),
  },
  {
    // The Electron shell: the only places that may import 'electron'.
    files: [
      'electron/bootstrap.ts',
      'electron/main.ts',
      'electron/preload/**',
      'electron/windows/**',
      'electron/ipc/**',
      'electron/secrets/**',
    ],
    rules: restrictImports(rendererFolder, testLab),
  },
  {
    files: ['e2e/**/*.ts', 'scripts/**/*.{js,mjs,ts}', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
    rules: { 'no-console': 'off' },
  },
  {
    // Twilio Functions: CommonJS run by the Functions runtime, which provides the globals Twilio and Runtime and
    // installs the Build's dependencies (electron/twilio/routing-functions.ts), loaded with require().
    files: ['assets/twilio-functions/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node, Twilio: 'readonly', Runtime: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['e2e/browser-shell/**/*.ts'],
    rules: restrictImports(electronModule, rendererFolder),
  },
  {
    files: ['e2e/browser-shell/web-preload.ts'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Engine tests run against the real lab; only tests may reach into e2e/.
    files: [
      'electron/{sip,media,twilio,db,services}/**/*.test.ts',
      'electron/{sip,media,twilio,services}/**/*-test-kit.ts',
    ],
    rules: restrictImports(electronModule, rendererFolder),
  },
  {
    files: ['**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
]);
