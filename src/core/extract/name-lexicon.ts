import type { NameLanguage } from './foreign-letters.js';

/**
 * Common Polish and Turkish given and family names spelled with letters the German OCR model cannot write
 * (ł ą ę ś ń ż ź ć ó, ş ı ğ ç İ). The name models read these letters right more often than they are sure of
 * them: "Łucja" comes back from the Polish model at a confidence of 0 to 0.46, "Małgorzata" at 0.2, so the
 * confidence floors of foreign-letters.ts leave "Lucja" and "Matgorzata". A second read that spells one of
 * these names, where the German read is the same name without its letters, is taken, and its word marked as
 * not sure (see withForeignLetters): the worker checks it.
 *
 * Gathered from general knowledge of frequent names, not from the sample generator; but every such name of
 * the generator's pool is on it, so `npm run eval` cannot tell how names off the list fare (they still need a
 * confident second read; unit tests hold that). Letters the German model writes (ä ö ü ß) need no entry.
 */
const POLISH_GIVEN = [
  'Łucja', 'Łukasz', 'Łucjan', 'Małgorzata', 'Paweł', 'Michał', 'Rafał', 'Stanisław', 'Stanisława', 'Władysław',
  'Bolesław', 'Czesław', 'Jarosław', 'Mirosław', 'Radosław', 'Wiesław', 'Wiesława', 'Zdzisław', 'Przemysław',
  'Bogusław', 'Bogusława', 'Mieczysław', 'Wacław', 'Bronisław', 'Sławomir', 'Józef', 'Józefa', 'Jędrzej',
  'Mikołaj', 'Bartłomiej', 'Błażej', 'Bożena', 'Grażyna', 'Elżbieta', 'Żaneta', 'Małgosia',
];
const POLISH_FAMILY = [
  'Wójcik', 'Wiśniewski', 'Wiśniewska', 'Dąbrowski', 'Dąbrowska', 'Zieliński', 'Zielińska', 'Kamiński', 'Kamińska',
  'Woźniak', 'Kozłowski', 'Kozłowska', 'Jabłoński', 'Jabłońska', 'Wróbel', 'Król', 'Kołodziej', 'Szymański',
  'Szymańska', 'Piątek', 'Mróz', 'Górski', 'Górska', 'Pawłowski', 'Pawłowska', 'Michałowski', 'Michałowska',
  'Łuczak', 'Błaszczyk', 'Stępień', 'Włodarczyk', 'Bąk', 'Żak', 'Żukowski', 'Różański', 'Wąsik', 'Głowacki',
  'Głowacka', 'Kaźmierczak', 'Cieślak', 'Jóźwiak', 'Gąsior', 'Łapiński', 'Kołodziejczyk', 'Wróblewski',
  'Wróblewska', 'Zając', 'Jasiński', 'Jasińska', 'Urbański', 'Urbańska', 'Dudziński',
  'Łukasik', 'Ślusarczyk', 'Małecki', 'Małecka', 'Śliwa', 'Żebrowski', 'Wójtowicz',
];
const TURKISH_GIVEN = [
  'Ayşe', 'Gülşen', 'Şule', 'Şeyma', 'Büşra', 'Tuğba', 'Çiğdem', 'Tuğrul', 'Buğra', 'İbrahim', 'İsmail', 'İlknur',
  'Işıl', 'Fırat', 'Barış', 'Sıla', 'Yağmur', 'Çağla', 'Çağrı', 'Şükrü', 'Şükran', 'Şenay', 'Nurşen', 'Doğan',
  'Ağah', 'Aydın', 'Altın', 'Nazlı', 'Aslı', 'Kıvanç', 'Gökçe', 'Ilkın', 'Cağlar', 'Çağlar', 'Tanşu',
];
const TURKISH_FAMILY = [
  'Yılmaz', 'Yıldız', 'Yıldırım', 'Şahin', 'Çelik', 'Aydın', 'Koç', 'Doğan', 'Kılıç', 'Şimşek',
  'Erdoğan', 'Çakır', 'Aktaş', 'Güneş', 'Akın', 'Çetin', 'Şen', 'Kılınç', 'Taş', 'Coşkun', 'Ateş', 'Çiftçi',
  'Ağca', 'Bağcı', 'Sarı', 'Başaran', 'Işık', 'Dağ', 'Karataş', 'Çınar', 'Kaçar', 'Kocabaş',
];

/**
 * Frequent Romanian and Moldovan, Serbian, Croatian and Bosnian, French and francophone West African, and
 * Vietnamese family names, from general knowledge of each country's most frequent names: the same mechanism for
 * the languages whose models joined later (ă â î ș ț, č ć đ š ž, é è ê ï ë, ạ ầ ơ ư đ …).
 */
const ROMANIAN_FAMILY = [
  'Stănescu', 'Rădulescu', 'Dumitrașcu', 'Pătrașcu', 'Ștefănescu', 'Mihăilescu', 'Vlădescu', 'Bălănescu', 'Bărbulescu',
  'Săndulescu', 'Năstase', 'Tănase', 'Bălan', 'Lazăr', 'Mureșan', 'Sârbu', 'Pârvu', 'Crăciun', 'Călin', 'Păun',
  'Țurcanu', 'Căpraru', 'Căldăraru', 'Lăcătuș', 'Grigoraș', 'Gheorghiță', 'Brânzei', 'Vâlcu', 'Bîrsan', 'Hărșan',
  'Dănilă', 'Răileanu', 'Țăranu', 'Oprișan', 'Bălășoiu',
];
const SOUTH_SLAVIC_FAMILY = [
  'Petrović', 'Jovanović', 'Nikolić', 'Marković', 'Đorđević', 'Stojanović', 'Ilić', 'Pavlović', 'Milošević', 'Popović',
  'Živković', 'Kovačević', 'Knežević', 'Lukić', 'Perić', 'Vuković', 'Radić', 'Jurić', 'Matić', 'Božić', 'Pavić',
  'Blažević', 'Grgić', 'Đurić', 'Ivanović', 'Kostić', 'Stanković', 'Simić', 'Janković', 'Mitrović', 'Đukić', 'Savić',
  'Todorović', 'Novaković', 'Vidović', 'Filipović', 'Lazić', 'Tomić', 'Marić', 'Šarić', 'Babić', 'Kovač', 'Begić',
  'Begović', 'Hodžić', 'Hadžić', 'Mehmedović', 'Hasanović', 'Husić', 'Mujić', 'Ibrahimović', 'Alić', 'Omerović',
  'Salihović', 'Mešić', 'Kadić', 'Suljić', 'Halilović', 'Karić', 'Šehić', 'Čolić', 'Ćosić', 'Džafić', 'Delić',
];
const FRENCH_FAMILY = [
  'Lefèvre', 'Lefébure', 'Hébert', 'Ménard', 'Gérard', 'Léger', 'Lévêque', 'Lemaître', 'Rivière', 'Dupré', 'Bénard',
  'Séguin', 'Bélanger', 'Prévost', 'Périer', 'Benoît', 'Étienne', 'Chrétien', 'Hénault', 'Fèvre', 'Thérien',
  'Traoré', 'Touré', 'Koné', 'Keïta', 'Sané', 'Cissé', 'Diabaté', 'Konaté', 'Kanté', 'Sidibé', 'Kaboré', 'Ouédraogo',
  'Dembélé', 'Kouyaté', 'Diakité', 'Bâ',
];
const VIETNAMESE_FAMILY = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
  'Đinh', 'Trương', 'Lương', 'Đào', 'Mai', 'Trịnh', 'Tạ', 'Lâm', 'Hà', 'Tô', 'Châu',
];

/** Whether a name holds a letter outside German (ş ł ă č é …); spaces, apostrophes, dots and hyphens are none. */
export function hasLetterOutsideGerman(name: string): boolean {
  return /[^A-Za-zÄÖÜäöüß\s'’.-]/.test(name);
}

/**
 * Only the names with a letter outside German (the others the German model reads as they are), each with the
 * name language whose model writes it.
 */
export const KNOWN_FOREIGN_NAMES: ReadonlyMap<string, NameLanguage> = new Map(
  (
    [
      ['pol', [...POLISH_GIVEN, ...POLISH_FAMILY]],
      ['tur', [...TURKISH_GIVEN, ...TURKISH_FAMILY]],
      ['ron', ROMANIAN_FAMILY],
      ['hrv', SOUTH_SLAVIC_FAMILY],
      ['fra', FRENCH_FAMILY],
      ['vie', VIETNAMESE_FAMILY],
    ] as const
  ).flatMap(([lang, names]) => names.map((n) => n.normalize('NFC')).filter(hasLetterOutsideGerman).map((n) => [n, lang] as const)),
);
