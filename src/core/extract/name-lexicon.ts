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

/** Only the names with a letter outside German: the others the German model reads as they are. */
export const KNOWN_FOREIGN_NAMES: ReadonlySet<string> = new Set(
  [...POLISH_GIVEN, ...POLISH_FAMILY, ...TURKISH_GIVEN, ...TURKISH_FAMILY].map((n) => n.normalize('NFC')).filter((n) => /[^A-Za-zÄÖÜäöüß-]/.test(n)),
);
