/** Judgments with a rubrum, one configuration per court (fonts, header, party style, tenor wording). */
import { CONTENT_W, LEFT, RIGHT, clerkName, judgeName, lawyerOf } from './common.js';
import { addDays, dLong, dmy, money, workday, type MoneyStyle } from './fmt.js';
import { fileNumber, type Household } from './model.js';
import { joinedCouple, oneLineAddress, printName, streetLine, truthAddress, truthTenants } from './parties.js';
import type { CourtKey } from './places.js';
import { COURTS } from './senders.js';
import { courtName, emptyTruth, printedFileNo, type Ctx, type Layout, type TruthFields } from './truth.js';
import type { FontKey, Writer } from './writer.js';

interface JudgmentStyle {
  name: string;
  court: CourtKey;
  font: FontKey;
  bold: FontKey;
  size: number;
  header: 'left' | 'center';
  parties: 'numbered-beide' | 'zu' | 'eheleute' | 'numbered-each';
  birth: boolean;
  money: MoneyStyle;
  longDates: boolean;
  streitwert: boolean;
  fileStyle: 'std' | 'tight' | 'slash-spaced';
}

/** Writes flowing text with page breaks and "- n -" page numbers. */
class Flow {
  y: number;
  constructor(private w: Writer, private s: JudgmentStyle, start: number) {
    this.y = start;
  }
  need(h: number): void {
    if (this.y + h > 770) {
      this.w.newPage();
      this.w.text(297.6, 40, `- ${this.w.pageCount} -`, { font: this.s.font, size: 9, align: 'center' });
      this.y = 70;
    }
  }
  para(text: string, indent = 0, gap = 6, font?: FontKey): void {
    const lines = this.w.wrap(text, CONTENT_W - indent, font ?? this.s.font, this.s.size);
    for (const l of lines) {
      this.need(this.s.size * 1.4);
      this.w.text(LEFT + indent, this.y, l, { font: font ?? this.s.font, size: this.s.size });
      this.y += this.s.size * 1.4;
    }
    this.y += gap;
  }
  center(text: string, font: FontKey, size: number, gap = 8): void {
    this.need(size * 1.5);
    this.w.text(297.6, this.y, text, { font, size, align: 'center' });
    this.y += size * 1.3 + gap;
  }
}

function title(kind: string): string {
  return kind === 'versaeumnisurteil' ? 'Versäumnisurteil' : kind === 'anerkenntnisurteil' ? 'Anerkenntnisurteil' : 'Urteil';
}

function judgmentLayout(s: JudgmentStyle): Layout {
  return {
    name: s.name,
    render({ w, h, rng }: Ctx): TruthFields {
      const j = h.judgment;
      const c = COURTS[s.court];
      const t: TruthFields = {
        ...emptyTruth(), court: courtName(h.court), fileNumber: fileNumber(h.fileNo), tenants: truthTenants(h.tenants, s.birth),
        address: truthAddress(h.flat), landlord: h.landlord.name, arrears: j?.ordered ?? null, judgmentKind: j?.kind ?? null,
        judgmentDate: j?.date ?? null, vacateDeadline: j?.vacateDeadline ?? null,
      };
      if (!j) return t;
      const d = (iso: string): string => (s.longDates ? dLong(iso) : dmy(iso));
      const many = h.tenants.length > 1;
      const fno = printedFileNo(h, s.fileStyle);
      if (s.header === 'left') {
        w.text(LEFT, 40, `Amtsgericht ${c.place}`, { font: s.bold, size: 12 });
        w.text(LEFT, 56, `Az.: ${fno}`, { font: s.font, size: 10 });
        if (!j.written) {
          w.text(RIGHT, 40, `Verkündet am ${dmy(j.date)}`, { font: s.font, size: 9.5, align: 'right' });
          w.text(RIGHT, 53, `${clerkName(rng)}, Justizbeschäftigte`, { font: s.font, size: 8.5, align: 'right' });
          w.text(RIGHT, 64, 'als Urkundsbeamtin der Geschäftsstelle', { font: s.font, size: 8.5, align: 'right' });
        }
      } else {
        w.text(LEFT, 40, fno, { font: s.bold, size: 11 });
        if (!j.written) w.text(RIGHT, 40, `Verkündet am: ${d(j.date)}`, { font: s.font, size: 9.5, align: 'right' });
        w.text(297.6, 70, `Amtsgericht ${c.place}`, { font: s.bold, size: 14, align: 'center' });
      }
      const f = new Flow(w, s, 100);
      f.center('IM NAMEN DES VOLKES', s.bold, 13, 6);
      f.center(title(j.kind), s.bold, 12, 12);
      f.para('In dem Rechtsstreit', 0, 4);
      const law = lawyerOf(h);
      const l = h.landlord;
      f.para(`${l.company ? 'der' : ''} ${l.company ? l.name : l.printName.replace(/^Herrn /, 'des Herrn ').replace(/^Frau /, 'der Frau ')}, ${l.representative ? `${l.representative}, ` : ''}${l.street}, ${l.postalCode} ${l.city},`.trim(), 30, 2);
      f.para(l.company ? 'Klägerin,' : l.printName.startsWith('Frau') ? 'Klägerin,' : 'Klägers,', 260, 2);
      if (law) f.para(`Prozessbevollmächtigte: Rechtsanwälte ${law.firm}, ${law.street}, ${law.postalCode} ${law.city},`, 30, 4);
      f.para('gegen', 0, 4);
      const addr = oneLineAddress(h.flat, { abbr: rng.chance(0.5) });
      const couple = s.parties === 'eheleute' ? joinedCouple(h.tenants, true) : null;
      if (couple) {
        f.para(`die ${couple}, ${addr},`, 30, 2);
        t.tenants = truthTenants(h.tenants, false);
      } else if (s.parties === 'zu' && many) {
        h.tenants.forEach((p, i) => {
          f.para(`${printName(p, { honor: 'dative', birth: s.birth ? 'geb' : 'none' })}, ${addr},`, 30, 0);
          f.para(`${p.sex === 'm' ? 'Beklagter' : 'Beklagte'} zu ${i + 1}.,`, 260, 4);
        });
      } else if (s.parties === 'numbered-each' && many) {
        h.tenants.forEach((p, i) => f.para(`${i + 1}. ${printName(p, { honor: 'dative', birth: s.birth ? 'geb' : 'none' })}, ${addr},`, 30, 2));
      } else {
        h.tenants.forEach((p, i) => f.para(`${many ? `${i + 1}. ` : ''}${printName(p, { honor: 'dative', birth: s.birth ? 'geb' : 'none' })},`, 30, 0));
        f.para(`${many ? (h.tenants.length > 2 ? 'alle' : 'beide') + ' wohnhaft' : 'wohnhaft'} ${addr},`, 30, 2);
      }
      if (!(s.parties === 'zu' && many)) f.para(many ? 'Beklagten,' : h.tenants[0]?.sex === 'm' ? 'Beklagten,' : 'Beklagte,', 260, 6);
      const judge = judgeName(rng);
      const how = j.written
        ? `hat das Amtsgericht ${c.place} im schriftlichen Vorverfahren ohne mündliche Verhandlung am ${d(j.date)} durch ${judge} als Richter/in am Amtsgericht`
        : `hat das Amtsgericht ${c.place} auf die mündliche Verhandlung vom ${d(j.date)} durch ${judge} als Richter/in am Amtsgericht`;
      f.para(`${how} für Recht erkannt:`, 0, 8);
      const def = many ? 'Die Beklagten werden' : `${h.tenants[0]?.sex === 'm' ? 'Der Beklagte' : 'Die Beklagte'} wird`;
      const rooms = rng.pick(['2 Zimmern, Küche, Diele und Bad', '3 Zimmern, Küche, Bad, Flur und Kellerraum', '1 Zimmer, Kochnische und Duschbad', '4 Zimmern, Küche, Bad, Gäste-WC und Balkon']);
      const loc = h.flat.addition ? ` im ${h.flat.addition}` : '';
      f.para(`1. ${def} verurteilt, die Wohnung${loc} des Hauses ${streetLine(h.flat)}, ${h.flat.postalCode} ${h.flat.city}, bestehend aus ${rooms}, zu räumen und geräumt an ${l.company || l.printName.startsWith('Frau') ? 'die Klägerin' : 'den Kläger'} herauszugeben.`, 0, 4);
      const since = workday(addDays(h.terminationDate, -rng.int(20, 70)));
      f.para(`2. ${def} ${many ? 'als Gesamtschuldner ' : ''}verurteilt, an ${l.company ? 'die Klägerin' : 'die klagende Partei'} ${money(j.ordered, s.money)} nebst Zinsen in Höhe von 5 Prozentpunkten über dem jeweiligen Basiszinssatz aus jeweils ${money(h.rent, s.money)} seit dem ${d(since)} und den jeweiligen Folgemonaten zu zahlen.`, 0, 4);
      f.para(`3. Die Kosten des Rechtsstreits ${many ? 'tragen die Beklagten als Gesamtschuldner' : `trägt ${def.replace(' wird', '').replace('Die', 'die').replace('Der', 'der')}`}.`, 0, 4);
      f.para(j.kind === 'raeumungsurteil'
        ? `4. Das Urteil ist vorläufig vollstreckbar. ${many ? 'Die Beklagten dürfen' : 'Die beklagte Partei darf'} die Vollstreckung durch Sicherheitsleistung in Höhe von 110 % des aufgrund des Urteils vollstreckbaren Betrages abwenden, wenn nicht die Klägerseite vor der Vollstreckung Sicherheit in gleicher Höhe leistet.`
        : '4. Das Urteil ist vorläufig vollstreckbar.', 0, 4);
      if (j.vacateDeadline) f.para(`5. ${many ? 'Den Beklagten' : 'Der beklagten Partei'} wird eine Räumungsfrist bis zum ${d(j.vacateDeadline)} gewährt.`, 0, 4);
      if (s.streitwert) f.para(`Der Streitwert wird auf ${money(h.rent * 12 + j.ordered, s.money)} festgesetzt.`, 0, 10);
      if (j.kind === 'raeumungsurteil') {
        f.center('Tatbestand', s.bold, s.size + 0.5, 4);
        f.para(`Die Parteien verbindet ein Mietverhältnis über die im Tenor bezeichnete Wohnung. Die Klägerseite kündigte das Mietverhältnis mit Schreiben vom ${d(h.terminationDate)} fristlos wegen Zahlungsverzugs. Der Rückstand wurde bis zum Schluss der mündlichen Verhandlung nicht ausgeglichen.`, 0, 6);
        f.center('Entscheidungsgründe', s.bold, s.size + 0.5, 4);
        f.para('Die zulässige Klage ist begründet. Der Anspruch auf Räumung und Herausgabe folgt aus § 546 Abs. 1 BGB und § 985 BGB; die fristlose Kündigung ist nach § 543 Abs. 2 Satz 1 Nr. 3 BGB wirksam. Der Zahlungsanspruch folgt aus § 535 Abs. 2 BGB. Die Räumungsfrist beruht auf § 721 ZPO.', 0, 6);
      } else {
        f.para(j.kind === 'versaeumnisurteil'
          ? 'Von einer Darstellung des Tatbestandes und der Entscheidungsgründe wird gemäß § 313b Abs. 1 ZPO abgesehen.'
          : 'Ohne Tatbestand und Entscheidungsgründe gemäß § 313b Abs. 1 ZPO. Die Beklagtenseite hat den Anspruch anerkannt (§ 307 ZPO).', 0, 8);
      }
      f.center('Rechtsbehelfsbelehrung:', s.bold, s.size, 4);
      f.para(j.kind === 'versaeumnisurteil'
        ? `Gegen dieses Versäumnisurteil ist der Einspruch statthaft. Der Einspruch muss innerhalb einer Notfrist von zwei Wochen bei dem Amtsgericht ${c.place}, ${c.street}, ${c.postalCode} ${c.city}, eingelegt werden. Die Frist beginnt mit der Zustellung dieses Urteils.`
        : `Gegen dieses Urteil ist das Rechtsmittel der Berufung für jeden zulässig, der durch dieses Urteil in seinen Rechten benachteiligt ist, wenn der Wert des Beschwerdegegenstandes 600,00 EUR übersteigt. Die Berufung muss binnen eines Monats nach Zustellung bei dem zuständigen Landgericht eingelegt werden.`, 0, 12);
      f.para(judge, 0, 18);
      const issued = workday(addDays(j.date, rng.int(2, 12)));
      f.para(`Ausgefertigt: ${c.place}, ${dmy(issued)}`, 0, 2);
      f.para(`${clerkName(rng)}, Justizsekretär/in als Urkundsbeamter/in der Geschäftsstelle`, 0, 2);
      return t;
    },
  };
}

export const JUDGMENT_LAYOUTS: Record<CourtKey, Layout> = {
  gummersbach: judgmentLayout({ name: 'gm-judgment', court: 'gummersbach', font: 'lib', bold: 'libB', size: 10, header: 'left', parties: 'numbered-beide', birth: false, money: 'eur-suffix', longDates: false, streitwert: true, fileStyle: 'std' }),
  wipperfuerth: judgmentLayout({ name: 'wf-judgment', court: 'wipperfuerth', font: 'sans', bold: 'sansB', size: 9.5, header: 'left', parties: 'zu', birth: true, money: 'euro-symbol', longDates: false, streitwert: false, fileStyle: 'tight' }),
  waldbroel: judgmentLayout({ name: 'wb-judgment', court: 'waldbroel', font: 'serif', bold: 'serifB', size: 10.5, header: 'center', parties: 'eheleute', birth: false, money: 'euro-word', longDates: true, streitwert: true, fileStyle: 'std' }),
  siegburg: judgmentLayout({ name: 'su-judgment', court: 'siegburg', font: 'cond', bold: 'condB', size: 10.5, header: 'center', parties: 'numbered-each', birth: true, money: 'eur-suffix', longDates: false, streitwert: true, fileStyle: 'std' }),
  neuwied: judgmentLayout({ name: 'nr-judgment', court: 'neuwied', font: 'lib', bold: 'libB', size: 10, header: 'left', parties: 'numbered-beide', birth: false, money: 'no-group-euro', longDates: true, streitwert: false, fileStyle: 'slash-spaced' }),
};
