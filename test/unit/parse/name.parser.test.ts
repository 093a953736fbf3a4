import { describe, expect, it } from 'vitest';
import { parseNames, repairNameLetters } from '../../../src/core/parse/name.parser.js';

const names = (text: string) => parseNames(text).map((t) => t.name);

describe('parseNames', () => {
  it.each([
    ['Herrn Jürgen Müller-Lüdenscheidt', ['Jürgen Müller-Lüdenscheidt']],
    ['Frau Dr. Anna von Berg', ['Anna von Berg']],
    ['Herr Dipl.-Ing. Klaus van der Meer', ['Klaus van der Meer']],
    ['Frau Marie-Luise Di Stefano', ['Marie-Luise Di Stefano']],
    ['Herrn Ahmet Yılmaz', ['Ahmet Yılmaz']],
    ['Frau Ayşe Doğan', ['Ayşe Doğan']],
    ['Frau Małgorzata Wiśniewska', ['Małgorzata Wiśniewska']],
    ['Herrn François Garçon', ['François Garçon']],
    ['1. Max Mustermann, 2. Erika Mustermann', ['Max Mustermann', 'Erika Mustermann']],
    ['1) Max Mustermann 2) Erika Mustermann', ['Max Mustermann', 'Erika Mustermann']],
    ['Max und Erika Mustermann', ['Max Mustermann', 'Erika Mustermann']],
    ['Herrn Max Mustermann und Frau Erika Musterfrau', ['Max Mustermann', 'Erika Musterfrau']],
    ['Beklagte zu 1. Max Mustermann', ['Max Mustermann']],
    ['Max Mustermann und Erika Mustermann, gesamtschuldnerisch', ['Max Mustermann', 'Erika Mustermann']],
    ['Frau Ewa Kowalczyk, wohnhaft Hauptstraße 12, 51674 Wiehl', ['Ewa Kowalczyk']],
    ['Karl-Heinz zu Salm', ['Karl-Heinz zu Salm']],
    // OCR's specks and misread letters
    ['Frau Gül.Sahin', ['Gül Sahin']],
    ['Herrn Jörg Lewandowsski, Frau Anna Dabrowsska', ['Jörg Lewandowski', 'Anna Dabrowska']],
    ['Herr Uwe Jäger, Frau Malgorzata de. Vries', ['Uwe Jäger', 'Malgorzata de Vries']],
    ['Frau Prof.Dr.Anna Berg', ['Anna Berg']],
    ['Krüger, Svetlana\t.', ['Svetlana Krüger']],
    ['1. Frau Hülya Mustermann 2. Herr Pawe! Mustermann', ['Hülya Mustermann', 'Pawel Mustermann']],
    ['Frau Ayse Müller-Lüdenscheidt, und Herr Yusuf !wanow', ['Ayse Müller-Lüdenscheidt', 'Yusuf Iwanow']],
    ['Frau Ayse !)wanowa', ['Ayse Iwanowa']],
    ['gegen Frau Olga |wanowa, wohnhaft in Auf der Brück 94', ['Olga Iwanowa']],
    ['Herr Serge) Iwanow, geb. 17.09.1978', ['Sergej Iwanow']],
    ['Frau Malgorzata Nowak, und Herr Pawe!t Pohl', ['Malgorzata Nowak', 'Pawelt Pohl']],
    // list numbers closed by ".)", academic titles after the family name's comma, semicolons between persons
    ['1.) Anna Schmidt 2.) Max Schmidt', ['Anna Schmidt', 'Max Schmidt']],
    ['zu 2.) Michał Zieliński', ['Michał Zieliński']],
    ['Nowak, Dr. Michał', ['Michał Nowak']],
    ['Berger, Prof. Dr. Eva', ['Eva Berger']],
    ['Tesfamariam, Ama; Tesfamariam, Emmanuel', ['Ama Tesfamariam', 'Emmanuel Tesfamariam']],
    ['Kleinjung,. Marco,', ['Marco Kleinjung']],
    ['Rosaria. De Luca: geboren am 27.05.1973', ['Rosaria De Luca']],
  ])('reads %s', (input, expected) => {
    expect(names(input)).toEqual(expected);
  });

  it('keeps the birth date after OCR\'s semicolon for the comma ("Kuznetsov; geb. 02.03.1978", seed 20261213 doc-012)', () => {
    expect(parseNames('1. Frau Gül Kuznetsova, geb. 07.12.1972 2. Herr Tomasz Kuznetsov; geb. 02.03.1978')).toEqual([
      { name: 'Gül Kuznetsova', birthDate: '1972-12-07' },
      { name: 'Tomasz Kuznetsov', birthDate: '1978-03-02' },
    ]);
  });

  it('reads the birth date after "geb."', () => {
    expect(parseNames('Herrn Jürgen Müller, geb. 03.04.1971')).toEqual([{ name: 'Jürgen Müller', birthDate: '1971-04-03' }]);
  });

  it('reads the 9, 8 or 6 of a fax for the 0 that starts a day or month, which no date has ("geb. 93.12.1991")', () => {
    expect(parseNames('Kaczmarek, Sabine, geb. 93.12.1991')).toEqual([{ name: 'Sabine Kaczmarek', birthDate: '1991-12-03' }]);
    expect(parseNames('Herrn Jürgen Müller, geb. 14.87.1971')).toEqual([{ name: 'Jürgen Müller', birthDate: '1971-07-14' }]);
    // A day that may be as read is not touched, and a date still impossible stays unread.
    expect(parseNames('Herrn Jürgen Müller, geb. 29.02.1971')).toEqual([{ name: 'Jürgen Müller', birthDate: null }]);
  });

  it('keeps each birth date with its person', () => {
    expect(parseNames('1. Max Mustermann, geb. 01.02.1980, 2. Erika Mustermann, geb. 03.04.1982')).toEqual([
      { name: 'Max Mustermann', birthDate: '1980-02-01' },
      { name: 'Erika Mustermann', birthDate: '1982-04-03' },
    ]);
  });

  it.each([['Wohnungsbau Oberberg GmbH'], ['Amtsgericht Gummersbach'], ['werden verurteilt'], ['Hauptstraße 12']])(
    'finds no tenant in %s',
    (input) => {
      expect(parseNames(input)).toEqual([]);
    },
  );
});

describe('parseNames with comma-separated people', () => {
  it('splits two full names separated by a comma', () => {
    expect(names('Max Mustermann, Erika Musterfrau')).toEqual(['Max Mustermann', 'Erika Musterfrau']);
  });

  it('does not read a street after the name as a person', () => {
    expect(names('Max Mustermann, Am Sonnenhang 4')).toEqual(['Max Mustermann']);
  });
});

describe('parseNames on OCR specks', () => {
  it.each([
    ['Herr Serge] Sahin', ['Sergej Sahin']],
    ['Pohl, 0lga, geb. 24.12.1967', ['Olga Pohl']],
    ['Frau Łucja’ Di Stefano, geb. 09.09.1948', ['Łucja Di Stefano']],
    ['Herrn ‚Max Müller', ['Max Müller']],
    ["Frau Siobhan O'Brien", ["Siobhan O'Brien"]],
    // OCR's semicolon for the comma after a family name; a semicolon between two whole names still splits them.
    ['Wöjcik; Uwe, geb. 17.04.1975', ['Uwe Wöjcik']],
    ['Müller-Lüdenscheidt; Jürgen', ['Jürgen Müller-Lüdenscheidt']],
    ['Hans Müller; Eva Schmidt, geb. 01.02.1980', ['Hans Müller', 'Eva Schmidt']],
    // A first name OCR read with a small first letter (Ł as t) after the title, but no particle or small word.
    ['2. Frau tucja Celik, geb. 04.03.1991', ['Tucja Celik']],
    ['Frau von der Heydt, Björn', ['Björn von der Heydt']],
    ['Herr und Frau Anna Müller', ['Anna Müller']],
    // Two lone names never make a person with an empty family name.
    ['Wöjcik und Uwe', []],
  ])('reads %s', (input, expected) => {
    expect(names(input)).toEqual(expected);
  });
});

describe('parseNames with the family name first', () => {
  it.each([
    ['Mustermann, Max', ['Max Mustermann']],
    ['Herrn Müller-Lüdenscheidt, Jürgen, geb. 03.04.1971', ['Jürgen Müller-Lüdenscheidt']],
    // Capitals outside German (Ş, Ł, Ç) start names too.
    ['Şahin, Zeynep, geb. 28.06.1999', ['Zeynep Şahin']],
    ['Çelik, Łucja', ['Łucja Çelik']],
    // OCR's "$" for Ş/ś inside or at the start of a name.
    ['$ahin, Zeynep', ['Zeynep Sahin']],
    ['Frau Gül Wis$niewska, geb. 27.04.1959', ['Gül Wisniewska']],
    // A family name that starts with a particle, in small or capital letters.
    ['1. de Vries, Rüdiger, geb. 10.08.1970\n2. Di Stefano, Ayşe, geb. 27.11.1997', ['Rüdiger de Vries', 'Ayşe Di Stefano']],
    // Every person of a list, not only the first.
    ['1. Müller, Max, geb. 10.08.1970 2. Schmidt, Erika, geb. 27.11.1997', ['Max Müller', 'Erika Schmidt']],
  ])('reads %s', (input, expected) => {
    expect(names(input)).toEqual(expected);
  });
});

describe('parseNames with Arabic particles', () => {
  it('keeps "al-" and "bin" in the name', () => {
    expect(names('Herrn Omar al-Hassan')).toEqual(['Omar al-Hassan']);
  });
});

describe('parseNames with a household word', () => {
  it('drops "Eheleute" and still splits the couple', () => {
    expect(names('Eheleute Max und Erika Mustermann')).toEqual(['Max Mustermann', 'Erika Mustermann']);
  });
});

describe('repairNameLetters', () => {
  it('reads a final ")" as j, but not one that closes a bracket', () => {
    expect(repairNameLetters('Herr Serge) Iwanow')).toBe('Herr Sergej Iwanow');
    expect(repairNameLetters('Frau Anna Schmidt (geb. Meier), Hauptstraße 1')).toBe('Frau Anna Schmidt (geb. Meier), Hauptstraße 1');
  });
});

describe('a first capital I read as a small l', () => {
  it('is mended where the mended word is a given name, in prose and in a list', () => {
    expect(names('gegen lonut Dumitru und Esther Mensah')).toEqual(['Ionut Dumitru', 'Esther Mensah']);
    expect(names('1. lbrahim Yıldız\n2. lrina Yıldız')).toEqual(['Ibrahim Yıldız', 'Irina Yıldız']);
  });

  it('is mended at the start of a family name written before a given name', () => {
    expect(names('Schuldner/in 1) lonescu, Marius, * 04.07.1964\n2) lonescu, loana, * 20.05.1978')).toEqual(['Marius Ionescu', 'Ioana Ionescu']);
  });

  it('leaves small words that start with l alone', () => {
    expect(repairNameLetters('laut Vertrag lebt Frau Anna Lohse dort')).toBe('laut Vertrag lebt Frau Anna Lohse dort');
    expect(repairNameLetters('wie laut, Vertrag')).toBe('wie laut, Vertrag');
  });
});

describe('a family name with particles printed in capitals, written first', () => {
  it('reads "VAN DER MEULEN, Jean-Pierre" and "DE LUCA, Ana Paula" as one person each, the particles small or capitalised as written', () => {
    expect(parseNames('VAN DER MEULEN, Jean-Pierre, geb. 23.11.1954')).toEqual([{ name: 'Jean-Pierre van der Meulen', birthDate: '1954-11-23' }]);
    expect(names('DE LUCA, Ana Paula')).toEqual(['Ana Paula De Luca']);
  });
});

describe('family name first with two given names', () => {
  it('keeps both given names and the family name, and still splits a list of whole names at its commas', () => {
    expect(names('Großmann, Maik Jürgen')).toEqual(['Maik Jürgen Großmann']);
    expect(names('Anna Schmidt, Max Müller')).toEqual(['Anna Schmidt', 'Max Müller']);
  });
});

describe('a family name of two words written first', () => {
  it('is told from a list of whole names by the given-name lexicon', () => {
    expect(names('Lo Bianco, Maria Grazia')).toEqual(['Maria Grazia Lo Bianco']);
    expect(names('1. Lo Presti, Giuseppe, geb. 01.02.1980')).toEqual(['Giuseppe Lo Presti']);
    // Both sides whole names, or a given name off the lexicon before the comma: a list.
    expect(names('Jetmir Krasniqi, Ana Krasniqi')).toEqual(['Jetmir Krasniqi', 'Ana Krasniqi']);
  });

  it('keeps a family name in capitals, as forms print it', () => {
    expect(names('MÜLLER, Hans')).toEqual(['Hans Müller']);
    expect(parseNames('KAYA, Emre, geb. 14.04.1953')).toEqual([{ name: 'Emre Kaya', birthDate: '1953-04-14' }]);
  });
});

describe('words of a form that are no names', () => {
  it('drops the labels of a name column or field, "Weitere Beteiligte", and a flat’s floor read as a list entry', () => {
    expect(names('Name, Vorname: Kowalski, Jan')).toEqual(['Jan Kowalski']);
    expect(names('Nr. Name, Vorname geb. am Anschrift')).toEqual([]);
    expect(names('Weitere Beteiligte: Ayşe Yılmaz')).toEqual(['Ayşe Yılmaz']);
    expect(names('1. OG Mitte, bestehend aus 3 Zimmern')).toEqual([]);
    expect(names('Herr Olaf Egmann')).toEqual(['Olaf Egmann']);
  });
});

describe('a speck’s dot after a given name', () => {
  it('is dropped before the family name that ends the entry', () => {
    expect(parseNames('Marius. Turcanu, geb. 12.08.1969')).toEqual([{ name: 'Marius Turcanu', birthDate: '1969-08-12' }]);
  });
});

describe('given names sharing one family name', () => {
  it('gives each given name of a comma list ending in "und" the family name that ends it', () => {
    // A court's rubrum (counsel-bailiff), a landlord's letter, a Jobcenter's cover note.
    expect(names('Klaus-Dieter, Ute und Jessica Wagner')).toEqual(['Klaus-Dieter Wagner', 'Ute Wagner', 'Jessica Wagner']);
    expect(names('Eheleute Anna, Peter und Paul Weber-Kühn')).toEqual(['Anna Weber-Kühn', 'Peter Weber-Kühn', 'Paul Weber-Kühn']);
    expect(names('Hans und Erika Müller')).toEqual(['Hans Müller', 'Erika Müller']);
  });

  it('keeps a family name written first as it was ("Müller, Hans und …": Müller is no given name)', () => {
    expect(names('Müller, Hans und Erika Schmidt')).toEqual(['Hans Müller', 'Erika Schmidt']);
    expect(names('Rüdiger Dahlhaus, Carmela Greco und Michael Dahlhaus')).toEqual(['Rüdiger Dahlhaus', 'Carmela Greco', 'Michael Dahlhaus']);
  });
});

describe('small words and marks around a name', () => {
  it('keeps "zur" and "zum" inside a family name', () => {
    expect(names('Herrn Kevin zur Nieden')).toEqual(['Kevin zur Nieden']);
    expect(names('Stefan zum Felde, geb. 12.12.1983')).toEqual(['Stefan zum Felde']);
  });

  it('ends a name before a small word after its family name: there it is the sentence’s preposition', () => {
    expect(names('Frau Anna Schmidt zur Kenntnis')).toEqual(['Anna Schmidt']);
    expect(names('gegen Herrn Max Weber zur Räumung der Wohnung')).toEqual(['Max Weber']);
    expect(names('Frau Anna Schmidt von der Hausverwaltung')).toEqual(['Anna Schmidt']);
    expect(names('Maik Jürgen von Berg')).toEqual(['Maik Jürgen von Berg']);
  });

  it('drops a hyphen after a name’s last letter (OCR’s comma, a hyphen that led to no next line)', () => {
    expect(names('gegen Herrn Tarek Hamdan, Frau Nurgül Arslan und Frau Rania Hamdan- zur weiteren Veranlassung')).toEqual(['Tarek Hamdan', 'Nurgül Arslan', 'Rania Hamdan']);
  });

  it('strips a title only as a whole word: "Frauke", "Hermann" and "Herrmann" are names', () => {
    expect(names('Frauke Schmidt und Peter Herrmann')).toEqual(['Frauke Schmidt', 'Peter Herrmann']);
    expect(names('Herrn Hermann Herrmann, Frau Frauke Hermes')).toEqual(['Hermann Herrmann', 'Frauke Hermes']);
  });

  it('takes "Herm" before a name for OCR’s "Herrn" (rn read as m), not for a given name', () => {
    expect(names('Herm Sven Müller')).toEqual(['Sven Müller']);
    expect(names('Herm Dr. Jonas Albers und Frau Lea Albers')).toEqual(['Jonas Albers', 'Lea Albers']);
  });
});

describe('persons written family name first in one comma list', () => {
  it.each([
    ['Al-Hassan, Ahmad, Al-Hassan, Rania', ['Ahmad Al-Hassan', 'Rania Al-Hassan']],
    ['Sokolowa, Swetlana, Sokolow, Sergej', ['Swetlana Sokolowa', 'Sergej Sokolow']],
    // Whole names in a list stay as they are.
    ['Anna Schmidt, Max Müller', ['Anna Schmidt', 'Max Müller']],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('parts no list whose words do not alternate family and given names', () => {
    expect(names('Müller, Max, Schmidt, Erika, Bauer')).not.toContain('Erika Schmidt');
  });
});

describe('particles printed in capitals', () => {
  it.each([
    ['Kevin VON DER HEYDE', ['Kevin von der Heyde']],
    ['Salvatore VAN DER MEULEN', ['Salvatore van der Meulen']],
    ['Rosaria DI STEFANO', ['Rosaria Di Stefano']],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
