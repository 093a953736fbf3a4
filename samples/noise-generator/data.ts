// Fictional people, places and numbers for the notices. Any resemblance to real persons is unintended.
import { type Rng } from './prng.js';

const FIRST_F = [
  'Sabine', 'Märta', 'Ayşe', 'Gülşen', 'Małgorzata', 'Çiğdem', 'Fatma', 'Swetlana', 'Marie-Luise', 'Käthe',
  'Agnieszka', 'Tuğba', 'Jolanta', 'Elif', 'Heike', 'Bożena',
];
const FIRST_M = [
  'Jürgen', 'Günther', 'Hüseyin', 'Ömer', 'Paweł', 'Łukasz', 'Zbigniew', 'Doğan', 'Yusuf', 'Dmitrij', 'Hans-Jörg',
  'Björn', 'Rüdiger', 'Mustafa', 'Uwe', 'Jörg',
];
const LAST = [
  'Schäfer', 'Müller-Lüdenscheidt', 'Yılmaz', 'Kowalczyk', 'Wiśniewski', 'Öztürk', 'Großmann', 'Çelik', 'Brückner',
  'Kaczmarek', 'Doğru', 'Weißenfels', 'van der Heyden', 'von Bülow', 'Szymański', 'Kılıç', 'Hoffmann', 'Strauß',
  'Jäger', 'Michałowski', 'Al-Hassan', 'Petrović', 'Köhler', 'Günaydın', 'Bäumer', 'Zieliński', 'Fuß', 'Dąbrowski',
];
const STREETS = [
  'Hauptstraße', 'Kölner Str.', 'Am Sonnenhang', 'Auf der Brück', 'Dr.-Ottmar-Kohler-Str.', 'Lindenweg',
  'Mühlenbergstraße', 'Grüner Weg', 'Bahnhofstraße', 'Im Höfchen', 'Schloßstraße', 'Zur Talsperre', 'Hückeswagener Str.',
  'Friedrich-Ebert-Straße', 'Kirchgäßchen', 'Wiesenstraße', 'Am Büchel', 'Rosenhügel',
];
const TOWNS: [string, string][] = [
  ['51702', 'Bergneustadt'], ['51766', 'Engelskirchen'], ['51643', 'Gummersbach'], ['51645', 'Gummersbach'],
  ['42499', 'Hückeswagen'], ['51789', 'Lindlar'], ['51709', 'Marienheide'], ['51597', 'Morsbach'], ['51588', 'Nümbrecht'],
  ['42477', 'Radevormwald'], ['51580', 'Reichshof'], ['51545', 'Waldbröl'], ['51674', 'Wiehl'], ['51688', 'Wipperfürth'],
];
export const COURTS = [
  { name: 'Amtsgericht Gummersbach', street: 'Moltkestraße 6', town: '51643 Gummersbach', box: 'Postfach 10 01 52' },
  { name: 'Amtsgericht Wipperfürth', street: 'Gaulstraße 22', town: '51688 Wipperfürth', box: 'Postfach 12 40' },
  { name: 'Amtsgericht Waldbröl', street: 'Gerichtsstraße 1', town: '51545 Waldbröl', box: 'Postfach 11 20' },
] as const;
const LANDLORDS = [
  'Oberbergische Wohnstätten GmbH', 'Hausverwaltung Kılıç & Partner', 'Wohnungsgenossenschaft Aggertal eG',
  'Immobilien Strüßmann KG', 'Grundbesitz Bröltal GmbH & Co. KG', 'Erbengemeinschaft Weißköhler',
];
const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
export const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];

export interface Person { title: string; acc: string; first: string; last: string; full: string }
export interface Address { street: string; zip: string; town: string; line1: string; line2: string }

export function person(rng: Rng): Person {
  const female = rng.chance(0.5);
  const first = rng.pick(female ? FIRST_F : FIRST_M);
  const last = rng.pick(LAST);
  const title = female ? 'Frau' : 'Herr';
  return { title, acc: female ? 'Frau' : 'Herrn', first, last, full: `${first} ${last}` };
}

export function address(rng: Rng): Address {
  const street = `${rng.pick(STREETS)} ${rng.int(1, 120)}${rng.chance(0.25) ? rng.pick(['a', 'b', 'c']) : ''}`;
  const [zip, town] = rng.pick(TOWNS);
  return { street, zip, town, line1: street, line2: `${zip} ${town}` };
}

export function landlord(rng: Rng): string {
  return rng.pick(LANDLORDS);
}

export function lawyer(rng: Rng): string {
  const p = person(rng);
  return `Rechtsanwälte ${p.last} & ${rng.pick(LAST)}`;
}

/** A date in 2025/2026 as a JS Date (UTC, no clock involved). */
export function date(rng: Rng, year = rng.pick([2025, 2026])): Date {
  return workday(new Date(Date.UTC(year, rng.int(0, 11), rng.int(1, 28))));
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86400000);
}

/** Moves a Saturday or Sunday to the following Monday (hearings, evictions and letters fall on workdays). */
export function workday(d: Date): Date {
  const wd = d.getUTCDay();
  return wd === 6 ? addDays(d, 2) : wd === 0 ? addDays(d, 1) : d;
}

const p2 = (n: number): string => String(n).padStart(2, '0');
export const fmtDate = (d: Date): string => `${p2(d.getUTCDate())}.${p2(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
export const fmtLong = (d: Date): string => `${d.getUTCDate()}. ${MONTHS[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()}`;
export const fmtWeekday = (d: Date): string => `${WEEKDAYS[d.getUTCDay()] ?? ''}, ${fmtDate(d)}`;
export const monthName = (d: Date): string => `${MONTHS[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()}`;

export function money(cents: number, style: 'eur' | 'sign' = 'sign'): string {
  const euros = Math.floor(cents / 100);
  const rest = p2(cents % 100);
  const grouped = String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return style === 'eur' ? `${grouped},${rest} EUR` : `${grouped},${rest} €`;
}

export function aktenzeichen(rng: Rng, year: number): string {
  return `${rng.int(2, 45)}\u00a0C\u00a0${rng.int(12, 1890)}/${String(year % 100).padStart(2, '0')}`;
}

export function time(rng: Rng): string {
  return `${p2(rng.int(8, 14))}:${rng.pick(['00', '15', '30', '45'])}`;
}

export function phone(rng: Rng): string {
  return `02261 ${rng.int(81, 99)}-${rng.int(100, 999)}`;
}
