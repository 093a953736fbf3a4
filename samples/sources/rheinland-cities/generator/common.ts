import type { Household, Person, JudgmentKind } from './model.js';
import type { Rng } from './rng.js';
import { abbreviateStreet } from './places.js';

export type DocType = 'court_notice' | 'hearing_summons' | 'eviction_notice' | 'judgment' | 'other';

export interface Fields {
  court: string | null;
  fileNumber: string | null;
  relatedFileNumbers: string[] | null;
  tenants: { name: string; birthDate: string | null }[] | null;
  address: { street: string; houseNumber: string; postalCode: string; city: string; addition: string | null } | null;
  landlord: string | null;
  claimReceived: string | null;
  claimServed: string | null;
  monthlyRent: number | null;
  arrears: number | null;
  hearing: { date: string; time: string | null; room: string | null } | null;
  evictionDate: { date: string; time: string | null } | null;
  judgmentKind: JudgmentKind | null;
  judgmentDate: string | null;
  vacateDeadline: string | null;
  ordinaryTermination: boolean | null;
}

export function emptyFields(): Fields {
  return {
    court: null, fileNumber: null, relatedFileNumbers: null, tenants: null, address: null, landlord: null,
    claimReceived: null, claimServed: null, monthlyRent: null, arrears: null, hearing: null, evictionDate: null,
    judgmentKind: null, judgmentDate: null, vacateDeadline: null, ordinaryTermination: null,
  };
}

export function tenantsTruth(h: Household, withBirth: boolean): NonNullable<Fields['tenants']> {
  return h.tenants.map((p) => ({ name: `${p.given} ${p.family}`, birthDate: withBirth ? p.birth : null }));
}

export function addressTruth(h: Household, withAddition: boolean): NonNullable<Fields['address']> {
  const f = h.flat;
  return { street: f.street, houseNumber: f.houseNumber, postalCode: f.postalCode, city: f.city, addition: withAddition ? f.addition : null };
}

export type NameStyle = 'given' | 'familyFirst' | 'titled' | 'titledFamilyFirst';
export function personName(p: Person, style: NameStyle): string {
  const dr = p.dr ? 'Dr. ' : '';
  const title = p.sex === 'm' ? 'Herr' : 'Frau';
  switch (style) {
    case 'given': return `${dr}${p.given} ${p.family}`;
    case 'familyFirst': return `${p.family}, ${dr}${p.given}`;
    case 'titled': return `${title} ${dr}${p.given} ${p.family}`;
    case 'titledFamilyFirst': return `${p.family}, ${dr}${p.given}`;
  }
}

/** "Mehmet und Ayşe Yılmaz" or "Ayşe Yılmaz und Kwame Mensah" (two or three people in one phrase). */
export function joinedNames(h: Household, titled: boolean): string {
  const ps = h.tenants;
  if (ps.length === 2 && h.married && ps[0] && ps[1]) {
    const [a, b] = [ps[0], ps[1]];
    return `${titled ? 'Eheleute ' : ''}${a.given} und ${b.given} ${b.family}`;
  }
  const names = ps.map((p) => personName(p, titled ? 'titled' : 'given'));
  if (names.length === 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} und ${names[names.length - 1] ?? ''}`;
}

export function streetLine(h: Household, rng: Rng | null, style?: 'full' | 'str' | 'lower'): string {
  const s = style ?? (rng ? rng.pick(['full', 'full', 'str'] as const) : 'full');
  return `${abbreviateStreet(h.flat.street, s)} ${h.flat.housePrinted}`;
}
export function townLine(h: Household): string {
  return `${h.flat.postalCode} ${h.flat.city}`;
}

/** Who receives court notices for this household's town. */
export function recipientFor(h: Household): string[] {
  switch (h.court.key) {
    case 'koeln': return ['Stadt Köln', 'Amt für Soziales, Arbeit und Senioren', 'Fachstelle Wohnen', 'Stadthausallee 14', '51103 Köln'];
    case 'duesseldorf': return ['Landeshauptstadt Düsseldorf', 'Amt für Soziales und Jugend', 'Fachstelle Wohnungssicherung', 'Am Rathauspark 21', '40227 Düsseldorf'];
    case 'bonn': return ['Bundesstadt Bonn', 'Amt für Soziales und Wohnen', 'Zentrale Fachstelle Wohnungssicherung', 'Stadthausgasse 6', '53111 Bonn'];
    case 'duisburg': return ['Stadt Duisburg', 'Amt für Soziales und Wohnen', 'Wohnungsnotfallhilfe', 'Am Schwanentor 40', '47051 Duisburg'];
    case 'essen': return ['Stadt Essen', 'Amt für Soziales und Wohnen', 'Fachstelle für Wohnungsnotfälle', 'Lindenallee 87', '45138 Essen'];
    case 'leverkusen': return ['Stadt Leverkusen', 'Fachbereich Soziales', 'Wohnraumsicherung', 'Friedrich-Hoffmann-Platz 3', '51373 Leverkusen'];
    default: return ['Oberbergischer Kreis', 'Amt für Soziale Angelegenheiten', 'Fachstelle Wohnungsnotfallhilfe', 'Am Kreishaus 9', '51643 Gummersbach'];
  }
}

/** File number as the sender's software prints it. */
export function printFile(fileNumber: string, variant: 'std' | 'tight' | 'spaced'): string {
  if (variant === 'tight') return fileNumber.replace(/^(\d+) C /, '$1C ');
  if (variant === 'spaced') return fileNumber.replace('/', ' / ');
  return fileNumber;
}
