import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** Proves the lint config enforces ARCHITECTURE.md's import rules, on code written to break them. */
const eslint = new ESLint();

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport {};\n`, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message);
}

const cases: [file: string, source: string, allowed: boolean][] = [
  ['renderer/features/dialer/x.ts', "import 'electron';", false],
  ['renderer/features/dialer/x.ts', "import { readFile } from 'node:fs';", false],
  ['renderer/features/dialer/x.ts', "import { readFile } from 'fs';", false],
  ['renderer/features/dialer/x.ts', "import { openDatabase } from '../../../electron/db/open-database';", false],
  ['renderer/features/dialer/x.ts', "import type { Result } from '../../../shared/result';", true],
  // zod stays out of the renderer's bundle: shared modules built on zod give it types only.
  ['renderer/features/dialer/x.ts', "import { ok } from '../../../shared/result';", false],
  ['renderer/features/import/x.ts', "import { phoneLabels } from '../../../shared/models/contact';", false],
  ['renderer/features/import/x.ts', "import { phoneLabels } from '../../../shared/models/contact-fields';", true],
  ['renderer/features/wizard/x.ts', "import { twilioEdges } from '../../../shared/models/twilio-setup';", false],
  ['renderer/features/wizard/x.ts', "import type { SetupState } from '../../../shared/models/twilio-setup';", true],
  ['renderer/features/wizard/x.ts', "import { twilioEdges } from '../../../shared/models/twilio-setup-names';", true],
  ['renderer/ipc/x.ts', "import { invokeChannels } from '../../shared/contract/invoke-channels';", false],
  ['renderer/stores/x/x.test.ts', "import { ok } from '../../../shared/result';", true],
  ['shared/models/x.ts', "import 'react';", false],
  ['shared/models/x.ts', "import { join } from 'node:path';", false],
  ['shared/models/x.ts', "import 'electron';", false],
  ['shared/models/x.ts', "import { z } from 'zod';", true],
  ['electron/sip/x.ts', "import { app } from 'electron';", false],
  ['electron/media/x.ts', "import { app } from 'electron';", false],
  ['electron/twilio/x.ts', "import { app } from 'electron';", false],
  ['electron/db/x.ts', "import { app } from 'electron';", false],
  ['electron/services/x.ts', "import { app } from 'electron';", false],
  ['electron/db/x.ts', "import { readFileSync } from 'node:fs';", true],
  ['electron/sip/x.ts', "import { useStore } from '../../renderer/stores/x';", false],
  ['electron/windows/x.ts', "import { BrowserWindow } from 'electron';", true],
  ['electron/bootstrap.ts', "import { app } from 'electron';", true],
  ['electron/start-failure/x.ts', "import { app } from 'electron';", false],
  ['electron/secrets/x.ts', "import { safeStorage } from 'electron';", true],
  ['e2e/browser-shell/x.ts', "import { app } from 'electron';", false],
];

describe('import rules', () => {
  it.each(cases)('%s: %s is %s', async (file, source, allowed) => {
    const errors = await importErrors(file, source);
    if (allowed) expect(errors).toEqual([]);
    else expect(errors.length).toBeGreaterThan(0);
  });
});
