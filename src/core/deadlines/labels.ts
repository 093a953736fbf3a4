/** Short German names of the deadline kinds, as lists and badges show them (CLI `intake cases`, web worklist and case view). */
export const DEADLINE_LABELS: Readonly<Record<string, string>> = {
  hearing: 'Termin',
  grace_period_end: 'Schonfrist',
  eviction: 'Räumung',
  vacate_deadline: 'Räumungsfrist',
  enforcement_protection: '§ 765a-Antrag',
  vacate_extension: 'Verlängerungsantrag',
};
