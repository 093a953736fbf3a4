/**
 * The texts of the team mails (German). Only case ids, counts, dates and links go in:
 * the composer is never given names, addresses or file numbers, so it cannot leak them.
 */
import type { DigestInput, MailCase, OutgoingMail } from './mail.types.js';

const DEADLINE_LABELS: Record<string, string> = {
  hearing: 'Verhandlungstermin',
  grace_period_end: 'Ende der Schonfrist',
  eviction: 'Räumungstermin',
  enforcement_protection: 'Letzter Tag Vollstreckungsschutzantrag',
  vacate_deadline: 'Ende der Räumungsfrist',
  vacate_extension: 'Letzter Tag Verlängerungsantrag Räumungsfrist',
};

const FOOTER = [
  '',
  '--',
  'Diese Mail enthält bewusst keine Namen, Anschriften oder Aktenzeichen.',
  'Alle Einzelheiten stehen in der Weboberfläche (Anmeldung erforderlich).',
];

export function deadlineLabel(kind: string): string {
  return DEADLINE_LABELS[kind] ?? 'Frist';
}

/** 2026-04-22 → 22.04.2026 */
export function germanDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}

function daysFrom(today: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

function inDays(days: number): string {
  if (days === 0) return 'heute';
  if (days === 1) return 'morgen';
  if (days < 0) return `vor ${-days} Tagen`;
  return `in ${days} Tagen`;
}

export function caseLink(baseUrl: string, caseId: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/cases/${encodeURIComponent(caseId)}`;
}

function deadlineText(d: { kind: string; date: string; estimated: boolean }, today: string): string {
  return `${deadlineLabel(d.kind)} am ${germanDate(d.date)}${d.estimated ? ' (geschätzt)' : ''}, ${inDays(daysFrom(today, d.date))}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One mail for a batch of new cases. */
export function composeAlert(cases: MailCase[], context: { baseUrl: string; today: string }): OutgoingMail {
  const review = cases.filter((c) => c.needsReview).length;
  const lines = [
    'Guten Tag,',
    '',
    `es ${cases.length === 1 ? 'ist' : 'sind'} ${plural(cases.length, 'neuer Fall', 'neue Fälle')} eingegangen` +
      (review > 0 ? ` (${review} davon ${review === 1 ? 'muss' : 'müssen'} geprüft werden).` : '.'),
    '',
  ];
  const sorted = [...cases].sort((a, b) => (a.nextDeadline?.date ?? '9999').localeCompare(b.nextDeadline?.date ?? '9999') || a.id.localeCompare(b.id));
  for (const c of sorted) {
    const parts = [c.nextDeadline ? deadlineText(c.nextDeadline, context.today) : 'noch keine Frist bekannt'];
    if (c.needsReview) parts.push('Prüfung nötig');
    lines.push(`- Fall ${c.id}: ${parts.join(' – ')}`, `  ${caseLink(context.baseUrl, c.id)}`);
  }
  return {
    kind: 'alert',
    subject: `Eingang: ${plural(cases.length, 'neuer Fall', 'neue Fälle')}${review > 0 ? `, ${review} zu prüfen` : ''}`,
    text: [...lines, ...FOOTER].join('\n'),
  };
}

/** The daily overview: deadlines in the window, cases needing review, failed files. */
export function composeDigest(input: DigestInput, context: { baseUrl: string }): OutgoingMail {
  const base = context.baseUrl.replace(/\/+$/, '');
  const lines = ['Guten Tag,', '', `die Übersicht für ${germanDate(input.today)}:`, ''];
  lines.push(`Fristen in den nächsten ${input.windowDays} Tagen: ${input.dueSoon.length}`);
  for (const d of input.dueSoon) {
    lines.push(`- Fall ${d.caseId}: ${deadlineText(d, input.today)}`, `  ${caseLink(base, d.caseId)}`);
  }
  lines.push('', `Fälle, die geprüft werden müssen: ${input.needsReview.length}`);
  for (const c of input.needsReview) {
    lines.push(`- Fall ${c.id}${c.nextDeadline ? `: ${deadlineText(c.nextDeadline, input.today)}` : ''}`, `  ${caseLink(base, c.id)}`);
  }
  lines.push('', `Nicht verarbeitete Dateien: ${input.failedFiles}`);
  if (input.failedFiles > 0) lines.push(`  ${base}/failed`);
  lines.push('', `Fertige, noch nicht gedruckte Briefe: ${input.unprintedLetters}`);
  const counts = [
    `${input.dueSoon.length} ${input.dueSoon.length === 1 ? 'Frist' : 'Fristen'}`,
    `${input.needsReview.length} zu prüfen`,
    `${input.failedFiles} ${input.failedFiles === 1 ? 'Fehler' : 'Fehler'}`,
  ];
  return { kind: 'digest', subject: `Tagesübersicht ${germanDate(input.today)}: ${counts.join(', ')}`, text: [...lines, ...FOOTER].join('\n') };
}

export function composeTestMail(context: { baseUrl: string; now: string }): OutgoingMail {
  return {
    kind: 'test',
    subject: 'Testnachricht der Eingangsstelle',
    text: ['Guten Tag,', '', 'dies ist eine Testnachricht. Der Mailversand ist eingerichtet.', '', `Weboberfläche: ${context.baseUrl}`, `Gesendet: ${context.now}`, ...FOOTER].join('\n'),
  };
}

/** What the storage alert is told about a fault (codes and times only; no paths of documents). */
export interface StorageAlertInput {
  scope: 'data' | 'watch';
  code: string;
  message: string;
  /** ISO moment the fault began. */
  since: string;
}

const STORAGE_TODO: Record<string, string> = {
  STORAGE_FULL: 'Auf dem Datenträger des Datenordners Platz schaffen oder ihn vergrößern (df -h zeigt den Füllstand).',
  STORAGE_READ_ONLY: 'Prüfen, warum der Datenträger schreibgeschützt ist (z. B. nach einem Dateisystemfehler nur lesend eingehängt).',
  STORAGE_DENIED: 'Die Rechte am Datenordner prüfen: Der Dienstbenutzer muss dort schreiben dürfen.',
  STORAGE_IO: 'Den Datenträger prüfen lassen (Systemprotokoll, z. B. journalctl -k); bei Schäden aus der Sicherung wiederherstellen.',
  STORAGE_BUSY: 'Prüfen, welches Programm die Datenbank sperrt (z. B. ein hängendes Skript oder eine Sicherung).',
  STORAGE_CORRUPT: 'Den Dienst anhalten und die Datenbank aus der letzten Sicherung wiederherstellen (README: Wiederherstellung).',
  WATCH_FOLDER_MISSING: 'Prüfen, ob das Netzlaufwerk mit dem Ablageordner eingehängt ist.',
  WATCH_FOLDER_DENIED: 'Die Rechte am Ablageordner prüfen: Der Dienstbenutzer muss dort lesen und schreiben dürfen.',
};

/** 2026-12-06T19:50:00Z → "06.12.2026, 20:50 Uhr" (server's local time). */
function germanMoment(iso: string): string {
  const at = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(at.getDate())}.${two(at.getMonth() + 1)}.${at.getFullYear()}, ${two(at.getHours())}:${two(at.getMinutes())} Uhr`;
}

/** One mail when intake pauses for a storage fault (data folder or watch folder). */
export function composeStorageAlert(fault: StorageAlertInput, context: { baseUrl: string }): OutgoingMail {
  const base = context.baseUrl.replace(/\/+$/, '');
  const where = fault.scope === 'data' ? 'Datenordner' : 'Ablageordner';
  const lines = [
    'Guten Tag,',
    '',
    `die Eingangsstelle hat die Verarbeitung am ${germanMoment(fault.since)} angehalten (${where}, Code ${fault.code}).`,
    '',
    fault.message,
    '',
    'Keine Datei geht verloren: Was schon übernommen war, wartet im Datenordner, neue Dateien bleiben im Ablageordner.',
    'Der Dienst prüft selbst in wachsenden Abständen und setzt die Verarbeitung fort, sobald der Fehler behoben ist.',
    'Es ist nicht nötig, Dateien erneut abzulegen oder den Dienst neu zu starten.',
    '',
    `Was tun? ${STORAGE_TODO[fault.code] ?? 'Die IT informieren.'}`,
    '',
    `Aktueller Zustand: ${base}/health oder auf dem Server: intake status`,
  ];
  return { kind: 'storage', subject: `Eingang angehalten: ${where} – ${fault.code}`, text: [...lines, ...FOOTER].join('\n') };
}
