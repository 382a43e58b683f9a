import type { AppLanguage } from '../../shared/models/language';
import type { LogFields } from '../logging/logger';
import { missingModuleName, nativeModuleName } from './failed-module-name';
import { startFailureText } from './start-failure-text';

export type StartFailureKind = 'missing-module' | 'native-module' | 'database' | 'unexpected';

/** What the start-failure dialog says, and what the log keeps of the error. */
export interface StartFailure {
  kind: StartFailureKind;
  title: string;
  message: string;
  /** Error names, codes and module names only: an error's own message may hold credentials. */
  fields: LogFields;
}

interface ErrorShape {
  name: string;
  message: string;
  code: string | undefined;
  stack: string | undefined;
}

function shapeOf(error: unknown): ErrorShape {
  if (typeof error !== 'object' || error === null) {
    return { name: typeof error, message: '', code: undefined, stack: undefined };
  }
  const { name, message, code, stack } = error as Partial<Record<keyof ErrorShape, unknown>>;
  return {
    name: typeof name === 'string' ? name : 'Error',
    message: typeof message === 'string' ? message : '',
    code: typeof code === 'string' ? code : undefined,
    stack: typeof stack === 'string' ? stack : undefined,
  };
}

/** Only the "at ..." lines: code locations, without the message that heads the stack. */
function stackFrames(stack: string | undefined): string | undefined {
  const frames = stack
    ?.split('\n')
    .filter((line) => /^\s+at /.test(line))
    .map((line) => line.trim());
  return frames?.length ? frames.join('\n') : undefined;
}

function failure(
  kind: StartFailureKind,
  title: string,
  message: string,
  error: ErrorShape,
  module?: string,
): StartFailure {
  return {
    kind,
    title,
    message,
    fields: { kind, error: error.name, code: error.code, module, stack: stackFrames(error.stack) },
  };
}

/** A database refusal in `language`, from the facts open-database.ts gives it; undefined when they are not there. */
function databaseMessage(error: unknown, language: AppLanguage): string | undefined {
  const facts: unknown = (error as { facts?: unknown }).facts;
  if (typeof facts !== 'object' || facts === null) return undefined;
  const { file, version, known, cause, detail } = facts as Partial<Record<string, unknown>>;
  if (typeof file !== 'string') return undefined;
  const text = startFailureText(language);
  if (typeof version === 'number' && typeof known === 'number') return text.databaseTooNew(file, version, known);
  if (cause === 'not-sqlite' || cause === 'damaged-pages') return text.databaseUnreadable(file, { cause });
  if (cause === 'bad-version' && typeof version === 'number') return text.databaseUnreadable(file, { cause, version });
  if (cause === 'sqlite' && typeof detail === 'string') return text.databaseUnreadable(file, { cause, detail });
  return undefined;
}

/**
 * Turns whatever stopped Dialtone from starting into a dialog that says what happened and what to
 * do, in the language given. logFile is where the start failure was written, for the cases with no
 * better advice.
 */
export function describeStartFailure(error: unknown, logFile: string, language: AppLanguage): StartFailure {
  const shape = shapeOf(error);
  const text = startFailureText(language);
  // By name, not instanceof: the bootstrap must not load the database code whose failure it reports.
  if (shape.name === 'DatabaseOpenError') {
    // Said from its facts in the dialog's language; its English message says the same, for one without them.
    return failure('database', text.databaseTitle, databaseMessage(error, language) ?? shape.message, shape);
  }
  if (shape.code === 'ERR_MODULE_NOT_FOUND' || shape.code === 'MODULE_NOT_FOUND') {
    const module = missingModuleName(shape.message);
    return failure('missing-module', text.missingTitle, text.missing(module), shape, module);
  }
  if (shape.code === 'ERR_DLOPEN_FAILED') {
    const module = nativeModuleName(shape.message);
    return failure('native-module', text.nativeTitle, text.native(module), shape, module);
  }
  return failure('unexpected', text.unexpectedTitle, text.unexpected(shape.code ?? shape.name, logFile), shape);
}
