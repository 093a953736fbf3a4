import type { Gazetteer } from '../core/gazetteer.js';
import { z } from 'zod';

const intFrom = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const bool = z.union([z.boolean(), z.enum(['true', 'false', '1', '0', 'yes', 'no', 'ja', 'nein'])]).transform((v) =>
  typeof v === 'boolean' ? v : ['true', '1', 'yes', 'ja'].includes(v),
);

export const senderSchema = z.object({
  name: z.string().min(1),
  department: z.string().optional(),
  street: z.string().min(1),
  postalCode: z.string().regex(/^\d{5}$/),
  city: z.string().min(1),
  phone: z.string().min(1),
  email: z.string().email(),
  officeHours: z.string().min(1),
  contactPerson: z.string().min(1),
  logoPath: z.string().nullable().optional(),
});
export type SenderConfig = z.infer<typeof senderSchema>;

export const gazetteerSchema = z.object({
  courts: z.array(z.string().min(1)),
  towns: z.array(z.object({ name: z.string().min(1), postalCodes: z.array(z.string().regex(/^\d{5}$/)) })),
});

/**
 * The whole configuration. Every key has a default that works with zero setup;
 * `SETTINGS` below maps each key to its environment variable and CLI flag.
 */
export const configSchema = z.object({
  watchDir: z.string().min(1),
  dataDir: z.string().min(1),
  host: z.string().min(1),
  port: intFrom(1, 65535),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  watch: z.object({
    polling: bool,
    pollIntervalMs: intFrom(100, 600_000),
    stableMs: intFrom(0, 600_000),
    rescanIntervalMs: intFrom(1_000, 86_400_000),
    subfolders: z.enum(['process', 'ignore']),
    /** How often to check that the watch folder is there and usable (backs off up to 30 s while it is not). */
    checkIntervalMs: intFrom(100, 600_000),
  }),
  ocr: z.object({
    workers: intFrom(1, 64),
    maxPages: intFrom(1, 10_000),
    maxPixels: intFrom(1_000_000, 2_000_000_000),
    pageTimeoutMs: intFrom(1_000, 3_600_000),
    recycleAfterPages: intFrom(1, 1_000_000),
    maxFileBytes: intFrom(1, 2_000_000_000),
  }),
  pipeline: z.object({
    maxAttempts: intFrom(1, 100),
    retryBaseMs: intFrom(10, 3_600_000),
  }),
  match: z.object({
    joinThreshold: z.coerce.number().min(0).max(1),
    reviewThreshold: z.coerce.number().min(0).max(1),
    earlierCaseYears: intFrom(0, 20),
  }),
  deadlines: z.object({
    serviceEstimateDays: intFrom(0, 120),
  }),
  letters: z.object({
    templatesDir: z.string().min(1),
    defaultVariant: z.string().min(1),
  }),
  sender: senderSchema,
  gazetteer: gazetteerSchema,
  /** E-mail alerts and the daily digest (counts, deadlines and links only — never names, addresses or file numbers). */
  mail: z.object({
    /** smtp://user:pass@host:587 (STARTTLS) or smtps://user:pass@host:465; empty: mails go to <dataDir>/outbox as .eml. */
    smtpUrl: z
      .string()
      .regex(/^smtps?:\/\/[^\s]+$/, 'muss mit smtp:// oder smtps:// beginnen')
      .optional(),
    from: z.string().min(3),
    /** One or more addresses, separated by commas. */
    to: z.string().min(3),
    digestTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Uhrzeit als HH:MM'),
    alertBatchMinutes: intFrom(0, 1440),
    baseUrl: z.string().regex(/^https?:\/\/[^\s]+$/, 'muss mit http:// oder https:// beginnen'),
  }),
  retention: z.object({
    /** Personal data of cases closed longer ago than this is purged (`intake purge`). */
    years: z.coerce.number().min(0.1).max(100),
  }),
  report: z.object({
    /** Counts below this are suppressed or merged in the evaluation report. */
    minCount: intFrom(1, 100),
  }),
  /** Storage faults and backups (README: "Speicherfehler, /health und intake status", "Sicherung"). */
  storage: z.object({
    /** Below this much free space on the data folder's disk the service does not start, and a paused intake does not resume. */
    minFreeMb: z.coerce.number().min(0).max(1_000_000),
    /** First re-check of a storage fault after this many ms, doubling up to retryMaxMs. */
    retryBaseMs: intFrom(10, 3_600_000),
    retryMaxMs: intFrom(10, 86_400_000),
    /** How long a database write waits for another writer before it counts as a storage fault (SQLITE_BUSY). */
    busyTimeoutMs: intFrom(0, 600_000),
  }),
  backup: z.object({
    /** How many backups `intake backup` keeps in the target folder (older ones are removed after a verified new one). */
    keep: intFrom(1, 1000),
  }),
  /** Batch scans: a page carrying this code (QR, see `intake separator-sheet`) separates two documents and is dropped. */
  split: z.object({
    separatorCode: z.string().trim().min(1).max(100),
  }),
});
/** The parsed configuration; the gazetteer carries the country's postal codes, which no file configures. */
export type Config = Omit<z.infer<typeof configSchema>, 'gazetteer'> & { gazetteer: Gazetteer };
