/** A Jobcenter / Sozialamt letter forwarding a court's letter: page 1 carries the authority, not the tenant. */
import { addDays } from '../german-format.js';
import { courtName, date } from '../surface.js';
import { say, type LayoutContext } from './layout.types.js';

export function coverLetter(ctx: LayoutContext, what: string): void {
  const { b, c, rng } = ctx;
  const j = c.jobcenter;
  const t = b.theme;
  b.line(j.name, { font: t.bold, size: t.size + 3 });
  b.line(j.unit, { size: t.size - 0.5 });
  b.y = 45;
  b.line(`${j.name} · ${j.street} · ${j.postal} ${j.city}`, { size: 6.5 });
  b.gap(2);
  const a = c.court.authority;
  for (const l of [a.name, say(rng, 'z. Hd. Frau Bongartz', 'Team Wohnungssicherung', 'im Hause'), a.street, `${a.postal} ${a.city}`]) b.para(l, { width: 122 - t.left });
  const infos = [
    `Ihr Zeichen: –`,
    `${say(rng, 'Kundennummer', 'BG-Nummer', 'Mein Zeichen')}: ${c.customerNumber}`,
    `Datum: ${date(c, addDays(c.letterDate, rng.int(2, 5)), 'numeric')}`,
    `Telefon: 0${rng.int(2191, 2297)} ${rng.int(1000, 9999)}-${rng.int(100, 999)}`,
  ];
  infos.forEach((l, i) => b.at(125, 52 + (i + 1) * b.lineHeight(t.size - 0.5), l, t.body, t.size - 0.5));
  b.y = Math.max(b.y, 80) + 10;
  b.para(`${say(rng, 'Weiterleitung', 'Übersendung')}: ${what} des ${courtName(c).replace('Amtsgericht', 'Amtsgerichts')}`, { font: t.bold });
  b.gap(3);
  b.para('Sehr geehrte Damen und Herren,');
  b.gap(2);
  b.para(
    `in der Anlage übersenden wir Ihnen die ${what} ${say(rng, 'zur Kenntnis und weiteren Veranlassung', 'mit der Bitte um Prüfung')}. ` +
      `${say(rng, 'Die Bedarfsgemeinschaft steht bei uns im laufenden Leistungsbezug.', 'Ein Antrag auf Übernahme der Mietschulden liegt uns bisher nicht vor.', 'Die betroffene Person ist uns nicht bekannt.')}`,
  );
  b.gap(2);
  b.para('Bitte teilen Sie uns das Ergebnis Ihrer Kontaktaufnahme mit.');
  b.gap(6);
  b.line('Mit freundlichen Grüßen');
  b.line('Im Auftrag');
  b.gap(6);
  b.line(say(rng, 'Kerstin Holtkamp', 'Jens Ufer', 'Derya Ak'));
  b.at(t.left, 285, `${j.name} · ${j.street} · ${j.postal} ${j.city} · Öffnungszeiten: Mo, Di, Do 8–12 Uhr`, t.body, 6.5);
}
