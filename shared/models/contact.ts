import { z } from 'zod';
import { wordsSchema } from '../result';

import { phoneLabels } from './contact-fields';

export * from './contact-fields';

export const contactIdSchema = z.string().uuid('Expected a contact id');

export const contactPhoneSchema = z.strictObject({
  label: z.enum(phoneLabels),
  /** As the person typed or imported it. */
  number: z.string().trim().min(1, 'Enter a number').max(64),
});

/** What the renderer sends to create or change a contact; main normalises every number to E.164. */
export const contactDraftSchema = z.strictObject({
  name: z.string().trim().min(1, 'Give the contact a name').max(200),
  organisation: z.string().max(200),
  phones: z.array(contactPhoneSchema).max(20),
  sipAddresses: z
    .array(
      z
        .string()
        .max(320)
        .regex(/^(sips?:)?[^@\s]+@[A-Za-z0-9.-]+$/, 'A SIP address looks like alice@example.com'),
    )
    .max(20),
  emails: z.array(z.string().max(320).email('That e-mail address looks wrong')).max(20),
  notes: z.string().max(10_000),
  favourite: z.boolean(),
});
export type ContactDraft = z.infer<typeof contactDraftSchema>;

export const contactSchema = contactDraftSchema.extend({
  id: contactIdSchema,
  phones: z.array(contactPhoneSchema.extend({ e164: z.string().max(20).nullable() })).max(20),
});
export type Contact = z.infer<typeof contactSchema>;

/** One row of the contacts list. */
export const contactListItemSchema = z.strictObject({
  id: contactIdSchema,
  name: z.string().max(200),
  organisation: z.string().max(200),
  favourite: z.boolean(),
  primaryNumber: z.string().max(64).nullable(),
});
export type ContactListItem = z.infer<typeof contactListItemSchema>;

export const importFormats = ['vcard', 'csv'] as const;
export type ImportFormat = (typeof importFormats)[number];

export const importReportSchema = z.strictObject({
  imported: z.number().int().nonnegative(),
  merged: z.number().int().nonnegative(),
  /** Each entry left out of the file, or shortened: where it is (card 3, row 7, a name), and why in a sentence or two. */
  skipped: z.array(z.strictObject({ item: wordsSchema, reason: z.array(wordsSchema).min(1).max(2) })).max(1000),
});
export type ImportReport = z.infer<typeof importReportSchema>;
