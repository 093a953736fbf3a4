/**
 * Labelled household pairs for choosing and checking the thresholds.
 * truth: 'same' = one household (should join), 'different' = never join,
 * 'unclear' = a worker must look (siblings, spouse named alone, father/son): must not join, should be proposed.
 */
import type { HouseholdFacts } from '../../../src/core/match/household.js';

export interface LabelledPair {
  label: string;
  truth: 'same' | 'different' | 'unclear';
  a: HouseholdFacts;
  b: HouseholdFacts;
}

type Addr = [street: string, houseNumber: string, postalCode: string, city: string];

export function household(names: (string | [string, string])[], addr: Addr | null): HouseholdFacts {
  return {
    tenants: names.map((n) => (typeof n === 'string' ? { name: n, birthDate: null } : { name: n[0], birthDate: n[1] })),
    address: addr === null ? null : { street: addr[0], houseNumber: addr[1], postalCode: addr[2], city: addr[3], addition: null },
  };
}

const HAUPT: Addr = ['Hauptstraße', '12a', '51643', 'Gummersbach'];
const KOELNER: Addr = ['Kölner Str.', '5-7', '51702', 'Bergneustadt'];
const DOKTOR: Addr = ['Dr.-Ottmar-Kohler-Str.', '3', '51643', 'Gummersbach'];
const SONNE: Addr = ['Am Sonnenhang', '4', '51789', 'Lindlar'];
const BRUECK: Addr = ['Auf der Brück', '2', '51545', 'Waldbröl'];
const WIEHL: Addr = ['Bahnhofstraße', '17', '51674', 'Wiehl'];

const same = (label: string, a: HouseholdFacts, b: HouseholdFacts): LabelledPair => ({ label, truth: 'same', a, b });
const diff = (label: string, a: HouseholdFacts, b: HouseholdFacts): LabelledPair => ({ label, truth: 'different', a, b });
const unclear = (label: string, a: HouseholdFacts, b: HouseholdFacts): LabelledPair => ({ label, truth: 'unclear', a, b });

export const LABELLED_PAIRS: LabelledPair[] = [
  // rescans and copies
  same('identical rescan', household(['Ewa Kowalczyk'], HAUPT), household(['Ewa Kowalczyk'], HAUPT)),
  same('rescan of a common name', household(['Hans Müller'], WIEHL), household(['Hans Müller'], WIEHL)),
  same('second copy with title', household(['Frau Ewa Kowalczyk'], HAUPT), household(['Ewa Kowalczyk'], HAUPT)),
  same('upper-case family name', household(['Hans MÜLLER'], WIEHL), household(['Hans Müller'], WIEHL)),
  same('Nachname, Vorname', household(['Kowalczyk, Ewa'], HAUPT), household(['Ewa Kowalczyk'], HAUPT)),
  // OCR garbling
  same('OCR 1 for l in family name', household(['Ewa Kowa1czyk'], HAUPT), household(['Ewa Kowalczyk'], HAUPT)),
  same('OCR 1 for l in a common name', household(['Hans Mül1er'], WIEHL), household(['Hans Müller'], WIEHL)),
  same('OCR ii for ü', household(['Jürgen Miiller'], SONNE), household(['Jürgen Müller'], SONNE)),
  same('OCR rn for m', household(['Petra Hofrnann'], BRUECK), household(['Petra Hofmann'], BRUECK)),
  same('OCR 5 for S', household(['Karl 5chulte-Berg'], SONNE), household(['Karl Schulte-Berg'], SONNE)),
  same('OCR dropped letter', household(['Agnieszka Wiśniewska'], HAUPT), household(['Agnieszka Wisniewka'], HAUPT)),
  same('OCR in given name', household(['Mar1a Papadopoulou'], KOELNER), household(['Maria Papadopoulou'], KOELNER)),
  same('OCR in street and number', household(['Ewa Kowalczyk'], ['HauptstraBe', 'l2a', '51643', 'Gummersbach']), household(['Ewa Kowalczyk'], HAUPT)),
  // umlauts, diacritics
  same('umlaut folded', household(['Jürgen Schröder'], SONNE), household(['Juergen Schroeder'], SONNE)),
  same('ß folded', household(['Gisela Weiß'], BRUECK), household(['Gisela Weiss'], BRUECK)),
  same('Turkish letters without diacritics', household(['Ayşe Yıldırım'], WIEHL), household(['Ayse Yildirim'], WIEHL)),
  same('Polish ł', household(['Łukasz Wróbel'], KOELNER), household(['Lukasz Wrobel'], KOELNER)),
  // order, several tenants, partial names
  same('given and family swapped', household(['Kowalczyk Ewa'], HAUPT), household(['Ewa Kowalczyk'], HAUPT)),
  same('one of two tenants named', household(['Erika Mustermann'], DOKTOR), household(['Max Mustermann', 'Erika Mustermann'], DOKTOR)),
  same('two tenants in other order', household(['Erika Mustermann', 'Max Mustermann'], DOKTOR), household(['Max Mustermann', 'Erika Mustermann'], DOKTOR)),
  same('second tenant only, different family names', household(['Mehmet Yılmaz'], WIEHL), household(['Anna Berger', 'Mehmet Yilmaz'], WIEHL)),
  same('double given name shortened', household(['Hans Peter Kowalski'], BRUECK), household(['Hans-Peter Kowalski'], BRUECK)),
  same('only one of the given names', household(['Peter Wojciechowski'], BRUECK), household(['Hans Peter Wojciechowski'], BRUECK)),
  same('given name as initial, rare family', household(['E. Kowalczyk'], HAUPT), household(['Ewa Kowalczyk'], HAUPT)),
  same('no given name, rare family', household(['Frau Kowalczyk'], HAUPT), household(['Ewa Kowalczyk'], HAUPT)),
  same('particle kept with family name', household(['Ludwig van Beethoven'], KOELNER), household(['Ludwig Van Beethoven'], KOELNER)),
  same('phonetic spelling variant', household(['Thomas Meier'], SONNE), household(['Thomas Mayer'], SONNE)),
  same('double family name on one side', household(['Anna Müller-Lüdenscheidt'], DOKTOR), household(['Anna Müller Lüdenscheidt'], DOKTOR)),
  same('birth dates agree', household([['Ewa Kowalczyk', '1971-04-03']], HAUPT), household([['Ewa Kowalczyk', '1971-04-03']], HAUPT)),
  // address variants
  same('street abbreviation', household(['Hans Müller'], ['Bahnhofstr.', '17', '51674', 'Wiehl']), household(['Hans Müller'], WIEHL)),
  same('Dr. street written out', household(['Erika Mustermann'], ['Dr. Ottmar Kohler Straße', '3', '51643', 'Gummersbach']), household(['Erika Mustermann'], DOKTOR)),
  same('house number range vs first number', household(['Łukasz Wróbel'], ['Kölner Straße', '5', '51702', 'Bergneustadt']), household(['Łukasz Wróbel'], KOELNER)),
  same('postal code misread, town agrees', household(['Ewa Kowalczyk'], ['Hauptstraße', '12a', '51648', 'Gummersbach']), household(['Ewa Kowalczyk'], HAUPT)),
  same('house number letter spaced', household(['Ewa Kowalczyk'], ['Hauptstraße', '12 A', '51643', 'Gummersbach']), household(['Ewa Kowalczyk'], HAUPT)),
  // same building, other household: never join
  diff('neighbour in the same building', household(['Ewa Kowalczyk'], HAUPT), household(['Hans Becker'], HAUPT)),
  diff('neighbours sharing a common given name', household(['Anna Schmidt'], WIEHL), household(['Anna Yılmaz'], WIEHL)),
  diff('neighbour with similar-looking family name', household(['Peter Kramer'], SONNE), household(['Peter Krüger'], SONNE)),
  diff('same building, other flat, other names', household(['Maria Papadopoulou'], KOELNER), household(['Oleg Smirnov', 'Irina Smirnova'], KOELNER)),
  // namesakes elsewhere: never join
  diff('namesake in another town', household(['Hans Müller'], WIEHL), household(['Hans Müller'], SONNE)),
  diff('rare namesake in another town', household(['Ewa Kowalczyk'], HAUPT), household(['Ewa Kowalczyk'], BRUECK)),
  diff('namesake in the same street, other number', household(['Hans Müller'], ['Bahnhofstraße', '3', '51674', 'Wiehl']), household(['Hans Müller'], WIEHL)),
  diff('namesake in the same town, other street', household(['Hans Müller'], ['Kirchweg', '17', '51674', 'Wiehl']), household(['Hans Müller'], WIEHL)),
  diff('namesake at the neighbouring house letter', household(['Hans Müller'], ['Hauptstraße', '12b', '51643', 'Gummersbach']), household(['Hans Müller'], HAUPT)),
  diff('different people, no address on one side', household(['Hans Müller'], null), household(['Petra Schmidt'], WIEHL)),
  diff('birth dates differ, common name, other house', household([['Thomas Schmidt', '1980-01-02']], SONNE), household([['Thomas Schmidt', '1955-07-30']], WIEHL)),
  // needs a worker
  unclear('common family, same flat, other given name (siblings?)', household(['Anna Müller'], WIEHL), household(['Hans Müller'], WIEHL)),
  unclear('rare family, same flat, other given name (spouse named alone?)', household(['Piotr Kowalczyk'], HAUPT), household(['Ewa Kowalczyk'], HAUPT)),
  unclear('common family, no given name', household(['Herr Müller'], WIEHL), household(['Hans Müller'], WIEHL)),
  unclear('father and son: same name, birth dates differ', household([['Hans Schmidt', '1950-02-01']], SONNE), household([['Hans Schmidt', '1979-08-12']], SONNE)),
  unclear('same name, address unknown on one side', household(['Ewa Kowalczyk'], null), household(['Ewa Kowalczyk'], HAUPT)),
];
