/** Ground-truth files: the `fields` of `intake extract --json` with plain values instead of readings. */
import { z } from 'zod';
import { documentTypeSchema, fieldValueSchemas } from '../../src/core/extraction.schema.js';

export const PROFILES = ['text-pdf', 'gray-300', 'fax-200', 'skew', 'upside-down', 'photo', 'multi-pdf', 'multi-tiff'] as const;
export const profileSchema = z.enum(PROFILES);
export type Profile = z.infer<typeof profileSchema>;

export const splitSchema = z.enum(['tune', 'heldout']);
export const layoutSchema = z.enum(['labelled', 'prose', 'table']);

const f = fieldValueSchemas;
export const truthFieldsSchema = z
  .object({
    court: f.court.nullable(),
    fileNumber: f.fileNumber.nullable(),
    relatedFileNumbers: f.relatedFileNumbers.nullable(),
    tenants: f.tenants.nullable(),
    address: f.address.nullable(),
    landlord: f.landlord.nullable(),
    claimReceived: f.claimReceived.nullable(),
    claimServed: f.claimServed.nullable(),
    monthlyRent: f.monthlyRent.nullable(),
    arrears: f.arrears.nullable(),
    hearing: f.hearing.nullable(),
    evictionDate: f.evictionDate.nullable(),
    judgmentKind: f.judgmentKind.nullable(),
    judgmentDate: f.judgmentDate.nullable(),
    vacateDeadline: f.vacateDeadline.nullable(),
    ordinaryTermination: f.ordinaryTermination.nullable(),
  })
  .strict();
export type TruthFields = z.infer<typeof truthFieldsSchema>;

export const truthSchema = z
  .object({
    id: z.string().regex(/^doc-\d{3}$/),
    file: z.string().min(1),
    documentType: documentTypeSchema,
    split: splitSchema,
    profile: profileSchema,
    layout: layoutSchema,
    pages: z.number().int().positive(),
    fields: truthFieldsSchema,
    pageTexts: z.array(z.string().min(1)).min(1),
  })
  .strict()
  .refine((t) => t.pageTexts.length === t.pages, { message: 'one text per page' });
export type Truth = z.infer<typeof truthSchema>;

export const manifestEntrySchema = z
  .object({
    id: z.string(),
    file: z.string(),
    truth: z.string(),
    type: documentTypeSchema,
    layout: layoutSchema,
    profile: profileSchema,
    split: splitSchema,
    pages: z.number().int().positive(),
    coverLetter: z.boolean(),
    tenants: z.number().int().positive(),
    hearing: z.boolean(),
  })
  .strict();
export const manifestSchema = z.object({ seed: z.number().int(), count: z.number().int(), documents: z.array(manifestEntrySchema) }).strict();
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;
export type Manifest = z.infer<typeof manifestSchema>;
