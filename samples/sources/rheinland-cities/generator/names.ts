/** Fictional names of people, grouped by origin so given and family names fit together. */
export interface NamePool {
  origin: string;
  male: readonly string[];
  female: readonly string[];
  family: readonly string[];
}

export const NAME_POOLS: readonly NamePool[] = [
  {
    origin: 'de',
    male: ['Jürgen', 'Dirk', 'Sven', 'Heinz-Werner', 'Kevin', 'Maik', 'Thorsten', 'Uwe', 'Dennis', 'Karl-Heinz', 'Rüdiger', 'Björn'],
    female: ['Sabine', 'Marie-Luise', 'Jennifer', 'Gisela', 'Anja', 'Jessica', 'Ursula', 'Nicole', 'Chantal', 'Dörte', 'Melanie'],
    family: ['Schmitz', 'Müller-Lüdenscheidt', 'Kürten', 'Hoffmann', 'Büscher', 'Wißkirchen', 'Offermanns', 'Jöris', 'Klütsch', 'Strößner', 'Hüsgen', 'Lammertz', 'Pütz', 'Breuer', 'Heinemann-Roß'],
  },
  {
    origin: 'tr',
    male: ['Mehmet', 'Hüseyin', 'Oğuz', 'Emre', 'İsmail', 'Çağlar', 'Serkan', 'Yusuf', 'Barış'],
    female: ['Ayşe', 'Fatma', 'Gülşen', 'Hatice', 'Şeyma', 'Elif', 'Özlem', 'Dilek', 'Büşra'],
    family: ['Yılmaz', 'Öztürk', 'Çelik', 'Kaya', 'Doğan', 'Şahin', 'Aydın', 'Güneş', 'Karataş', 'Erdoğdu', 'Kılıç'],
  },
  {
    origin: 'pl',
    male: ['Paweł', 'Tomasz', 'Łukasz', 'Krzysztof', 'Grzegorz', 'Michał'],
    female: ['Małgorzata', 'Agnieszka', 'Joanna', 'Bożena', 'Katarzyna', 'Ewa'],
    family: ['Nowak', 'Wiśniewski', 'Kowalczyk', 'Wróbel', 'Zieliński', 'Dąbrowski', 'Łukaszewicz', 'Szczęsny', 'Piątek'],
  },
  {
    origin: 'ru',
    male: ['Sergej', 'Wladimir', 'Andrej', 'Dmitrij', 'Alexander', 'Jewgenij'],
    female: ['Swetlana', 'Olga', 'Tatjana', 'Natalja', 'Ljudmila', 'Irina'],
    family: ['Iwanow', 'Schmidt', 'Kusnezow', 'Petrenko', 'Wolkow', 'Bondarenko', 'Morosow', 'Rempel', 'Janzen'],
  },
  {
    origin: 'ar',
    male: ['Mohammed', 'Ahmad', 'Khaled', 'Omar', 'Yousef', 'Mahmoud', 'Abdulrahman'],
    female: ['Fatima', 'Amal', 'Rania', 'Huda', 'Nour', 'Samira', 'Leila'],
    family: ['Al-Hassan', 'Haddad', 'El Khatib', 'Abou Chaker', 'Mansour', 'Al Masri', 'Othman', 'Darwish', 'Ibrahim'],
  },
  {
    origin: 'ro',
    male: ['Ionuț', 'Marian', 'Florin', 'Gheorghe', 'Constantin'],
    female: ['Ioana', 'Mihaela', 'Florentina', 'Elena', 'Alina'],
    family: ['Popescu', 'Dumitrescu', 'Lăcătuș', 'Stoica', 'Căldăraru', 'Rădulescu'],
  },
  {
    origin: 'yu',
    male: ['Dragan', 'Nenad', 'Senad', 'Milan', 'Goran', 'Emir'],
    female: ['Jasmina', 'Snežana', 'Dragana', 'Amra', 'Mirjana', 'Vesna'],
    family: ['Jovanović', 'Hodžić', 'Petrović', 'Begić', 'Kovačević', 'Šarić', 'Nikolić'],
  },
  {
    origin: 'it',
    male: ['Giuseppe', 'Salvatore', 'Antonio', 'Francesco', 'Vincenzo'],
    female: ['Giuseppina', 'Maria Grazia', 'Rosaria', 'Concetta', 'Francesca'],
    family: ['Esposito', 'Di Stefano', 'Russo', 'La Rocca', 'Caruso', 'De Luca', 'Lo Bianco'],
  },
  {
    origin: 'gr',
    male: ['Georgios', 'Dimitrios', 'Konstantinos', 'Nikolaos'],
    female: ['Eleni', 'Dimitra', 'Vasiliki', 'Anastasia'],
    family: ['Papadopoulos', 'Georgiou', 'Konstantinidis', 'Pappas', 'Oikonomou'],
  },
  {
    origin: 'af',
    male: ['Kwame', 'Chukwuemeka', 'Tesfay', 'Ousmane', 'Emmanuel', 'Kofi'],
    female: ['Ama', 'Chiamaka', 'Senait', 'Aminata', 'Grace', 'Abena'],
    family: ['Mensah', 'Okonkwo', 'Tesfamariam', 'Diallo', 'Boateng', 'Adeyemi', 'Ghebremedhin'],
  },
  {
    origin: 'nl',
    male: ['Jan', 'Pieter', 'Hendrik'],
    female: ['Anneke', 'Marieke', 'Ingrid'],
    family: ['van der Linden', 'van Dijk', 'de Vries', 'ter Horst'],
  },
  {
    origin: 'ku',
    male: ['Azad', 'Rojhat', 'Şivan', 'Berzan'],
    female: ['Rojda', 'Zozan', 'Hêvîn', 'Berfin'],
    family: ['Bozkurt', 'Ekinci', 'Tekin', 'Aslan'],
  },
];

/** Fictional landlords who are private persons. */
export const PRIVATE_LANDLORDS: readonly string[] = [
  'Helga Brückner', 'Wilfried Esser', 'Erbengemeinschaft Overath', 'Hans-Peter Schlömer', 'Renate Vollmer-Kirsch',
  'Ahmet Demirtaş', 'Gertrud Lückerath', 'Dieter und Monika Bungart', 'Bernd Kaltenbach', 'Ilse Wirtz',
];
