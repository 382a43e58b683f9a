/*
 * Contact field names without zod: the renderer's main bundle uses these lists, the schemas in
 * contact.ts are built from them.
 */

export const phoneLabels = ['mobile', 'work', 'home', 'main', 'fax', 'other'] as const;
export type PhoneLabel = (typeof phoneLabels)[number];

/**
 * The contact fields a CSV column can be pointed at (the `columns` of contacts:import-preview and
 * contacts:import: our field -> the header of their column), in the order the import dialog offers them.
 */
export const csvColumnFields = [
  'name',
  'firstName',
  'middleName',
  'lastName',
  'organisation',
  ...phoneLabels,
  'email',
  'sipAddress',
  'notes',
] as const;
export type CsvColumnField = (typeof csvColumnFields)[number];
