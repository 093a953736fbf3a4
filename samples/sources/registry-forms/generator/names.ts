/** Fictional name pools of people in German social services' caseloads. */
export type Sex = 'm' | 'f';

export interface NamePool {
  origin: string;
  weight: number;
  male: readonly string[];
  female: readonly string[];
  family: readonly string[];
}

export const NAME_POOLS: readonly NamePool[] = [
  {
    origin: 'german',
    weight: 34,
    male: ['Jürgen', 'Karl-Heinz', 'Dennis', 'Sven', 'Uwe', 'Marco', 'Kevin', 'Hans-Peter', 'Björn', 'Timo', 'Ralf', 'Wolfgang', 'Jörg', 'Dirk', 'Maik'],
    female: ['Sabine', 'Marie-Luise', 'Jacqueline', 'Nicole', 'Anke', 'Sandra', 'Ursula', 'Jessica', 'Birgit', 'Chantal', 'Heike', 'Doris', 'Kerstin', 'Tanja', 'Brigitte'],
    family: ['Dahlhaus', 'Schmitz', 'Kleinjung', 'Müller-Lüdenscheidt', 'Hülsmann', 'Bergfeld', 'Weißenfels', 'Köhler', 'Rübsamen', 'Stöcker', 'Kürten', 'Oberbörsch', 'Pütz', 'von der Heydt', 'Baßler', 'Wirths', 'Hövel', 'Schäfer', 'Lüdtke', 'Brüggemann', 'Krämer', 'Gräf', 'Steinbach-Nolden', 'Zöller', 'Fuchs'],
  },
  {
    origin: 'turkish',
    weight: 14,
    male: ['Mehmet', 'Hüseyin', 'Ömer', 'Çağlar', 'Serkan', 'İsmail', 'Uğur', 'Barış'],
    female: ['Ayşe', 'Gülşen', 'Emine', 'Şeyma', 'Büşra', 'Hatice', 'Özlem', 'Dilek'],
    family: ['Yılmaz', 'Öztürk', 'Kılıç', 'Çelik', 'Şahin', 'Doğan', 'Aydın', 'Karagöz', 'Güneş', 'Erdoğdu', 'Kaya', 'Yıldırım'],
  },
  {
    origin: 'polish',
    weight: 10,
    male: ['Łukasz', 'Paweł', 'Grzegorz', 'Wojciech', 'Tomasz', 'Przemysław'],
    female: ['Małgorzata', 'Agnieszka', 'Joanna', 'Ewa', 'Katarzyna', 'Bożena'],
    family: ['Wiśniewski', 'Kowalczyk', 'Wróblewski', 'Zieliński', 'Dąbrowski', 'Jabłoński', 'Nowak', 'Szymański', 'Błaszczyk', 'Gałązka'],
  },
  {
    origin: 'russian',
    weight: 8,
    male: ['Sergej', 'Dmitrij', 'Alexander', 'Wladimir', 'Jewgenij', 'Nikolai'],
    female: ['Olga', 'Swetlana', 'Natalja', 'Tatjana', 'Jelena', 'Ljudmila'],
    family: ['Iwanow', 'Schewtschenko', 'Kusnezow', 'Petrenko', 'Wolkow', 'Hoffmann-Iwanowa', 'Sokolowa', 'Morosow'],
  },
  {
    origin: 'arabic',
    weight: 9,
    male: ['Mohammed', 'Ahmad', 'Khaled', 'Yousef', 'Omar', 'Abdul Karim', 'Mahmoud'],
    female: ['Fatima', 'Rania', 'Amal', 'Nour', 'Samira', 'Hanan', 'Layla'],
    family: ['Al-Hassan', 'El Khatib', 'Haddad', 'Abu Daher', 'Hamdan', 'Al Masri', 'Saleh', 'Barakat', 'Ibrahim'],
  },
  {
    origin: 'romanian',
    weight: 6,
    male: ['Ionuț', 'Florin', 'Gheorghe', 'Mihai', 'Ștefan'],
    female: ['Ioana', 'Mădălina', 'Elena', 'Roxana', 'Andreea'],
    family: ['Popescu', 'Constantinescu', 'Dumitrașcu', 'Stănescu', 'Munteanu', 'Ciobanu'],
  },
  {
    origin: 'balkan',
    weight: 7,
    male: ['Dragan', 'Milan', 'Arben', 'Nikola', 'Edin', 'Besnik'],
    female: ['Jasmina', 'Dragana', 'Mirela', 'Vesna', 'Albana', 'Snežana'],
    family: ['Petrović', 'Hodžić', 'Krasniqi', 'Jovanović', 'Berisha', 'Kovačević', 'Mehmedović', 'Gashi'],
  },
  {
    origin: 'italian-greek',
    weight: 6,
    male: ['Giuseppe', 'Salvatore', 'Antonio', 'Dimitrios', 'Georgios', 'Konstantinos'],
    female: ['Giovanna', 'Rosaria', 'Carmela', 'Eleni', 'Maria', 'Konstantina'],
    family: ['Di Stefano', 'Russo', 'La Rocca', 'Esposito', 'Papadopoulos', 'Karagiannis', 'Nikolaidou', 'De Luca'],
  },
  {
    origin: 'african',
    weight: 6,
    male: ['Emmanuel', 'Kwame', 'Abdoulaye', 'Chukwuemeka', 'Mamadou', 'Tesfaye'],
    female: ['Grace', 'Aminata', 'Blessing', 'Fatoumata', 'Adaeze', 'Mariam'],
    family: ['Mensah', 'Okonkwo', 'Diallo', 'Traoré', 'Asante', 'Tesfaye', 'Ndiaye', 'Bekele'],
  },
];
