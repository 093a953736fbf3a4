import { z } from 'zod';

/**
 * The public contract of `intake extract --json` (one object per line) and the shape of
 * the samples' ground truth (`fields`). Every field is `null` when the document does not
 * carry it, or a reading with confidence and position.
 */
export const DOCUMENT_TYPES = ['court_notice', 'hearing_summons', 'eviction_notice', 'judgment', 'other'] as const;
export const documentTypeSchema = z.enum(DOCUMENT_TYPES);
export type DocumentType = z.infer<typeof documentTypeSchema>;

export const bboxSchema = z.tuple([z.number(), z.number(), z.number(), z.number()]);
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Datum im Format JJJJ-MM-TT');
export const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Uhrzeit im Format HH:MM');
export const centsSchema = z.number().int().nonnegative();

export const tenantSchema = z.object({
  name: z.string().min(1),
  birthDate: isoDateSchema.nullable(),
});
export type Tenant = z.infer<typeof tenantSchema>;

export const addressSchema = z.object({
  street: z.string().min(1),
  houseNumber: z.string().min(1),
  postalCode: z.string().regex(/^\d{5}$/, 'fünfstellige Postleitzahl'),
  city: z.string().min(1),
  addition: z.string().nullable(),
});
export type Address = z.infer<typeof addressSchema>;

export const hearingSchema = z.object({
  date: isoDateSchema,
  time: timeSchema.nullable(),
  room: z.string().nullable(),
});
export type Hearing = z.infer<typeof hearingSchema>;

export const evictionDateSchema = z.object({
  date: isoDateSchema,
  time: timeSchema.nullable(),
});
export type EvictionDate = z.infer<typeof evictionDateSchema>;

export const judgmentKindSchema = z.enum(['raeumungsurteil', 'versaeumnisurteil', 'anerkenntnisurteil']);

/** Value schemas per field: the same schemas validate a worker's correction in the UI. */
export const fieldValueSchemas = {
  court: z.string().regex(/^Amtsgericht \S.*$/, 'Form „Amtsgericht Ort“'),
  fileNumber: z.string().min(3),
  relatedFileNumbers: z.array(z.string().min(3)),
  tenants: z.array(tenantSchema).min(1),
  address: addressSchema,
  landlord: z.string().min(1),
  claimReceived: isoDateSchema,
  claimServed: isoDateSchema,
  monthlyRent: centsSchema,
  arrears: centsSchema,
  hearing: hearingSchema,
  evictionDate: evictionDateSchema,
  judgmentKind: judgmentKindSchema,
  judgmentDate: isoDateSchema,
  vacateDeadline: isoDateSchema,
  ordinaryTermination: z.boolean(),
} as const;

export type FieldName = keyof typeof fieldValueSchemas;
export const FIELD_NAMES = Object.keys(fieldValueSchemas) as FieldName[];
export type FieldValue<K extends FieldName> = z.infer<(typeof fieldValueSchemas)[K]>;

function reading<T extends z.ZodType>(value: T) {
  return z
    .object({
      value,
      confidence: z.number().min(0).max(1),
      page: z.number().int().positive(),
      bbox: bboxSchema.nullable(),
    })
    .nullable();
}

export const fieldsSchema = z.object({
  court: reading(fieldValueSchemas.court),
  fileNumber: reading(fieldValueSchemas.fileNumber),
  relatedFileNumbers: reading(fieldValueSchemas.relatedFileNumbers),
  tenants: reading(fieldValueSchemas.tenants),
  address: reading(fieldValueSchemas.address),
  landlord: reading(fieldValueSchemas.landlord),
  claimReceived: reading(fieldValueSchemas.claimReceived),
  claimServed: reading(fieldValueSchemas.claimServed),
  monthlyRent: reading(fieldValueSchemas.monthlyRent),
  arrears: reading(fieldValueSchemas.arrears),
  hearing: reading(fieldValueSchemas.hearing),
  evictionDate: reading(fieldValueSchemas.evictionDate),
  judgmentKind: reading(fieldValueSchemas.judgmentKind),
  judgmentDate: reading(fieldValueSchemas.judgmentDate),
  vacateDeadline: reading(fieldValueSchemas.vacateDeadline),
  ordinaryTermination: reading(fieldValueSchemas.ordinaryTermination),
});
export type Fields = z.infer<typeof fieldsSchema>;
export type Reading<K extends FieldName> = NonNullable<Fields[K]>;

export const warningSchema = z.object({
  code: z.string(),
  message: z.string(),
  field: z.string().nullable(),
});
export type ExtractionWarning = z.infer<typeof warningSchema>;

export const extractionResultSchema = z.object({
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  documentType: documentTypeSchema,
  /** First and last page of this document in the file (1-based, inclusive). */
  pages: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  text: z.object({
    source: z.enum(['text-layer', 'ocr', 'mixed']),
    confidence: z.number().min(0).max(1),
  }),
  fields: fieldsSchema,
  warnings: z.array(warningSchema),
});
export type ExtractionResult = z.infer<typeof extractionResultSchema>;

export const extractionErrorLineSchema = z.object({
  file: z.string(),
  error: z.object({ code: z.string(), message: z.string() }),
});

export function emptyFields(): Fields {
  return Object.fromEntries(Object.keys(fieldsSchema.shape).map((k) => [k, null])) as Fields;
}
