import type { InvokeOutput } from '../../../shared/contract/invoke-channels';
import type { ImportFormat, ImportReport } from '../../../shared/models/contact';
import { invoke } from '../../ipc/bridge';
import { busy, failed, idle, type ChangeStatus, type ContactsSliceCreator } from './contacts-store-types';
import { importFormatOf } from './import-format';

export type ImportPreview = InvokeOutput<'contacts:import-preview'>;

export interface ImportFile {
  name: string;
  format: ImportFormat;
  content: string;
}

/** Where the import dialog is: choosing a file, reading it, showing what it holds, importing, done. */
export type ImportStep =
  | { step: 'closed' }
  | { step: 'choose'; problem: string | null }
  | { step: 'reading'; fileName: string }
  | { step: 'preview'; file: ImportFile; preview: ImportPreview; problem: string | null }
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

export const createContactsImportSlice: ContactsSliceCreator<ContactsImportSlice> = (set, get) => ({
  ...initialContactsImportState,

  openImport: () => set({ importStep: { step: 'choose', problem: null } }),

  closeImport: () => set({ importStep: { step: 'closed' } }),

  refuseFile: (problem) => set({ importStep: { step: 'choose', problem } }),

  async previewFile(name, content) {
    const format = importFormatOf(name, content);
    if (!format) {
      return get().refuseFile(
        `${name} is neither a vCard (.vcf) nor a CSV file. Export your contacts in one of those formats and choose that file.`,
      );
    }
    set({ importStep: { step: 'reading', fileName: name } });
    const result = await invoke('contacts:import-preview', { format, content });
    if (get().importStep.step !== 'reading') return;
    if (!result.ok) return set({ importStep: { step: 'choose', problem: result.error.message } });
    set({ importStep: { step: 'preview', file: { name, format, content }, preview: result.value, problem: null } });
  },

  async runImport() {
    const current = get().importStep;
    if (current.step !== 'preview') return;
    const { file, preview } = current;
    set({ importStep: { step: 'importing', file, preview } });
    const result = await invoke('contacts:import', { format: file.format, content: file.content });
    if (get().importStep.step !== 'importing') return;
    if (!result.ok) return set({ importStep: { step: 'preview', file, preview, problem: result.error.message } });
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
