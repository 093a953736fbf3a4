/** Fictional name pools, grouped by origin so that households get plausible combinations. */
export interface NamePool {
  male: readonly string[];
  female: readonly string[];
  /** [male form, female form] of family names (same string when not gendered). */
  family: readonly (readonly [string, string])[];
}

const same = (...names: string[]): [string, string][] => names.map((n) => [n, n]);

export const NAME_POOLS: Record<string, NamePool> = {
  german: {
    male: ['Thomas', 'Michael', 'Andreas', 'Stefan', 'Jürgen', 'Dirk', 'Sven', 'Kevin', 'Dennis', 'Marcel', 'Uwe', 'Klaus-Dieter', 'Jörg', 'Hans-Peter', 'Rüdiger', 'Pascal'],
    female: ['Sabine', 'Nicole', 'Melanie', 'Jessica', 'Sandra', 'Petra', 'Anja', 'Chantal', 'Marie-Luise', 'Doris', 'Birgit', 'Jacqueline', 'Ute', 'Annegret', 'Sarah-Lena'],
    family: same('Schmitz', 'Müller', 'Weber', 'Becker', 'Hoffmann', 'Krämer', 'Schäfer', 'Wagner', 'Kühn', 'Großmann', 'Brüggemann', 'Lüdenscheidt-Kraus', 'Schulte-Bräucker', 'Overbeck', 'Dahlhaus', 'Jäger', 'Köhler', 'Voß', 'Weiß', 'Scholz', 'von der Heide', 'zur Nieden', 'Hüsken', 'Klein-Höfer', 'Stöcker', 'Bräutigam'),
  },
  turkish: {
    male: ['Mehmet', 'Hüseyin', 'Ömer', 'Serkan', 'Murat', 'İsmail', 'Oğuz', 'Ali Rıza', 'Yusuf', 'Cengiz', 'Barış'],
    female: ['Ayşe', 'Fatma', 'Emine', 'Gülşen', 'Dilek', 'Şükran', 'Hatice', 'Büşra', 'Özlem', 'Nurgül', 'Çiğdem'],
    family: same('Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Öztürk', 'Aydın', 'Doğan', 'Kılıç', 'Arslan', 'Güneş', 'Karakuş', 'Erdoğdu', 'Koç'),
  },
  polish: {
    male: ['Krzysztof', 'Paweł', 'Łukasz', 'Tomasz', 'Mirosław', 'Grzegorz', 'Zbigniew', 'Jarosław'],
    female: ['Agnieszka', 'Małgorzata', 'Katarzyna', 'Joanna', 'Ewa', 'Bożena', 'Jadwiga', 'Urszula'],
    family: [['Kowalczyk', 'Kowalczyk'], ['Wiśniewski', 'Wiśniewska'], ['Nowak', 'Nowak'], ['Wójcik', 'Wójcik'], ['Kamiński', 'Kamińska'], ['Zieliński', 'Zielińska'], ['Dąbrowski', 'Dąbrowska'], ['Szczepański', 'Szczepańska'], ['Król', 'Król'], ['Jabłoński', 'Jabłońska'], ['Grabowski', 'Grabowska'], ['Michałek', 'Michałek']],
  },
  russian: {
    male: ['Sergej', 'Dmitrij', 'Alexander', 'Wladimir', 'Viktor', 'Jewgenij', 'Nikolai', 'Andrej'],
    female: ['Olga', 'Swetlana', 'Tatjana', 'Natalia', 'Irina', 'Jelena', 'Ljudmila', 'Oksana'],
    family: [['Iwanow', 'Iwanowa'], ['Petrenko', 'Petrenko'], ['Kusnezow', 'Kusnezowa'], ['Wolkow', 'Wolkowa'], ['Tkachenko', 'Tkachenko'], ['Bondarenko', 'Bondarenko'], ['Melnyk', 'Melnyk'], ['Schewtschenko', 'Schewtschenko'], ['Sokolow', 'Sokolowa'], ['Reimer', 'Reimer']],
  },
  arabic: {
    male: ['Mohammed', 'Ahmad', 'Khaled', 'Yousef', 'Omar', 'Abdul Karim', 'Mahmoud', 'Bilal', 'Tarek'],
    female: ['Fatima', 'Amina', 'Rania', 'Noor', 'Samira', 'Hanan', 'Layla', 'Rasha'],
    family: same('Al-Hassan', 'Haddad', 'Abu Zaid', 'El Khatib', 'Khalil', 'Mansour', 'Nasser', 'Al Ahmad', 'Ibrahim', 'Al-Masri', 'Hamdan', 'Saleh'),
  },
  romanian: {
    male: ['Ionuț', 'Florin', 'Gheorghe', 'Mihai', 'Adrian', 'Costel', 'Marius'],
    female: ['Ioana', 'Mădălina', 'Elena', 'Andreea', 'Florentina', 'Ștefania', 'Violeta'],
    family: same('Popescu', 'Ionescu', 'Constantin', 'Stoica', 'Dumitru', 'Munteanu', 'Lăcătuș', 'Răducanu', 'Țurcanu', 'Moldovan'),
  },
  balkan: {
    male: ['Dragan', 'Nikola', 'Emir', 'Goran', 'Mirsad', 'Bekim', 'Zoran', 'Armin'],
    female: ['Jasmina', 'Snežana', 'Amra', 'Vesna', 'Mirjana', 'Arta', 'Dragana', 'Lejla'],
    family: same('Petrović', 'Jovanović', 'Hodžić', 'Begović', 'Krasniqi', 'Berisha', 'Nikolić', 'Šarić', 'Đurić', 'Mehmedović', 'Gashi'),
  },
  italian: {
    male: ['Giuseppe', 'Salvatore', 'Antonio', 'Vincenzo', 'Luca', 'Francesco'],
    female: ['Giovanna', 'Rosaria', 'Francesca', 'Carmela', 'Concetta', 'Alessia'],
    family: same('Di Stefano', 'Russo', 'Esposito', 'De Luca', 'Lo Bianco', 'La Rosa', 'Greco', 'D’Angelo', 'Santoro', 'Di Giacomo'),
  },
  greek: {
    male: ['Georgios', 'Dimitrios', 'Konstantinos', 'Nikolaos', 'Vasilios'],
    female: ['Eleni', 'Maria', 'Sofia', 'Despina', 'Anastasia', 'Paraskevi'],
    family: [['Papadopoulos', 'Papadopoulou'], ['Georgiou', 'Georgiou'], ['Konstantinidis', 'Konstantinidou'], ['Karagiannis', 'Karagianni'], ['Oikonomou', 'Oikonomou'], ['Papadakis', 'Papadaki']],
  },
  african: {
    male: ['Emmanuel', 'Kwame', 'Chukwuemeka', 'Mamadou', 'Abdoulaye', 'Kofi', 'Samuel', 'Ousmane'],
    female: ['Grace', 'Adaeze', 'Fatoumata', 'Blessing', 'Akosua', 'Mariama', 'Esther', 'Aminata'],
    family: same('Mensah', 'Okonkwo', 'Diallo', 'Owusu', 'Nwachukwu', 'Traoré', 'Asante', 'Kamara', 'Boateng', 'Adeyemi', 'Ndiaye'),
  },
};

export const ORIGIN_WEIGHTS: readonly (readonly [string, number])[] = [
  ['german', 34], ['turkish', 14], ['polish', 9], ['russian', 9], ['arabic', 10], ['romanian', 6],
  ['balkan', 7], ['italian', 5], ['greek', 3], ['african', 5],
];
