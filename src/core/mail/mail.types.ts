/**
 * Mails the service sends to its own team. They carry counts, dates, case ids and links —
 * never names, addresses, birth dates or file numbers (social data does not travel by e-mail).
 */
export type MailKind = 'alert' | 'digest' | 'test' | 'storage';

export interface OutgoingMail {
  kind: MailKind;
  subject: string;
  text: string;
}

export interface SendResult {
  /** True when the SMTP server accepted it; false when it was written to the outbox instead. */
  delivered: boolean;
  /** File name (no path) of the .eml in the outbox, when not delivered. */
  outboxFile?: string;
}

/** The mail port: SMTP with the outbox folder as fallback (src/adapters/mail.adapter.ts). */
export interface Mailer {
  /** Never throws for a failing server: the mail then waits in the outbox. */
  send(mail: OutgoingMail): Promise<SendResult>;
  /** Tries to deliver what waits in the outbox (no-op without SMTP). */
  flushOutbox(): Promise<{ delivered: number; waiting: number }>;
  /** Whether an SMTP server is configured at all. */
  readonly smtpConfigured: boolean;
  close(): Promise<void>;
}

/** A case as an alert or digest lists it: id, state and its nearest open deadline. */
export interface MailCase {
  id: string;
  needsReview: boolean;
  nextDeadline: { kind: string; date: string; estimated: boolean } | null;
}

export interface DigestInput {
  /** Today, ISO date (the server's local day). */
  today: string;
  /** Deadlines of open cases from today to today + window, nearest first. */
  dueSoon: { caseId: string; kind: string; date: string; estimated: boolean }[];
  windowDays: number;
  /** Open cases flagged for review, most urgent first. */
  needsReview: MailCase[];
  /** Failed files nobody has dismissed yet. */
  failedFiles: number;
  /** Letters ready but not yet printed. */
  unprintedLetters: number;
}
