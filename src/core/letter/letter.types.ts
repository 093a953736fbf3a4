import type { Address, Hearing, Tenant } from '../extraction.schema.js';

/** The service that sends the letter; comes from configuration, never from code. */
export interface SenderDetails {
  name: string;
  department?: string;
  street: string;
  postalCode: string;
  city: string;
  phone: string;
  email: string;
  officeHours: string;
  contactPerson: string;
  logoPath?: string | null;
}

export interface LetterModel {
  caseId: string;
  /** ISO date of the letter (JJJJ-MM-TT). */
  date: string;
  tenants: Tenant[];
  address: Address | null;
  hearing: Hearing | null;
  court: string | null;
  sender: SenderDetails;
}

export type LetterLanguage = 'de' | 'en';

/** One block of the letter body: a paragraph (lines kept or flowed) or a bullet list. */
export type LetterBlock = { kind: 'paragraph'; lines: string[] } | { kind: 'list'; items: string[] };

/** Everything the PDF renderer needs; contains no template syntax any more. */
export interface LetterContent {
  caseId: string;
  variant: string;
  language: LetterLanguage;
  /** One line, small print above the address (sender only, nothing about the case). */
  returnAddress: string;
  /** Up to 6 lines, no blank lines. */
  recipientLines: string[];
  /** Label/value pairs for the information block (date, reference = case id, contact, phone). */
  infoBlock: { label: string; value: string }[];
  subject: string;
  blocks: LetterBlock[];
  /** Footer lines with the sender's contact details. */
  footer: string[];
  logoPath: string | null;
  /** Set while the sender is still the example of a fresh install: printed large on every page ("MUSTER – nicht versenden"). */
  draftMark?: string;
}
