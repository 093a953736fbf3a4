/**
 * First-run setup: the sender details the letters print and the team's mail address. A fresh install
 * carries example values (Musterweg 1, 02261 000000, fachstelle@example.org); a household must never get a
 * letter with them. Until every required sender field differs from the example, letters carry the mark
 * DRAFT_MARK and `intake letters print` refuses. Admins set the details in the web UI (settings page);
 * what they save is kept in SQLite and overrides the config file, the environment and the defaults.
 * The letter and its mark: docs/domain.md, "The first-contact letter".
 */
import { z } from 'zod';
import { IntakeError } from '../core/errors.js';
import { configSchema, senderSchema, type Config, type SenderConfig } from './config.schema.js';

/** Printed on every letter while the sender is still the example. */
export const DRAFT_MARK = 'MUSTER – nicht versenden';

/** The example sender of a fresh install: placeholders, not a real service. */
export const EXAMPLE_SENDER: SenderConfig = {
  name: 'Fachstelle Wohnungssicherung',
  department: 'Prävention von Wohnungslosigkeit',
  street: 'Musterweg 1',
  postalCode: '51643',
  city: 'Gummersbach',
  phone: '02261 000000',
  email: 'fachstelle@example.org',
  officeHours: 'Mo–Do 9–12 Uhr und 14–16 Uhr, Fr 9–12 Uhr',
  contactPerson: 'Ihr Team der Fachstelle',
  logoPath: null,
};

/**
 * The fields a letter needs before it may go out, with their German labels. Postal code and city
 * are not among them: the example's (51643 Gummersbach) are real ones a service may well have.
 */
export const REQUIRED_SENDER_FIELDS = [
  { key: 'name', label: 'Name der Stelle' },
  { key: 'street', label: 'Straße und Hausnummer' },
  { key: 'phone', label: 'Telefon' },
  { key: 'email', label: 'E-Mail' },
  { key: 'officeHours', label: 'Sprechzeiten' },
] as const satisfies readonly { key: keyof SenderConfig; label: string }[];

/** Required sender fields that still hold the example's value (empty: the sender is set up). */
export function unsetSenderFields(sender: SenderConfig): string[] {
  return REQUIRED_SENDER_FIELDS.filter(({ key }) => sender[key].trim() === EXAMPLE_SENDER[key]).map(({ key }) => key);
}

/** "sender.name, sender.phone" — how a message names the settings still to be made. */
export function describeUnsetSender(fields: string[]): string {
  return fields.map((key) => `sender.${key}`).join(', ');
}

/** What admins may change in the web UI. */
export const storedSettingsSchema = z.object({
  sender: senderSchema.omit({ logoPath: true }).optional(),
  mailTo: configSchema.shape.mail.shape.to.optional(),
});
export type StoredSettings = z.infer<typeof storedSettingsSchema>;

/**
 * The configuration with the settings saved in the web UI on top. A stored value that no longer passes
 * the schema (e.g. after an update made it stricter) stops the start with a German message naming it.
 */
export function applyStoredSettings(config: Config, stored: Record<string, unknown>): Config {
  const parsed = storedSettingsSchema.safeParse(stored);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new IntakeError(
      'CONFIG_INVALID',
      `Ungültige Einstellung ${issue.path.join('.')} (in der Weboberfläche gespeichert): ${issue.message}. Bitte unter Einstellungen korrigieren.`,
    );
  }
  const { sender, mailTo } = parsed.data;
  return {
    ...config,
    sender: sender ? { ...sender, logoPath: config.sender.logoPath ?? null } : config.sender,
    mail: mailTo ? { ...config.mail, to: mailTo } : config.mail,
  };
}

/** The settings form's fields: their names in the form, labels and which schema path they fill. */
export const SETTINGS_FORM_FIELDS = [
  { name: 'name', label: 'Name der Stelle', required: true },
  { name: 'department', label: 'Abteilung', required: false },
  { name: 'street', label: 'Straße und Hausnummer', required: true },
  { name: 'postalCode', label: 'Postleitzahl', required: true },
  { name: 'city', label: 'Ort', required: true },
  { name: 'phone', label: 'Telefon', required: true },
  { name: 'email', label: 'E-Mail', required: true },
  { name: 'officeHours', label: 'Sprechzeiten', required: true },
  { name: 'contactPerson', label: 'Ansprechperson (Grußzeile)', required: true },
  { name: 'mailTo', label: 'Mail-Adresse des Teams (Benachrichtigungen; mehrere durch Komma getrennt)', required: true },
] as const;

const MESSAGES: Record<string, string> = {
  postalCode: 'Bitte eine fünfstellige Postleitzahl eingeben.',
  email: 'Bitte eine gültige E-Mail-Adresse eingeben.',
  mailTo: 'Bitte mindestens eine Mail-Adresse eingeben.',
};

export type SettingsFormResult =
  | { ok: true; settings: Required<StoredSettings> }
  | { ok: false; errors: Record<string, string>; values: Record<string, string> };

/** Validates the settings form with the config's own schema; German messages per field. */
export function parseSettingsForm(form: Record<string, unknown>): SettingsFormResult {
  const values: Record<string, string> = {};
  for (const field of SETTINGS_FORM_FIELDS) {
    const raw = form[field.name];
    values[field.name] = typeof raw === 'string' ? raw.trim().slice(0, 300) : '';
  }
  const { mailTo, department, ...sender } = values;
  const candidate = { sender: { ...sender, ...(department ? { department } : {}) }, mailTo };
  const parsed = storedSettingsSchema.required().safeParse(candidate);
  const errors: Record<string, string> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path.at(-1));
      errors[name] ??= values[name] === '' ? 'Bitte ausfüllen.' : (MESSAGES[name] ?? 'Ungültiger Wert.');
    }
  }
  for (const key of unsetSenderFields({ ...EXAMPLE_SENDER, ...candidate.sender } as SenderConfig)) {
    errors[key] ??= 'Das ist noch der Beispielwert; bitte die echten Angaben der Fachstelle eintragen.';
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors, values };
  return { ok: true, settings: parsed.data as Required<StoredSettings> };
}
