import type { ErrorCode } from '../../shared/result';

/** An expected failure inside the main process; the IPC boundary turns it into an error Result. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppFailure';
  }
}
