import type { InvokeInput, InvokeOutput } from '../../../shared/contract/invoke-channels';
import type { ImportFormat, ImportReport } from '../../../shared/models/contact';
import type { Result } from '../../../shared/result';
import { invoke } from '../../ipc/bridge';
import { busy, failed, idle, type ChangeStatus, type ContactsSliceCreator } from './contacts-store-types';
import { importFormatOf } from './import-format';
import { translate } from '../../i18n/translate';

export type ImportPreview = InvokeOutput<'contacts:import-preview'>;

export interface ImportFile {
  name: string;
  format: ImportFormat;
  content: string;
  /** The person's choice of column per field (CSV): field -> header cell. Empty: main detects them all. */
  columns: Record<string, string>;
}

/**
 * Where the import dialog is: choosing a file, reading it, showing what it holds, importing, done. A CSV file
 * main refused (no header it recognises, say) waits in `columns` for the person to say which column holds what;
 * `checking` is a preview with their new choice on its way.
 */
export type ImportStep =
  | { step: 'closed' }
  | { step: 'choose'; problem: string | null }
  | { step: 'reading'; fileName: string }
  | { step: 'columns'; file: ImportFile; problem: string; checking: boolean }
  | { step: 'preview'; file: ImportFile; preview: ImportPreview; problem: string | null; checking: boolean }
  | { step: 'importing'; file: ImportFile; preview: ImportPreview }
  | { step: 'done'; fileName: string; report: ImportReport };

export interface ContactsImportState {
  importStep: ImportStep;
  exportStatus: ChangeStatus;
}

export interface ContactsImportActions {
  openImport(): void;
  closeImport(): void;
  /** A file that cannot be imported as it is (too large, say): back to choosing, saying why. */
  refuseFile(problem: string): void;
  /** A file was chosen: its text goes to main to see what would be imported. Nothing is saved yet. */
  previewFile(name: string, content: string): Promise<void>;
  /** The person chose columns for the CSV file (only the fields they set): previews it again with them. */
  chooseColumns(columns: Record<string, string>): Promise<void>;
  /** Imports the previewed file in one go. */
  runImport(): Promise<void>;
  /** Every contact as one vCard file's text, or null when main refused (exportStatus says why). */
  exportVcard(): Promise<string | null>;
}

export type ContactsImportSlice = ContactsImportState & ContactsImportActions;

export const initialContactsImportState: ContactsImportState = {
  importStep: { step: 'closed' },
  exportStatus: idle,
};

const fileInput = ({ format, content, columns }: ImportFile): InvokeInput<'contacts:import'> =>
  Object.keys(columns).length > 0 ? { format, content, columns } : { format, content };

/** The step a preview answer leads to: the preview, or for a CSV file main refused, choosing its columns. */
function afterPreview(file: ImportFile, result: Result<ImportPreview>): ImportStep {
  if (result.ok) return { step: 'preview', file, preview: result.value, problem: null, checking: false };
  if (file.format === 'csv') return { step: 'columns', file, problem: result.error.message, checking: false };
  return { step: 'choose', problem: result.error.message };
}

export const createContactsImportSlice: ContactsSliceCreator<ContactsImportSlice> = (set, get) => ({
  ...initialContactsImportState,

  openImport: () => set({ importStep: { step: 'choose', problem: null } }),

  closeImport: () => set({ importStep: { step: 'closed' } }),

  refuseFile: (problem) => set({ importStep: { step: 'choose', problem } }),

  async previewFile(name, content) {
    const format = importFormatOf(name, content);
    if (!format) {
      return get().refuseFile(translate('common.importNotContactsFile', { name }));
    }
    set({ importStep: { step: 'reading', fileName: name } });
    const file: ImportFile = { name, format, content, columns: {} };
    const result = await invoke('contacts:import-preview', fileInput(file));
    if (get().importStep.step !== 'reading') return;
    set({ importStep: afterPreview(file, result) });
  },

  async chooseColumns(columns) {
    const current = get().importStep;
    if (current.step !== 'columns' && current.step !== 'preview') return;
    const file: ImportFile = { ...current.file, columns };
    set({
      importStep:
        current.step === 'columns'
          ? { ...current, file, checking: true }
          : { ...current, file, problem: null, checking: true },
    });
    const result = await invoke('contacts:import-preview', fileInput(file));
    const now = get().importStep;
    // Another choice, another file or a closed dialog since: this answer is stale.
    if ((now.step !== 'columns' && now.step !== 'preview') || now.file !== file) return;
    set({ importStep: afterPreview(file, result) });
  },

  async runImport() {
    const current = get().importStep;
    if (current.step !== 'preview' || current.checking) return;
    const { file, preview } = current;
    set({ importStep: { step: 'importing', file, preview } });
    const result = await invoke('contacts:import', fileInput(file));
    if (get().importStep.step !== 'importing') return;
    if (!result.ok) {
      return set({ importStep: { step: 'preview', file, preview, problem: result.error.message, checking: false } });
    }
    set({ importStep: { step: 'done', fileName: file.name, report: result.value } });
    void get().reloadList();
    void get().loadSuggestions();
  },

  async exportVcard() {
    set({ exportStatus: busy });
    const result = await invoke('contacts:export-vcard');
    if (!result.ok) {
      set({ exportStatus: failed(result.error.message) });
      return null;
    }
    set({ exportStatus: idle });
    return result.value.vcard;
  },
});
