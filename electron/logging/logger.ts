export type LogFields = Record<string, string | number | boolean | null | undefined>;

/** Injected everywhere below the shells; engines never use console directly. */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  child(scope: string): Logger;
}

type Level = 'debug' | 'info' | 'warn' | 'error';
export type LogRecord = { level: Level; scope: string; message: string; fields?: LogFields };

export function createLogger(write: (record: LogRecord) => void, scope = 'dialtone'): Logger {
  const at = (level: Level) => (message: string, fields?: LogFields) =>
    write(fields ? { level, scope, message, fields } : { level, scope, message });
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (child) => createLogger(write, `${scope}.${child}`),
  };
}

/** One JSON line per record on stderr: what both shells use. */
export function createStderrLogger(minimum: Level = 'info'): Logger {
  const order: Level[] = ['debug', 'info', 'warn', 'error'];
  return createLogger((record) => {
    if (order.indexOf(record.level) < order.indexOf(minimum)) return;
    process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), ...record })}\n`);
  });
}

export function createMemoryLogger(): Logger & { records: LogRecord[] } {
  const records: LogRecord[] = [];
  return Object.assign(
    createLogger((record) => records.push(record)),
    { records },
  );
}
