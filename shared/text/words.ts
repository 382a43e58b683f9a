import { callsWords } from './calls-words';
import { contactsWords } from './contacts-words';
import { generalWords } from './general-words';
import { inboxWords } from './inbox-words';
import { officeWords } from './office-words';
import { setupWords } from './setup-words';
import { teamWords } from './team-words';

/*
 * The sentences main says to a person, in English: one table per area. Main sends them as Words (an
 * id and its values) beside the English, and the renderer shows the id's translation from its
 * 'words.<area>' catalogues, whose English these tables are. Arguments are plain {name} only (no
 * plural or select), so main can write the English without a message formatter. A value named
 * {country} is a region code (US, DE): each language names the country itself. No zod here: the
 * renderer imports this file.
 */
export const wordsEnglish = {
  general: generalWords,
  contacts: contactsWords,
  team: teamWords,
  office: officeWords,
  inbox: inboxWords,
  calls: callsWords,
  setup: setupWords,
} as const;

type English = typeof wordsEnglish;
export type WordsArea = keyof English;

/** 'area.key', checked by the compiler. */
export type WordsId = { [A in WordsArea]: `${A}.${keyof English[A] & string}` }[WordsArea];

export type WordsValues = Readonly<Record<string, string | number>>;

/** A sentence main says, by id, with what fills its arguments. */
export interface Words {
  id: WordsId;
  values?: WordsValues;
}

export function words(id: WordsId, values?: WordsValues): Words {
  return values ? { id, values } : { id };
}

function englishMessageOf(id: string): string | undefined {
  const [area = '', key = ''] = id.split('.', 2);
  const tables: Readonly<Record<string, Readonly<Record<string, string>>>> = wordsEnglish;
  const table = Object.hasOwn(tables, area) ? tables[area] : undefined;
  return table && Object.hasOwn(table, key) ? table[key] : undefined;
}

export const isWordsId = (id: string): id is WordsId => englishMessageOf(id) !== undefined;

const englishRegions = new Intl.DisplayNames(['en'], { type: 'region' });

export function englishRegionName(code: string): string {
  try {
    return englishRegions.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The English a person would read: main's message, its logs and the renderer's fallback. */
export function inEnglish({ id, values = {} }: Words): string {
  const message = englishMessageOf(id) ?? id;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(values, name)) return whole;
    const value = String(values[name]);
    return name === 'country' ? englishRegionName(value) : value;
  });
}
