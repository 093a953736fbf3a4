/** Letterheads and recipients of the four court software families. */
import type { Ctx } from './common.js';
import { fileNo } from './common.js';
import { dLong, dNum, type Day } from './fmt.js';
import type { Court } from './senders.js';

export function recipient(court: Court, pick: number): string[] {
  const c = court.key;
  const table: Record<string, string[][]> = {
    'ag-muenchen': [['Landeshauptstadt München', 'Sozialreferat – Amt für Wohnen und Migration', 'Zentrale Wohnungslosenhilfe / Prävention', 'Werinherstraße 89', '81541 München'], ['Jobcenter München', 'Bereich Kosten der Unterkunft', 'Postfach 80 12 40', '81612 München']],
    'ag-nuernberg': [['Stadt Nürnberg', 'Sozialamt – Fachstelle Wohnungssicherung', 'Dietzstraße 4', '90443 Nürnberg'], ['Jobcenter Nürnberg-Stadt', 'Rudolf-Breitscheid-Weg 12', '90459 Nürnberg']],
    'ag-leipzig': [['Jobcenter Leipzig', 'Team Kosten der Unterkunft', 'Georg-Schumann-Straße 150', '04159 Leipzig'], ['Stadt Leipzig', 'Sozialamt, Abt. Wohnhilfen', 'Prager Straße 21', '04103 Leipzig']],
    'ag-dresden': [['Jobcenter Dresden', 'Budapester Straße 30', '01069 Dresden'], ['Landeshauptstadt Dresden', 'Sozialamt – Soziale Wohnhilfe', 'Junghansstraße 2', '01277 Dresden']],
    'ag-erfurt': [['Jobcenter Erfurt', 'Max-Reger-Straße 1', '99096 Erfurt'], ['Stadtverwaltung Erfurt', 'Amt für Soziales', 'Juri-Gagarin-Ring 150', '99084 Erfurt']],
    'ag-lichtenberg': [['Jobcenter Berlin Lichtenberg', 'Gotlindestraße 93', '10365 Berlin'], ['Bezirksamt Lichtenberg von Berlin', 'Amt für Soziales – Soziale Wohnhilfe', 'Alt-Friedrichsfelde 60', '10315 Berlin']],
    'ag-neukoelln': [['Jobcenter Berlin Neukölln', 'Mainzer Straße 27', '12053 Berlin'], ['Bezirksamt Neukölln von Berlin', 'Soziale Wohnhilfe', 'Blaschkoallee 32', '12359 Berlin']],
    'ag-potsdam': [['Landeshauptstadt Potsdam', 'Fachbereich Soziales und Inklusion', 'Friedrich-Ebert-Straße 79/81', '14469 Potsdam'], ['Jobcenter Potsdam', 'Horstweg 102', '14478 Potsdam']],
    'ag-gummersbach': [['Jobcenter Oberberg', 'Talweg 12', '51643 Gummersbach'], ['Oberbergischer Kreis', 'Amt für Soziale Angelegenheiten', 'Moltkestraße 42', '51643 Gummersbach']],
    'ag-wipperfuerth': [['Jobcenter Oberberg', 'Geschäftsstelle Wipperfürth', 'Gaulstraße 30', '51688 Wipperfürth'], ['Oberbergischer Kreis', 'Amt für Soziale Angelegenheiten', 'Moltkestraße 42', '51643 Gummersbach']],
    'ag-waldbroel': [['Jobcenter Oberberg', 'Geschäftsstelle Waldbröl', 'Kaiserstraße 55', '51545 Waldbröl'], ['Oberbergischer Kreis', 'Amt für Soziale Angelegenheiten', 'Moltkestraße 42', '51643 Gummersbach']],
  };
  const opts = table[c] ?? [['Jobcenter', 'Postfach 1', '00000 Ort']];
  return opts[pick % opts.length] ?? [];
}

/** Bavaria: bold court name top left, boxed reference block top right, small return line. */
export function headBy(c: Ctx, date: Day, subtitle: string): number {
  const { s, h } = c;
  const ct = h.court;
  s.text(25, 16, `Amtsgericht ${ct.place}`, { font: 'arialB', size: 15 });
  s.text(25, 23, subtitle, { font: 'arial', size: 9 });
  s.rect(128, 14, 62, 30, 0.6);
  s.text(130, 16, 'Geschäftsnummer', { font: 'arial', size: 7.5 });
  s.text(130, 19.5, fileNo(h), { font: 'arialB', size: 11 });
  s.text(130, 25.5, 'Bitte bei allen Schreiben angeben', { font: 'arial', size: 6.5 });
  s.text(130, 30, 'Datum', { font: 'arial', size: 7.5 });
  s.text(130, 33.5, dNum(date), { font: 'arial', size: 10 });
  s.text(130, 38.5, `Tel. ${ct.phone}`, { font: 'arial', size: 7.5 });
  s.text(25, 47, `Amtsgericht ${ct.place} · ${ct.street} · ${ct.zip} ${ct.city}`, { font: 'arial', size: 6.5, underline: true });
  return 52;
}

/** Saxony/Thuringia: centred capitals, rule, information column at the right. */
export function headEast(c: Ctx, date: Day, ref: string): number {
  const { s, h } = c;
  const ct = h.court;
  s.text(20, 14, `AMTSGERICHT ${ct.place.toUpperCase()}`, { font: 'serifB', size: 14, align: 'center', width: 170 });
  s.text(20, 21, ct.family === 'east' && ct.place === 'Erfurt' ? 'Freistaat Thüringen' : 'Freistaat Sachsen', { font: 'serifI', size: 8.5, align: 'center', width: 170 });
  s.hline(20, 190, 26, 0.8);
  s.text(25, 30, `${ct.street} | ${ct.zip} ${ct.city}`, { font: 'serif', size: 6.5 });
  const lines: [string, string][] = [
    ['Ihr Zeichen', ref],
    ['Geschäfts-Nr.', fileNo(h)],
    ['Datum', dLong(date)],
    ['Bearbeiter/in', `Frau ${c.rng.pick(['Kühn', 'Rentzsch', 'Opitz', 'Förster'])}`],
    ['Telefon', ct.phone.replace(/-0$/, `-${c.rng.int(210, 480)}`)],
  ];
  let y = 36;
  for (const [k, v] of lines) {
    s.row(y, [{ x: 130, text: `${k}:`, font: 'serif', size: 8 }, { x: 153, text: v, font: k === 'Geschäfts-Nr.' ? 'serifB' : 'serif', size: 8.5 }]);
    y += 4.3;
  }
  return 36;
}

/** Berlin/Brandenburg: narrow condensed header, reference in a box on the left under the court. */
export function headBebb(c: Ctx, date: Day, what: string): number {
  const { s, h } = c;
  const ct = h.court;
  s.text(25, 14, `Amtsgericht ${ct.place}`, { font: 'condB', size: 13 });
  s.text(25, 20, ct.city === 'Berlin' ? `${ct.street}, ${ct.zip} Berlin` : `${ct.street}, ${ct.zip} ${ct.city}`, { font: 'cond', size: 8 });
  s.text(140, 14, what, { font: 'cond', size: 8, align: 'right', width: 50 });
  s.text(140, 18, dNum(date), { font: 'cond', size: 9, align: 'right', width: 50 });
  s.rect(25, 25, 70, 9, 0.8);
  s.text(27, 27.2, `Geschäftszeichen: ${fileNo(h)}`, { font: 'condB', size: 10 });
  s.text(97, 27.5, 'Bitte stets angeben', { font: 'cond', size: 7 });
  return 40;
}

/** Oberberg (NRW) courts in this source's style: three-column letterhead band. */
export function headObk(c: Ctx): number {
  const { s, h } = c;
  const ct = h.court;
  s.fillRect(0, 0, 210, 4, '#333333');
  s.text(20, 10, 'Amtsgericht', { font: 'serif', size: 10 });
  s.text(20, 15, ct.place, { font: 'serifB', size: 16 });
  s.text(88, 10, ct.street, { font: 'sans', size: 7.5 });
  s.text(88, 13.5, `${ct.zip} ${ct.city}`, { font: 'sans', size: 7.5 });
  if (ct.pobox) s.text(88, 17, `${ct.pobox}, ${ct.zip.slice(0, 3)}${ct.zip === '51643' ? '01' : '02'} ${ct.city}`, { font: 'sans', size: 7.5 });
  s.text(145, 10, `Telefon ${ct.phone}`, { font: 'sans', size: 7.5 });
  s.text(145, 13.5, 'Sprechzeiten Mo–Fr 8.30–12.00 Uhr', { font: 'sans', size: 7.5 });
  s.text(145, 17, `poststelle@ag-${ct.key.slice(3)}.nrw.example`, { font: 'sans', size: 7.5 });
  s.hline(20, 190, 22, 0.4);
  return 28;
}

export function obkFooter(c: Ctx): void {
  const { s } = c;
  s.hline(20, 190, 278, 0.4);
  s.text(20, 280, 'Bankverbindung der Landeskasse: IBAN DE92 3005 0000 0001 4738 11 · BIC WELADEDDXXX', { font: 'sans', size: 6.5 });
  s.text(20, 283.5, 'Hinweise zum Datenschutz finden Sie im Internet auf der Seite des Gerichts unter „Datenschutz“.', { font: 'sans', size: 6.5 });
}
