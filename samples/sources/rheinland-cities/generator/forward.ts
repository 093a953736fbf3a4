import type { Sheet } from './sheet.js';
import type { Household } from './model.js';
import type { Rng } from './rng.js';
import { personName } from './common.js';
import { addDays, fmtDate } from './format.js';

export type ForwarderKey = 'jc-oberberg' | 'jc-koeln' | 'sozialamt-duisburg';
export function forwarderFor(h: Household): ForwarderKey | null {
  if (h.town.oberberg) return 'jc-oberberg';
  if (h.court.key === 'koeln') return 'jc-koeln';
  if (h.court.key === 'duisburg') return 'sozialamt-duisburg';
  return null;
}

const WHAT: Record<string, string> = {
  court_notice: 'die Mitteilung des Gerichts über eine Räumungsklage',
  hearing_summons: 'die Terminsnachricht des Gerichts',
  eviction_notice: 'die Mitteilung der Gerichtsvollzieherin / des Gerichtsvollziehers über einen Räumungstermin',
  judgment: 'eine Abschrift des Urteils',
};

/** Draws a cover page on the current page. `date` is the day of forwarding. */
export function renderCover(s: Sheet, h: Household, rng: Rng, key: ForwarderKey, innerType: string, date: string, pages: number): void {
  const client = h.tenants.map((p) => personName(p, 'familyFirst')).join(' / ');
  const kd = `${rng.int(100, 999)}D${rng.int(100000, 999999)}`;
  if (key === 'jc-koeln') {
    // printed e-mail
    const F = 'sans';
    s.text(70, 36, `Von: Team 512 Leistung <Jobcenter-Koeln.Team512@jobcenter-ge.example>`, { font: F, size: 9 });
    s.text(70, 49, 'An: Fachstelle Wohnen <fachstelle.wohnen@stadt-koeln.example>', { font: F, size: 9 });
    s.text(70, 62, `Gesendet: ${fmtDate(date, 'wlongNoDen')} ${rng.int(8, 15)}:${String(rng.int(10, 59))}`, { font: F, size: 9 });
    s.text(70, 75, `Betreff: WG: Räumungsklage – Kd.-Nr. ${kd}`, { font: 'sansB', size: 9 });
    s.text(70, 88, `Anlagen: Scan_${date.replace(/-/g, '')}.pdf (${rng.int(180, 900)} KB)`, { font: F, size: 9 });
    s.line(70, 102, 540, 102, 0.5);
    let y = 118;
    s.text(70, y, 'Hallo zusammen,', { font: F, size: 10 }); y += 18;
    y = s.para(70, y, 460, `anbei leiten wir ${WHAT[innerType] ?? 'ein Schreiben'} zu unserer Kundschaft ${client} (Kundennummer ${kd}) weiter, mit der Bitte um Übernahme in Ihre Zuständigkeit. Bei uns laufen Leistungen nach dem SGB II; die Kosten der Unterkunft werden direkt an den Vermieter gezahlt.`, { font: F, size: 10 }); y += 10;
    y = s.para(70, y, 460, 'Bitte beachten Sie, dass die Anlage vertrauliche Sozialdaten enthält.', { font: F, size: 10 }); y += 16;
    s.text(70, y, 'Viele Grüße', { font: F, size: 10 }); y += 14;
    s.text(70, y, `${rng.pick(['Lea Brandt-Kocaman', 'Timo Radermacher', 'Aylin Şen'])}, Jobcenter Köln, Weidenpescher Ring 58, 50735 Köln`, { font: F, size: 9 }); y += 12;
    s.text(70, y, 'Tel. 0221 63 08-5120 (Durchwahl, Mo–Fr 8–12 Uhr)', { font: F, size: 9 });
    s.text(70, 815, `Seite 1 von ${pages}`, { font: F, size: 7.5 });
    s.text(540, 815, `Gedruckt: ${fmtDate(addDays(date, 1))}`, { font: F, size: 7.5, align: 'right' });
    return;
  }
  if (key === 'jc-oberberg') {
    const F = 'sans';
    s.text(70, 40, 'Jobcenter Oberberg', { font: 'sansB', size: 15 });
    s.text(70, 58, 'Geschäftsstelle Gummersbach · Am Steinberg 23 · 51643 Gummersbach', { font: F, size: 8.5 });
    s.text(62, 138, 'Jobcenter Oberberg · Postfach 10 04 40 · 51604 Gummersbach', { font: F, size: 6.5 });
    ['Oberbergischer Kreis', 'Fachstelle Wohnungsnotfallhilfe', 'Am Kreishaus 9', '51643 Gummersbach'].forEach((l, i) => s.text(62, 154 + i * 12, l, { font: F, size: 10 }));
    [['Ihr Zeichen', '—'], ['Kunden-Nr.', kd], ['BG-Nr.', `${rng.int(10000, 99999)}BG${rng.int(1000000, 9999999)}`], ['Datum', fmtDate(date)]].forEach(([l, v], i) => {
      s.text(354, 150 + i * 12, l ?? '', { font: F, size: 8 }); s.text(420, 150 + i * 12, v ?? '', { font: F, size: 9 });
    });
    let y = 262;
    s.text(70, y, `Weiterleitung – ${client}`, { font: 'sansB', size: 11 }); y += 24;
    s.text(70, y, 'Sehr geehrte Damen und Herren,', { font: F, size: 10.5 }); y += 18;
    y = s.para(70, y, 460, `in der Anlage übersenden wir Ihnen ${WHAT[innerType] ?? 'ein Schreiben'} zur Kenntnis und mit der Bitte um Kontaktaufnahme im Rahmen der Wohnungssicherung. Die Mitteilung ist am ${fmtDate(addDays(date, -rng.int(1, 4)))} bei uns eingegangen.`, { font: F, size: 10.5 }); y += 10;
    y = s.para(70, y, 460, `Anlage: ${pages - 1} Blatt`, { font: F, size: 10.5 }); y += 24;
    s.text(70, y, 'Mit freundlichen Grüßen', { font: F, size: 10.5 }); y += 28;
    s.text(70, y, 'Im Auftrag', { font: F, size: 10 }); s.text(70, y + 13, rng.pick(['Wiebke Stahlschmidt', 'Ibrahim Coşkun', 'Anna-Lena Frings']), { font: F, size: 10 });
    s.text(70, 800, 'Öffnungszeiten: Mo–Fr 8.00–12.00 Uhr, Do 14.00–17.00 Uhr · www.jobcenter-oberberg.example', { font: F, size: 7 });
    return;
  }
  const F = 'serif';
  s.text(70, 40, 'Stadt Duisburg', { font: 'serifB', size: 15 });
  s.text(70, 58, 'Der Oberbürgermeister · Amt für Soziales und Wohnen · 50-32 Hilfe zum Lebensunterhalt', { font: F, size: 8.5 });
  let y = 110;
  s.text(70, y, 'V E R F Ü G U N G', { font: 'serifB', size: 12 }); y += 22;
  y = s.para(70, y, 460, `1. Vermerk: Die beigefügte Mitteilung betrifft ${client}, Aktenzeichen Sozialamt 50-32/${rng.int(1000, 9999)}.`, { font: F, size: 10.5 }) + 6;
  y = s.para(70, y, 460, `2. Urschriftlich mit ${pages - 1} Anlage(n) an 50-15 Wohnungsnotfallhilfe zur Kenntnis und weiteren Veranlassung.`, { font: F, size: 10.5 }) + 6;
  y = s.para(70, y, 460, '3. Wv. in vier Wochen.', { font: F, size: 10.5 }) + 30;
  s.text(70, y, `Duisburg, ${fmtDate(date)}`, { font: F, size: 10.5 });
  s.text(330, y, 'i. A.', { font: F, size: 10.5 });
}
