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
