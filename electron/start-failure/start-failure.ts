import type { LogFields } from '../logging/logger';
import { missingModuleName, nativeModuleName } from './failed-module-name';

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

const reinstallKeepsData = 'Reinstall Dialtone to repair it; your contacts, call history and settings are kept.';

/**
 * Turns whatever stopped Dialtone from starting into a dialog that says what happened and what to
 * do. logFile is where the start failure was written, for the cases with no better advice.
 */
export function describeStartFailure(error: unknown, logFile: string): StartFailure {
  const shape = shapeOf(error);
  // By name, not instanceof: the bootstrap must not load the database code whose failure it reports.
  if (shape.name === 'DatabaseOpenError') {
    // Its message already says what happened to the file and what to do.
    return failure('database', 'Dialtone cannot open its data', shape.message, shape);
  }
  if (shape.code === 'ERR_MODULE_NOT_FOUND' || shape.code === 'MODULE_NOT_FOUND') {
    const module = missingModuleName(shape.message);
    const part = module === undefined ? 'a part of it is' : `a part of it, "${module}", is`;
    return failure(
      'missing-module',
      'Dialtone is not installed completely',
      `Dialtone cannot start because ${part} missing from its installation. ${reinstallKeepsData}`,
      shape,
      module,
    );
  }
  if (shape.code === 'ERR_DLOPEN_FAILED') {
    const module = nativeModuleName(shape.message);
    const named = module === undefined ? 'one of its native modules' : `its native module "${module}"`;
    return failure(
      'native-module',
      'Dialtone cannot load one of its parts',
      `Dialtone cannot start because ${named} was built for a different version of Electron, or for ` +
        `another system, or is damaged. ${reinstallKeepsData} If this keeps happening, report it to the ` +
        `Dialtone developers${module === undefined ? '' : ` and mention "${module}"`}.`,
      shape,
      module,
    );
  }
  return failure(
    'unexpected',
    'Dialtone could not start',
    `Something went wrong while starting Dialtone (${shape.code ?? shape.name}). Restart it; if this keeps ` +
      `happening, reinstall Dialtone, or report the problem with the log at ${logFile}.`,
    shape,
  );
}
