import type { NameLanguage } from './foreign-letters.js';
import { fuzzyKey } from './fuzzy.js';

/**
 * Given names of the people in German social services' caseloads, by origin. Gathered from general knowledge of
 * frequent names, not from any sample generator. A word on this list, with a capitalised word after it, is a
 * strong sign of a person where no title or label says so ("gegen Olga Schmidt", "1. Yusuf Demir"); a word off
 * it is no sign against one (labelled blocks read any name). Compared by fuzzyKey, so accents and umlauts need
 * not match ("Ayse" is "Ayşe").
 */
const GERMAN = `
Achim Adam Adelheid Adolf Agnes Albert Alexander Alexandra Alfred Alina Alwin Amelie Andrea Andreas Angela Angelika Anita Anja Anke Anna
Annalena Anne Annegret Anneliese Annemarie Annette Anni Antje Anton Antonia Armin Arne Arnold Arthur August Axel Barbara Bärbel Bastian
Beate Ben Benedikt Benjamin Bernd Bernhard Berta Bettina Bianca Birgit Björn Bodo Brigitte Bruno Carina Carl Carla Carmen Caroline Carsten
Charlotte Christa Christel Christian Christiane Christina Christine Christoph Christopher Clara Claudia Claus Cornelia Daniel Daniela
Dennis Detlef Diana Dieter Dietmar Dietrich Dirk Doris Dorothea Dominik Edith Egon Elfriede Elias Elisabeth Elke Ella Ellen Elli Elmar Else
Emil Emilia Emma Erhard Erich Erika Erna Ernst Erwin Esther Eva Ewald Fabian Felix Finn Florian Frank Franz Franziska Frauke Frida Frieda
Friedhelm Friedrich Fritz Gabriele Georg Gerd Gerda Gerhard Gerlinde Gernot Gert Gertrud Gisela Gregor Greta Gudrun Günter Günther Gustav
Hanna Hannah Hannelore Hannes Hans Harald Hartmut Heidi Heike Heiko Heinrich Heinz Helene Helga Helmut Hendrik Henning Henry Herbert
Hermann Hildegard Holger Horst Hubert Hugo Ida Ilona Ilse Ina Inge Ingeborg Ingo Ingrid Irene Iris Irmgard Isabel Isabella Jakob Jan Jana
Janina Jannik Jens Jessica Joachim Jochen Johann Johanna Johannes Jonas Jonathan Jörg Josef Joseph Julia Julian Juliane Jürgen Justus
Jutta Kai Karin Karl Karla Karsten Katharina Kathrin Katja Katrin Kerstin Kevin Kilian Klaus Konrad Kristin Kurt Lars Laura Lea Lena Leni
Leon Leonie Liane Lieselotte Lina Lisa Lothar Lotte Louis Luca Lucas Ludwig Luis Luisa Luise Lukas Lutz Magdalena Maik Maja Malte Manfred
Manuel Manuela Marc Marcel Marco Marcus Margarete Margit Margot Maria Marianne Marie Marika Marina Mario Marion Marius Mark Markus
Marlene Marlies Martha Martin Martina Mathias Matthias Max Maximilian Melanie Melissa Mia Michael Michaela Michelle Mila Mira Mirko Monika
Moritz Nadine Natalie Nick Nico Nicole Niklas Nils Nina Noah Norbert Olaf Oliver Ortrud Oskar Otto Pascal Patricia Patrick Paul Paula
Peter Petra Philipp Pia Rainer Ralf Ralph Regina Reinhard Reinhold Renate René Richard Rita Robert Robin Roland Rolf Roman Rosemarie Rudolf
Rüdiger Ruth Sabine Sabrina Sandra Sara Sarah Sascha Sebastian Siegfried Silke Simon Simone Sina Sonja Sophia Sophie Stefan Stefanie
Steffen Stephan Susanne Svea Sven Svenja Swen Sybille Sylvia Tanja Thea Theo Theresa Thomas Thorsten Tilo Tim Timo Tina Tobias Tom Torsten
Udo Ulf Ulla Ulrich Ulrike Ursula Uta Ute Uwe Valentin Vanessa Vera Verena Viktor Viktoria Volker Waldemar Walter Werner Wilfried Wilhelm
Willi Wolfgang Yvonne Zoe Hans-Jürgen Hans-Peter Karl-Heinz Klaus-Dieter Marie-Luise Anna-Lena Eva-Maria Hans-Joachim Heinz-Dieter
Ann-Kathrin Lisa-Marie Jan-Hendrik Franz-Josef Rolf-Dieter Hans-Werner Hans-Georg Karl-Heinrich Christa-Maria
Jacqueline Chantal Mandy Peggy Ronny Nancy Sindy Cindy Doreen Denise Kathleen Sandy Jenny Jennifer Stephanie Steffi Manja Anett Annett
Ines Mike Marko Silvio Rico Toni Kay Denny Danny Justin Dustin Marvin Jason Kim Lara Emily Celina Angelina Nele Ole Mats Erik Eric Henrik
Fynn Lennart Jannis Jannes Lilly Lilli Marlen Ronja Vivien Wiebke Rieke Mathis Thilo Uli Frederik Friederike Gesine Heidrun Herta Hertha
Irmtraud Käthe Marga Roswitha Sieglinde Waltraud Gottfried Eberhard Ekkehard Burkhard Gunter Hagen Knut Reiner Sönke Thorben Tino
Wolfram Sigrid Marita Karola Carola Dagmar Edeltraud Elvira Gabi Gaby Heidemarie Ilka Jeannette Jeanette Kornelia Liesel Maritta Rosi
Sabina Sylke Silvana Viola Yvette Birte Britta Dörte Grit Kirsten Maren Meike Merle Kati Katy Conny Dominic Dominique Nadja Nadin
Josephine Leo Emilie Lotta Nora Romy Ronald Susann Susan Christin Cathrin Janine Jeannine Melina Marlon Steve Steven Enrico Ramona
`;
const TURKISH_KURDISH = `
Çağlar Çağla Çağrı Doğan Erol Nurgül Şükran Nazlı Hikmet Cihan Cahit Gönül Halime Hayri Kazım Nurettin Sevda Tayfun Yeter Zübeyde
Abdullah Adem Ahmet Ali Alp Arda Arif Aslı Aslan Ayça Aydın Ayhan Aylin Ayşe Aysel Ayten Aziz Bahar Barış Bayram Belgin Berk Berkay Berna
Betül Birgül Bülent Burak Burcu Büşra Can Canan Cansu Cem Cemal Cemile Cengiz Ceren Ceyda Çiğdem Deniz Derya Dilara Dilek Dursun Ebru
Ece Ekrem Elif Emel Emin Emine Emir Emre Engin Enis Ercan Erdal Erdem Erdoğan Eren Erkan Ersin Esra Fadime Fahri Faruk Fatih Fatma Feride
Ferhat Fikret Filiz Fırat Gamze Gizem Gökhan Gül Gülay Gülcan Gülsüm Gülşen Gülten Günay Hacer Hakan Halil Hamza Hande Hasan Hatice Hava
Hayriye Hilal Hülya Hüseyin İbrahim İlhan İlker İlknur İpek İrem İsmail Kadir Kader Kemal Kenan Kerem Kübra Leyla Levent Mahmut Medine
Melek Melike Meltem Merve Mesut Metin Mehmet Mehtap Meryem Muhammet Murat Mustafa Necati Nesrin Nevin Nihal Nilay Nuray Nurcan Oğuz
Okan Onur Orhan Osman Özge Özgür Özlem Pınar Ramazan Recep Rukiye Sabri Sadık Sedat Sefa Selim Selin Selma Semra Serap Serdar Serkan
Sevgi Sevim Sibel Sinan Songül Süleyman Şükrü Şule Tarık Tolga Tuba Tuğba Tülay Tuncay Turan Ufuk Uğur Ümit Ümmühan Vahit Veli Volkan
Yasemin Yasin Yavuz Yeliz Yıldız Yunus Yusuf Zafer Zehra Zekiye Zeki Zeliha Zerrin Zeynep Ziya Rojda Berivan Dilan Azad Serhat Rojin
Welat Baran Delal Hêvî Zilan Sipan
`;
const POLISH_CZECH = `
Adam Agata Agnieszka Aleksander Aleksandra Alicja Andrzej Aneta Anna Antoni Arkadiusz Barbara Bartłomiej Bartosz Beata Bogdan Bogusław
Bożena Czesław Damian Danuta Dariusz Dawid Dominika Dorota Edyta Elżbieta Emilia Ewa Ewelina Filip Franciszek Grażyna Grzegorz Halina
Henryk Hubert Irena Iwona Izabela Jacek Jadwiga Jakub Jan Janina Janusz Jarosław Jerzy Joanna Jolanta Józef Julia Justyna Kamil Kamila
Karol Karolina Katarzyna Kazimierz Kinga Klaudia Krystyna Krzysztof Leszek Łucja Łukasz Maciej Magdalena Małgorzata Marcin Marek Maria
Mariusz Marta Marzena Mateusz Michał Mieczysław Mikołaj Mirosław Monika Natalia Oliwia Patrycja Paweł Piotr Przemysław Radosław Rafał
Renata Robert Roman Ryszard Sebastian Stanisław Sylwia Szymon Tadeusz Teresa Tomasz Urszula Wanda Weronika Wiesław Wiktoria Witold
Władysław Wojciech Zbigniew Zdzisław Zofia Zuzanna Jiří Petr Pavel Tomáš Lukáš Jana Petra Lenka Veronika Hana Zdeněk Miroslav
`;
const RUSSIAN_UKRAINIAN = `
Aleksandr Aleksej Alexej Alla Anastasia Anastasija Andrej Andrij Anatolij Anton Arkadij Artem Artjom Boris Bogdana Daria Darja Denis
Dmitrij Dmitri Dmytro Ekaterina Elena Evgenij Galina Georgij Gennadij Grigorij Igor Ilja Inna Irina Iwan Ivan Jekaterina Jelena Jewgeni
Jewgenij Juri Jurij Kirill Konstantin Ksenia Larissa Lidia Ljudmila Ljubow Maksim Maxim Marina Michail Mykola Nadeschda Nadia Natalia
Natalja Nikolaj Nikita Oksana Olga Oleg Oleksandr Oleksij Pawel Pjotr Polina Roman Ruslan Sergej Sergei Serhij Stanislaw Svetlana
Swetlana Taras Tatjana Tatiana Valentina Valerij Viktor Vitali Vitalij Vladimir Vladislav Wladimir Wladislaw Wassili Wiktor Jaroslaw
Juliia Yuliia Yulia Olena Oksana Halyna Tetiana Volodymyr Vasyl Bohdan Petro Yaroslav Mariia Sofiia Iryna Liudmyla Svitlana Nataliia
Anzhela Snezhana Wiktoria Zhanna Walentina Walerij Wera Vera Ludmila Swjatoslaw Timur Rustam Aigul Dinara Gulnara Nurlan Asel Bakhyt
`;
const ARABIC_PERSIAN_AFGHAN = `
Abbas Abd Abdel Abdelkader Abdul Abdulaziz Abdulkarim Abdullah Abdulrahman Abir Adel Adnan Afaf Ahmad Ahmed Aisha Aicha Ala Alaa Ali Amal
Amani Amin Amina Amir Amira Amjad Ammar Amr Anas Anwar Asma Ayman Ayoub Aziz Aziza Bashar Bassam Bilal Bushra Dalia Dana Dima Ebrahim Emad
Fadi Fadia Fahd Faisal Farah Farid Fatima Fatma Fawzi Firas Ghada Ghassan Habib Hadi Hadil Hala Hamid Hamza Hanan Hani Hassan Haitham
Hayat Heba Hiba Hind Hisham Hossam Hussein Ibrahim Ihab Iman Imad Isa Ismail Issa Jalal Jamal Jamila Jana Jawad Kamal Karim Khaled Khalid
Khalil Laila Layla Lina Luay Maha Mahmoud Malek Malik Manal Mansour Marwa Marwan Maryam Mazen Mohamad Mohamed Mohammad Mohammed Mona
Mostafa Muhammad Muhammed Munir Mustafa Nabil Nada Nadia Nadim Nasser Nawal Nidal Noor Nour Nura Omar Osama Qasim Rabia Rami Rana Rania
Rasha Rashid Reem Rima Riad Sabah Sabri Saeed Said Saleh Salem Salim Salma Samer Sami Samia Samir Samira Sana Sara Sawsan Shadi Sherif
Suha Suleiman Tamer Tarek Tariq Wael Walid Wafa Yara Yasmin Yassin Yasser Yousef Youssef Yusuf Zaid Zainab Zakaria Ziad Abdallah Mahdi
Reza Ali-Reza Alireza Farhad Farshid Fereshteh Hamid Hossein Mahmood Mehdi Mohsen Nasrin Parisa Parvin Roya Shirin Soraya Zahra Jawid
Javid Zabihullah Ahmadullah Rahmatullah Najibullah Habibullah Nazanin Sakina Shabnam Masoud Hamed Behrouz Mina Navid Omid Wahid Zarmina
`;
/** Romanian and Moldovan given names (ă â î ș ț). */
const ROMANIAN = `
Adriana Adrian Alexandru Alin Ana Andreea Andrei Bogdan Camelia Catalin Cătălin Cristian Cristina Daniela Dorin Elena
Florin Gabriela Gheorghe Ileana Ioan Ioana Ion Iulia Laurențiu Liviu Loredana Lucian Marian Mihaela Mihai Mirela
Nicoleta Ovidiu Petru Radu Ramona Sorin Stefan Ștefan Teodora Valentin Vasile Violeta Ionuț Ionel Ionela Marius Costel
Cosmin Vlad Mircea Nicolae Constantin Georgeta Viorica Florentina Denisa Alina Larisa Raluca Simona Oana Corina Bianca
Ciprian Răzvan Claudiu Iulian Marcel Costin Mădălina Ștefania Dănuț Viorel Ilie Petrică Marinela Nicușor Gheorghița
Anișoara Lăcrămioara Florica Aurelia Dumitru Ștefănel
`;
/** Serbian, Croatian and Bosnian given names, in Latin script (č ć đ š ž). */
const SOUTH_SLAVIC = `
Aleksandar Ana-Marija Branka Bojan Dragan Dragana Goran Ivana Jelena Jovana Marija Marko Milan Milena Miloš Mirjana
Nebojša Nikola Snežana Stefan Svetlana Vesna Zoran Željko Zlatko Ante Ivica Josip Kristina Luka Mario Mateo Tomislav
Zrinka Amir Amra Armin Edin Elvedin Emina Enes Haris Jasmin Jasmina Kenan Lejla Mersiha Mirza Nermin Nedim Samra Selma
Senad
`;
/** Albanian, Greek, Italian and Bulgarian given names: their letters are German ones, or none a model here writes. */
const ALBANIAN_GREEK_ITALIAN_BULGARIAN = `
Alban Albana Arben Arber Artan Besa Besnik Blerim Blerta Bujar Drita Dritan Fatmir Flutura Genc Ilir Kujtim Liridon
Lulzim Mimoza Shpresa Valon Visar Vjosa Agron Afrim Ardian Arta Leutrim Georgios Giorgos Dimitrios Dimitris Ioannis
Konstantinos Eleni Maria Panagiotis Nikolaos Vasileios Christos Athanasios Evangelos Sofia Katerina Despina Anastasios
Stavros Spyros Kostas Angeliki Paraskevi Alessandro Alessandra Andrea Angelo Antonio Carlo Chiara Claudio Domenico
Elena Enrico Federica Francesca Francesco Gianluca Giorgio Giovanni Giulia Giuseppe Luca Luigi Marco Massimo Matteo
Paolo Roberto Rosa Rosaria Carmela Concetta Giovanna Salvatore Sergio Simone Stefano Valentina Vincenzo Gaetano
Pasquale Carmine Nunzia Antonella Daniele Emanuele Ivo Emil Todor Dimitar Petar Georgi Hristo Yordan Desislava Gergana
Milena Stoyan Rumen Plamen Bogdana Vasiliki Georgia Ioanna Dimitra Konstantina Panagiota Eirini Irini Chrysoula
Athanasia Evangelia Aikaterini Foteini Stavroula Theodora Kyriaki Sotiria Vasilios Apostolos Theodoros Michail Nikos
Yannis Thanasis Grazia Giuseppina Lucia Teresa Assunta Immacolata Filomena Raffaele Gennaro Ciro Rocco Nicola Michele
Giacomo Fabio Davide Alessio
`;
const AFRICAN_OTHER = `
Blessing Mariam Abdi Abdirahman Abena Abu Ada Adaeze Ama Ayodele Babajide Chiamaka Chidi Chinedu Chinonso Chukwuemeka
Comfort Emeka Godwin Ifeoma Kofi Kwabena Kwame Kwasi Ngozi Nkechi Obinna Oluwaseun Omar Patience Precious Samuel Tunde
Yaw Yaa Yeboah Mulugeta Tesfaye Yohannes Abeba Almaz Hiwot Selam Tigist Mekdes Dawit Habtamu Abdikarim Hodan Hamdi
Ifrah Ayan Deqa Faduma Hawa Muna Hyun Henok Luwam Yordanos Senait Semhar Filmon Robel Yonas Yemane Tesfay Mehari
Kibrom Ruta Aster Feven Biniam Merhawi Selamawit Tsega Mussie Efrem Nebiat Mursal Farida Fariba Gulalai Hamida Malalai
Marzia Nilofar Rahima Shakila Tahmina Wahida Zohra Bashir Ehsan Fawad Jamshid Mirwais Nasir Naser Rahim Sayed Shafiq
Sohail Wali Raj Amit Anil Deepak Priya Ravi Sanjay Sunita Vikram Arjun Neha Pooja Rahul Rohit Sunil Harpreet Gurpreet
Manpreet Imran Irfan Asif Bilal Sadia Ayesha Nadia
`;
/** Given names of francophone West Africa and of Spain and Portugal (é è á ú ç). */
const WEST_AFRICAN_IBERIAN = `
Abdoulaye Abdou Aboubacar Adama Amadou Aminata Awa Bakary Binta Boubacar Fanta Fatou Fatoumata Ibrahima Lamin Mamadou
Mariama Moussa Ousmane Seydou Sekou Zainabou Jose José Juan Carlos Luis Miguel Pedro Rafael Ana Carmen Lucia Rosa
Isabel Manuel Jorge Javier Fernando Ricardo Eduardo Diego Pablo Raúl Sergio Alejandro Antonio Francisco João Joana Rui
Paulo Tiago Vitor Sandro Filipe Nuno Ana-Maria
`;
/** French given names, also of francophone Africa and the Maghreb. */
const FRENCH = `
Jean Pierre Jacques Michel Philippe Alain François Françoise Nathalie Sylvie Isabelle Céline Aurélie Julien Nicolas Mathieu Guillaume
Antoine Hélène Renée Aïcha Amélie Élodie Émilie Thierry Didier Sébastien Stéphane Benoît Olivier Christophe Laurent Vincent Yves Claude
Henri Lucien Gilles Dominique Madeleine Odile Chantal Josiane Mireille Yannick Serge Bernard Marcel Gérard Pascale Véronique Valérie
Sandrine Stéphanie Virginie Delphine Camille Manon Chloé Léa Inès Yasmine Mathis Hugo Théo Clément Romain Maxime Jérôme Cédric Fabrice
Grégoire Arnaud Bertrand Geneviève Jeanne Josette Mariette Ginette Lucienne Armelle Solange Fabienne Béatrice Jean-Pierre Jean-Luc
Jean-Paul Jean-Marc Jean-Claude Jean-François Marie-Claire Marie-Thérèse Anne-Sophie Anne-Marie Marie-Christine
`;
const VIETNAMESE = `
Minh Anh Tuan Tuấn Huong Hương Linh Thanh Trang Ngoc Ngọc Phuong Phương Văn Thị Thu Hà Quang Huy Mai Hoa Lan Hùng Dũng Đức Duc Hải Hiếu
Nam Long Hằng Hạnh Khánh Tùng Bình Cường Thảo Vy Yến Hoài
`;

/** Every given name of the lists by its fuzzyKey (the lexicon compares folded words, see fuzzy.ts), with its spellings. */
const SPELLINGS: ReadonlyMap<string, readonly string[]> = (() => {
  const byKey = new Map<string, string[]>();
  const blocks = [GERMAN, TURKISH_KURDISH, POLISH_CZECH, RUSSIAN_UKRAINIAN, ARABIC_PERSIAN_AFGHAN, ROMANIAN, SOUTH_SLAVIC, ALBANIAN_GREEK_ITALIAN_BULGARIAN, AFRICAN_OTHER, WEST_AFRICAN_IBERIAN, FRENCH, VIETNAMESE];
  for (const name of blocks.flatMap((block) => block.split(/\s+/)).filter(Boolean)) {
    const spellings = byKey.get(fuzzyKey(name)) ?? [];
    if (!spellings.includes(name)) byKey.set(fuzzyKey(name), [...spellings, name]);
  }
  return byKey;
})();

/** Whether a single word is a given name of the lexicon. */
export function isGivenNameWord(word: string): boolean {
  return SPELLINGS.has(fuzzyKey(word));
}

/** How the lexicon spells the given name a word is, whatever its accents ("Madalina" → ["Mădălina"]); none for a word off it. */
export function givenNameSpellings(word: string): readonly string[] {
  return SPELLINGS.get(fuzzyKey(word)) ?? [];
}

const keysOf = (block: string) => new Set(block.split(/\s+/).filter(Boolean).map(fuzzyKey));
const GERMAN_KEYS = keysOf(GERMAN);
/**
 * The name languages (see foreign-letters.ts) whose letters a given name of each origin may hold; a name that is
 * also German ("Anna", "Stefan") is a sign of none.
 */
const LANGUAGE_KEYS: readonly (readonly [NameLanguage, ReadonlySet<string>])[] = (
  [
    ['tur', [TURKISH_KURDISH]],
    ['pol', [POLISH_CZECH]],
    ['ron', [ROMANIAN]],
    ['hrv', [SOUTH_SLAVIC]],
    ['fra', [FRENCH, WEST_AFRICAN_IBERIAN]],
    ['vie', [VIETNAMESE]],
  ] as const
).map(([lang, blocks]) => [lang, new Set(blocks.flatMap((block) => [...keysOf(block)]).filter((key) => !GERMAN_KEYS.has(key)))] as const);

/**
 * The name languages of a given name that is not also a German one: ["tur"] for "Ayse", ["pol"] for "Grzegorz",
 * ["ron"] for "Mădălina", ["hrv"] for "Snežana", ["fra"] for "Aïcha", ["vie"] for "Thu"; none for "Anna" or "Stefan". A sign that
 * the person's name may hold letters the German model cannot write, and which model can.
 */
export function givenNameLanguages(word: string): NameLanguage[] {
  const key = fuzzyKey(word);
  return LANGUAGE_KEYS.filter(([, keys]) => keys.has(key)).map(([lang]) => lang);
}

/** Vietnamese given names: their letters (ă â ê ô ơ ư đ and the tone marks) only the Vietnamese model writes, and not always. */
const VIETNAMESE_KEYS = keysOf(VIETNAMESE);

/** Whether a word is a Vietnamese given name of the lexicon (a name whose letters a scan's reading has lost). */
export function isVietnameseGivenName(word: string): boolean {
  return VIETNAMESE_KEYS.has(fuzzyKey(word));
}
