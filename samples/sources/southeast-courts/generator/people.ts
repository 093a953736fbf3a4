/** Fictional name pools for tenants and private landlords (mixed origins, with diacritics, particles, double names). */
import type { Rng } from './rng.js';
import { addDays, type Day } from './fmt.js';

export interface Person {
  given: string;
  family: string;
  female: boolean;
  birth: Day | null;
  dr: boolean;
}

interface Pool {
  m: string[];
  f: string[];
  fam: string[];
  w: number;
}

const POOLS: Pool[] = [
  { w: 30, m: ['Thomas', 'Jürgen', 'Maik', 'René', 'Sven', 'Uwe', 'Karl-Heinz', 'Dieter', 'Lukas', 'Florian', 'Matthias', 'Andreas', 'Torsten', 'Hans-Jörg', 'Kevin', 'Ronny'],
    f: ['Sabine', 'Manuela', 'Jacqueline', 'Doreen', 'Heike', 'Anja', 'Marie-Luise', 'Katrin', 'Ramona', 'Birgit', 'Ines', 'Franziska', 'Mandy', 'Gudrun', 'Annegret', 'Lea-Sophie'],
    fam: ['Schröder', 'Köhler', 'Müller-Lindner', 'Weißbach', 'Hofmann', 'Großmann', 'Pöschl', 'Wagenknecht', 'Schütze', 'Fröhlich', 'Übelacker', 'Bäumler', 'von Strachwitz', 'Kießling', 'Löffler', 'Scholz', 'Brückner', 'Mößner', 'Oßwald', 'Hübner'] },
  { w: 16, m: ['Mehmet', 'Hüseyin', 'Ömer', 'Çağlar', 'Ahmet', 'Oğuz', 'Yusuf', 'Barış'],
    f: ['Ayşe', 'Gülşen', 'Hatice', 'Şükran', 'Elif', 'Nurcan', 'Büşra', 'Dilek'],
    fam: ['Yılmaz', 'Çelik', 'Öztürk', 'Şahin', 'Kılıç', 'Doğan', 'Arslan', 'Güneş', 'Aydın', 'Korkmaz', 'Yıldırım'] },
  { w: 12, m: ['Paweł', 'Krzysztof', 'Łukasz', 'Marek', 'Tomasz', 'Grzegorz'],
    f: ['Małgorzata', 'Agnieszka', 'Katarzyna', 'Bożena', 'Joanna', 'Wiesława'],
    fam: ['Wiśniewski', 'Dąbrowska', 'Łukaszewicz', 'Wójcik', 'Kamiński', 'Zielińska', 'Szczęsny', 'Kowalczyk', 'Nowak', 'Mazurek'] },
  { w: 10, m: ['Sergej', 'Dmitri', 'Wladimir', 'Alexej', 'Jewgeni', 'Oleksandr'],
    f: ['Swetlana', 'Olga', 'Natalja', 'Tatjana', 'Jelena', 'Oksana'],
    fam: ['Iwanow', 'Schewtschenko', 'Petrowa', 'Kusnezow', 'Bondarenko', 'Morosow', 'Smirnowa', 'Tkachenko'] },
  { w: 9, m: ['Mohammed', 'Ahmad', 'Khaled', 'Omar', 'Yasin', 'Bilal'],
    f: ['Fatima', 'Amal', 'Rania', 'Nour', 'Samira', 'Layla'],
    fam: ['Al-Hassan', 'El Khatib', 'Haddad', 'Abu Saleh', 'Mansour', 'Ibrahim', 'Al Masri', 'Nasser'] },
  { w: 6, m: ['Ionuț', 'Florin', 'Marius', 'Dragoș'], f: ['Mihaela', 'Ioana', 'Andreea', 'Roxana'],
    fam: ['Popescu', 'Ionescu', 'Constantinescu', 'Dumitru', 'Stănescu', 'Munteanu'] },
  { w: 6, m: ['Dragan', 'Nikola', 'Emir', 'Zoran', 'Edin'], f: ['Jasmina', 'Snežana', 'Mirela', 'Ljiljana', 'Dragana'],
    fam: ['Petrović', 'Hadžić', 'Jovanović', 'Kovačević', 'Begić', 'Marković'] },
  { w: 5, m: ['Giuseppe', 'Salvatore', 'Antonio', 'Luca'], f: ['Giovanna', 'Rosaria', 'Francesca', 'Carmela'],
    fam: ['Di Stefano', 'Russo', 'De Luca', 'Esposito', 'La Rosa', 'Lo Bianco'] },
  { w: 4, m: ['Georgios', 'Dimitrios', 'Konstantinos'], f: ['Eleni', 'Vasiliki', 'Despina'],
    fam: ['Papadopoulos', 'Georgiou', 'Athanasiadis', 'Karamanlis'] },
  { w: 5, m: ['Kwame', 'Emmanuel', 'Chukwuemeka', 'Abdoulaye', 'Yohannes'], f: ['Adaeze', 'Akosua', 'Fatoumata', 'Mariam', 'Selam'],
    fam: ['Mensah', 'Okonkwo', 'Diallo', 'Traoré', 'Tesfaye', 'Boateng', 'Nwosu'] },
  { w: 4, m: ['Văn Minh', 'Duc Anh', 'Quang'], f: ['Thi Lan', 'Thu Hà', 'Ngọc Anh'],
    fam: ['Nguyen', 'Tran', 'Pham', 'Le'] },
];

function birth(rng: Rng, letterYear: number, minAge = 19, maxAge = 78): Day {
  const y = letterYear - rng.int(minAge, maxAge);
  return addDays(`${y}-01-01`, rng.int(0, 364));
}

export function person(rng: Rng, year: number, female?: boolean, pool?: Pool): Person {
  const p = pool ?? rng.weighted(POOLS.map((x) => [x, x.w] as const));
  const f = female ?? rng.chance(0.5);
  let given = rng.pick(f ? p.f : p.m);
  if (p === POOLS[0] && rng.chance(0.12)) {
    const other = rng.pick(f ? p.f : p.m);
    if (!given.includes('-') && !other.includes('-') && other !== given) given = `${given} ${other}`;
  }
  let family = rng.pick(p.fam);
  if (f && p === POOLS[2]) family = family.replace(/ski$/, 'ska').replace(/cki$/, 'cka');
  if (!f && p === POOLS[2]) family = family.replace(/ska$/, 'ski').replace(/ńska$/, 'ński');
  if (!f && p === POOLS[3]) family = family.replace(/owa$/, 'ow');
  return { given, family, female: f, birth: birth(rng, year), dr: rng.chance(0.03) };
}

/** One to three tenants of a flat: singles, couples with one name, couples with two names, adult child. */
export function tenants(rng: Rng, year: number): Person[] {
  const pool = rng.weighted(POOLS.map((x) => [x, x.w] as const));
  const first = person(rng, year, undefined, pool);
  const n = rng.weighted([[1, 55], [2, 38], [3, 7]] as const);
  const out = [first];
  if (n >= 2) {
    const second = person(rng, year, !first.female, rng.chance(0.8) ? pool : undefined);
    if (rng.chance(0.6)) second.family = first.family;
    else if (rng.chance(0.25)) second.family = `${second.family}-${first.family}`;
    if (first.birth) second.birth = addDays(first.birth, rng.int(-2500, 2500));
    out.push(second);
  }
  if (n === 3) {
    const child = person(rng, year, undefined, pool);
    child.family = first.family;
    child.birth = birth(rng, year, 18, 26);
    out.push(child);
  }
  return out;
}

export function fullName(p: Person): string {
  return `${p.given} ${p.family}`;
}

export function formal(p: Person, withDr = true): string {
  return `${p.female ? 'Frau' : 'Herr'} ${withDr && p.dr ? 'Dr. ' : ''}${p.given} ${p.family}`;
}

export function reversed(p: Person): string {
  return `${p.family}, ${p.given}`;
}

/** Private landlords (people) — fictional. */
export function privateLandlord(rng: Rng): { name: string; female: boolean } {
  const pool = POOLS[0] as Pool;
  const f = rng.chance(0.5);
  const name = `${rng.pick(f ? pool.f : pool.m)} ${rng.pick(['Ostermaier', 'Liebscher', 'Wunderlich', 'Hörnig', 'Zschoche', 'Dallmayr-Fink', 'Rübsamen', 'Henneberg', 'Kranepuhl', 'Birkenstock-Ahl'])}`;
  return { name, female: f };
}
