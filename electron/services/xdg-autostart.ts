import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import type { Logger } from '../logging/logger';
import type { LoginItem } from './settings-service';

export const autostartFileName = 'dialtone.desktop';

/** $XDG_CONFIG_HOME/autostart, or ~/.config/autostart when it is unset or not absolute (the spec says to ignore it then). */
export function autostartDir(env: Record<string, string | undefined>, home = homedir()): string {
  const configHome = env.XDG_CONFIG_HOME;
  return join(configHome && isAbsolute(configHome) ? configHome : join(home, '.config'), 'autostart');
}

// Desktop Entry spec, "The Exec key": an argument holding any of these must be double-quoted.
const reservedInExec = /[\s"'\\><~|&;$*?#()`]/;

/**
 * One Exec argument, quoted per the Desktop Entry spec: inside quotes " ` $ \ take a backslash; % is
 * doubled (field codes); then the value itself is escaped as a string, which doubles every backslash again.
 */
export function execArgument(argument: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (/[\u0000-\u001f\u007f]/.test(argument)) {
    throw new Error('The path of Dialtone contains a control character, which a desktop entry cannot hold');
  }
  const noFieldCodes = argument.replaceAll('%', '%%');
  const quoted = reservedInExec.test(argument) ? `"${noFieldCodes.replace(/["`$\\]/g, '\\$&')}"` : noFieldCodes;
  return quoted.replaceAll('\\', '\\\\');
}

/** The autostart entry for the executable; --hidden is not passed: Dialtone starts as it always does. */
export function autostartEntry(executable: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Dialtone',
    'Comment=Call and be called on a real phone number from your computer',
    `Exec=${execArgument(executable)}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/**
 * Start at login on Linux through an XDG autostart entry (freedesktop.org Desktop Application
 * Autostart spec): writing the file turns it on, removing it turns it off. Both are idempotent. A
 * folder that cannot be written is logged with what to do and never breaks the settings change.
 */
export function createXdgAutostart(options: { dir: string; executable: string; logger: Logger }): LoginItem {
  const { dir, executable, logger } = options;
  const file = join(dir, autostartFileName);
  return {
    supported: true,
    apply(startAtLogin) {
      try {
        if (startAtLogin) {
          const entry = autostartEntry(executable);
          mkdirSync(dir, { recursive: true });
          writeFileSync(file, entry, { mode: 0o644 });
        } else {
          rmSync(file, { force: true });
        }
      } catch (error) {
        logger.error('Start at login could not be changed: check that this folder exists and can be written', {
          file,
          startAtLogin,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    },
  };
}
