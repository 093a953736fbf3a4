/** German display of dates, money, deadlines and field names for the review desk. */
import type { CaseFieldName } from '../../core/cases/merge-fields.js';
import type { CaseOutcome, CaseStatus } from '../../pipeline/review.actions.js';

export const FIELD_LABELS: Record<CaseFieldName, string> = {
  court: 'Gericht',
  tenants: 'Mieter/in (Beklagte)',
  address: 'Anschrift der Wohnung',
  landlord: 'Vermieter/in (Kläger)',
  claimReceived: 'Eingang der Klage',
  claimServed: 'Zustellung der Klage',
  monthlyRent: 'Monatliche Miete',
  arrears: 'Mietrückstand',
  hearing: 'Termin zur mündlichen Verhandlung',
  evictionDate: 'Räumungstermin',
  judgmentKind: 'Art des Urteils',
  judgmentDate: 'Datum des Urteils',
  vacateDeadline: 'Ende der Räumungsfrist',
  ordinaryTermination: 'Hilfsweise ordentliche Kündigung',
};

export const JUDGMENT_KIND_LABELS: Record<string, string> = {
  raeumungsurteil: 'Räumungsurteil',
  versaeumnisurteil: 'Versäumnisurteil',
  anerkenntnisurteil: 'Anerkenntnisurteil',
};

export const DOCUMENT_TYPE_LABELS: Record<string, string> = {
  court_notice: 'Mitteilung des Gerichts',
  hearing_summons: 'Terminsmitteilung',
  eviction_notice: 'Räumungsmitteilung (Gerichtsvollzieher)',
  judgment: 'Urteil',
  other: 'Sonstiges',
};

/** "2025-04-22" → "22.04.2025" (anything else unchanged). */
export function germanDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

const DATE_TIME = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'medium', timeStyle: 'short' });

/** An ISO timestamp in German local time: "12.03.2025, 09:00". */
export function germanDateTime(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : DATE_TIME.format(time);
}

/** 205500 → "2.055,00 €". */
export function euros(cents: number): string {
  const whole = Math.trunc(cents / 100).toLocaleString('de-DE');
  return `${whole},${String(Math.abs(cents) % 100).padStart(2, '0')} €`;
}

/** Days as words: "heute", "morgen", "in 5 Tagen". */
export function inDays(days: number): string {
  if (days === 0) return 'heute';
  if (days === 1) return 'morgen';
  return `in ${days} Tagen`;
}

/** 0.734 → "73 %". */
export function percent(confidence: number): string {
  return `${Math.round(confidence * 100)} %`;
}

export const STATUS_LABELS: Record<CaseStatus, string> = {
  new: 'neu',
  contacted: 'kontaktiert',
  counselling: 'in Beratung',
  closed: 'abgeschlossen',
};
export const OUTCOME_LABELS: Record<CaseOutcome, string> = {
  flat_kept: 'Wohnung erhalten',
  flat_lost: 'Wohnung verloren / geräumt',
  moved: 'eigene Lösung / umgezogen',
  not_reached: 'nicht erreicht / Hilfe abgelehnt',
  unknown: 'unbekannt',
};
