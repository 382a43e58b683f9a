import type { Words } from '../text/words';

/*
 * The office trunk's names, without zod: the renderer's main bundle uses these lists, the schemas in
 * office-trunk.ts are built from them.
 */

export const officePbxKinds = ['asterisk', 'freeswitch', 'bigbluebutton'] as const;
export type OfficePbxKind = (typeof officePbxKinds)[number];

export const officeTrunkTaskIds = [
  'trunk',
  'origination',
  'credentials',
  'ip-access',
  'termination-auth',
  'number',
] as const;
export type OfficeTrunkTaskId = (typeof officeTrunkTaskIds)[number];

/** The names the generators give their files, so a request to save one can name nothing else. */
export const officeConfigFileNames = [
  'pjsip.conf',
  'extensions.conf',
  'twilio-trunk.xml',
  'twilio-dial-in.xml',
  'firewall-notes.txt',
] as const;

/** Where a password goes in a file the app shows; main writes the real one when the file is saved. */
export const configPasswordPlaceholder = 'PASSWORD-WRITTEN-BY-DIALTONE';

/** A text of the office's in paragraphs of lines (the firewall notes), each line a sentence main says. */
export type OfficeNotes = readonly (readonly Words[])[];

/** The notes as one text: `say` writes each sentence, in English in main, in the person's language in the app. */
export function officeNotesText(notes: OfficeNotes, say: (line: Words) => string): string {
  return `${notes.map((paragraph) => paragraph.map(say).join('\n')).join('\n\n')}\n`;
}
