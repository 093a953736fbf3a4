import type { Sheet } from './sheet.js';
import type { Household } from './model.js';
import type { Rng } from './rng.js';
import { addressTruth, emptyFields, type Fields, personName, recipientFor, streetLine, tenantsTruth, townLine } from './common.js';
import { fmtDate, fmtMoney, fmtTime } from './format.js';
import { recipientBlock, row } from './blocks.js';

export type BailiffKey = 'gv-koeln' | 'gv-duisburg' | 'gv-oberberg';
export function bailiffFor(h: Household): BailiffKey | null {
  if (h.court.key === 'koeln') return 'gv-koeln';
  if (h.court.key === 'duisburg') return 'gv-duisburg';
  if (h.town.oberberg) return 'gv-oberberg';
  return null;
}

const KIND_TEXT: Record<string, string> = { raeumungsurteil: 'Urteil', versaeumnisurteil: 'Versäumnisurteil', anerkenntnisurteil: 'Anerkenntnisurteil' };

function titleText(h: Household, genitive: boolean, fileStr: string): string {
  const j = h.judgment;
  const court = genitive ? h.court.name.replace('Amtsgericht', 'Amtsgerichts') : h.court.name;
  if (j.settlement) return `Vergleich des ${court} vom ${fmtDate(j.date)} (Az. ${fileStr})`;
  return `${KIND_TEXT[j.kind] ?? 'Urteil'} des ${court} vom ${fmtDate(j.date)}, Az. ${fileStr}`;
}

export function renderBailiff(s: Sheet, h: Household, rng: Rng, key: BailiffKey): Fields {
  const f = emptyFields();
  f.court = h.court.name;
  f.fileNumber = h.dr;
  f.relatedFileNumbers = [h.fileNumber];
  f.landlord = h.landlord.name;
  f.evictionDate = { date: h.eviction.date, time: h.eviction.time };
  f.judgmentKind = h.judgment.settlement ? null : h.judgment.kind;
  f.judgmentDate = h.judgment.date;
  f.address = addressTruth(h, h.flat.addition !== null);
  const addrLine = `${streetLine(h, rng)}${h.flat.addition ? `, ${h.flat.addition}` : ''}, ${townLine(h)}`;
  if (key === 'gv-koeln') {
    const F = 'sans'; const B = 'sansB';
    s.text(70, 45, 'Marion Sturmberg-Ayvaz', { font: B, size: 12 });
    s.text(70, 60, 'Obergerichtsvollzieherin bei dem Amtsgericht Köln', { font: F, size: 9 });
    s.text(540, 45, 'Neusser Wall 33', { font: F, size: 8.5, align: 'right' });
    s.text(540, 56, '50670 Köln', { font: F, size: 8.5, align: 'right' });
    s.text(540, 67, 'Tel. 0221 73 41 96 · Fax 0221 73 41 97', { font: F, size: 8.5, align: 'right' });
    s.text(540, 78, 'Sprechzeit: Di + Do 8–9 Uhr', { font: F, size: 8.5, align: 'right' });
    recipientBlock(s, h, 'OGV Sturmberg-Ayvaz · Neusser Wall 33 · 50670 Köln', F);
    s.text(354, 154, `DR-Nr.: ${h.dr}`, { font: B, size: 10, tag: 'file' });
    s.text(354, 168, `Köln, ${fmtDate(h.bailiffLetterDate)}`, { font: F, size: 10 });
    let y = 270;
    s.text(70, y, 'Mitteilung über einen Räumungstermin (§ 130 Abs. 3 GVGA)', { font: B, size: 11.5 }); y += 26;
    const pairs: [string, string][] = [
      ['Gläubiger/in:', h.landlord.name],
      ...h.tenants.map((p, i) => [i === 0 ? 'Schuldner/in:' : '', personName(p, 'familyFirst')] as [string, string]),
      ['Räumungsobjekt:', addrLine],
      ['Titel:', titleText(h, true, h.fileNumber)],
      ['Räumungstermin:', `${fmtDate(h.eviction.date, 'wdot')}, ${fmtTime(h.eviction.time)}`],
    ];
    for (const [l, v] of pairs) { s.text(70, y, l, { font: F, size: 10 }); y = s.para(175, y, 360, v, { font: l === 'Räumungstermin:' ? B : F, size: 10, ...(l === 'Räumungstermin:' ? { tag: 'hl' } : {}) }) + 3; }
    y += 14;
    y = s.para(70, y, 460, 'Die Schuldnerseite wurde von dem Termin benachrichtigt. Es ist zu befürchten, dass sie nach der Räumung obdachlos wird. Ich bitte, die erforderlichen Maßnahmen in eigener Zuständigkeit zu prüfen.', { font: F, size: 10 }); y += 24;
    s.text(70, y, 'Sturmberg-Ayvaz', { font: 'sansI', size: 11 });
    s.text(70, y + 14, 'Obergerichtsvollzieherin', { font: F, size: 9 });
    s.text(70, 800, 'Dienstkonto: Sparkasse KölnBonn · IBAN DE12 3705 0198 1930 0044 71', { font: F, size: 7 });
    f.tenants = tenantsTruth(h, false);
    return f;
  }
  if (key === 'gv-duisburg') {
    const F = 'serif'; const B = 'serifB';
    s.text(297, 40, 'Der Gerichtsvollzieher bei dem Amtsgericht Duisburg', { font: B, size: 12, align: 'center' });
    s.text(297, 57, 'Justizobersekretär Thomas Brinkhoff-Nwosu · Mülheimer Straße 71 · 47058 Duisburg', { font: F, size: 8.5, align: 'center' });
    s.text(297, 68, 'Telefon 0203 31 72 08 · Bürozeiten Mo, Mi, Fr 8.00–9.30 Uhr', { font: F, size: 8.5, align: 'center' });
    s.line(70, 80, 540, 80, 0.8);
    recipientBlock(s, h, 'GV Brinkhoff-Nwosu, Mülheimer Straße 71, 47058 Duisburg', F);
    s.text(354, 154, 'Geschäftszeichen:', { font: F, size: 9 });
    s.text(440, 154, h.dr, { font: B, size: 10, tag: 'file' });
    s.text(354, 168, 'Datum:', { font: F, size: 9 });
    s.text(440, 168, fmtDate(h.bailiffLetterDate, 'long'), { font: F, size: 10 });
    let y = 262;
    s.text(70, y, `Zwangsvollstreckungssache ${h.landlord.name} gegen ${h.tenants.map((p) => p.family).filter((v, i, a) => a.indexOf(v) === i).join(' / ')}`, { font: B, size: 10.5 }); y += 14;
    s.text(70, y, 'hier: Räumung einer Wohnung – Anzeige gemäß § 130 Abs. 3 GVGA', { font: F, size: 10.5 }); y += 24;
    s.text(70, y, 'Sehr geehrte Damen und Herren,', { font: F, size: 10.5 }); y += 18;
    y = s.para(70, y, 460, `in der oben genannten Angelegenheit bin ich von ${h.landlord.company ? 'der Gläubigerin' : 'dem Gläubiger'}${h.lawyer ? `, vertreten durch ${h.lawyer.name}, ${h.lawyer.city}` : ''}, mit der Räumung der nachstehend bezeichneten Wohnung beauftragt worden. Grundlage ist der vollstreckbare ${titleText(h, true, h.fileNumber)}.`, { font: F, size: 10.5 }); y += 10;
    s.text(70, y, 'Von der Räumung betroffen sind:', { font: F, size: 10.5 }); y += 16;
    const cols = [{ x: 70, w: 28 }, { x: 98, w: 190 }, { x: 288, w: 82 }, { x: 370, w: 170 }];
    y += row(s, y, [['Nr.'], ['Name, Vorname'], ['geb. am'], ['Anschrift']].map((l, i) => ({ ...(cols[i] ?? { x: 70, w: 50 }), lines: l, font: B, size: 9 })), { ruled: true, fill: '#eeeeee' });
    h.tenants.forEach((p, i) => {
      const cells = [[String(i + 1)], [personName(p, 'familyFirst')], [fmtDate(p.birth)], [streetLine(h, null, 'str'), townLine(h)]];
      y += row(s, y, cells.map((l, k) => ({ ...(cols[k] ?? { x: 70, w: 50 }), lines: l, size: 9.5, font: F })), { ruled: true });
    });
    if (h.flat.addition) { s.text(70, y + 4, `Lage der Wohnung: ${h.flat.addition}`, { font: F, size: 10 }); y += 16; }
    y += 14;
    s.text(70, y, 'Der Räumungstermin ist festgesetzt auf', { font: F, size: 10.5 }); y += 18;
    s.text(297, y, `${fmtDate(h.eviction.date, 'wlong')}, ab ${fmtTime(h.eviction.time, 'dot')}`, { font: B, size: 12, align: 'center', tag: 'hl' }); y += 24;
    y = s.para(70, y, 460, `Nach den mir vorliegenden Erkenntnissen droht den Betroffenen Obdachlosigkeit. Ein Kostenvorschuss von ${fmtMoney(rng.int(1800, 4200) * 100, 'EUR')} für die Spedition wurde angefordert. Die Schuldner wurden mit Schreiben vom ${fmtDate(h.bailiffLetterDate)} benachrichtigt.`, { font: F, size: 10.5 }); y += 10;
    y = s.para(70, y, 460, 'Ich bitte um Mitteilung, falls von Ihrer Seite eine Unterbringung veranlasst oder die Schuld übernommen wird.', { font: F, size: 10.5 }); y += 22;
    s.text(70, y, 'Mit freundlichen Grüßen', { font: F, size: 10.5 }); y += 30;
    s.text(70, y, 'Brinkhoff-Nwosu', { font: F, size: 10.5 }); s.text(70, y + 13, 'Gerichtsvollzieher', { font: F, size: 9 });
    f.tenants = tenantsTruth(h, true);
    return f;
  }
  // gv-oberberg: office of several bailiffs, court not printed in the letterhead
  const F = 'cond'; const B = 'condB';
  s.rect(70, 38, 470, 44, { fill: '#dddddd' });
  s.text(80, 45, 'Gerichtsvollzieherbüro Oberberg', { font: B, size: 14 });
  s.text(80, 64, 'Bürogemeinschaft · Kölner Straße 141 · 51645 Gummersbach · Tel. 02261 91 38 20', { font: F, size: 8.5 });
  recipientBlock(s, h, 'GV-Büro Oberberg, Kölner Str. 141, 51645 Gummersbach', F);
  const gv = rng.pick(['Gerichtsvollzieherin Anke Rüsenberg', 'Gerichtsvollzieher Goran Marković', 'Obergerichtsvollzieher Frank Schöler']);
  let y = 150;
  for (const [l, v] of [['Sachbearbeitung', gv.split(' ').slice(1).join(' ')], ['Unser Zeichen', h.dr], ['Datum', fmtDate(h.bailiffLetterDate)]] as const) {
    s.text(354, y, `${l}:`, { font: F, size: 8.5 }); s.text(430, y, v, { font: l === 'Unser Zeichen' ? B : F, size: 9.5, ...(l === 'Unser Zeichen' ? { tag: 'file' } : {}) }); y += 12;
  }
  y = 262;
  s.text(70, y, 'Bevorstehende Zwangsräumung – Mitteilung an die Ordnungs- und Sozialbehörde', { font: B, size: 11 }); y += 24;
  y = s.para(70, y, 460, `Gläubiger: ${h.landlord.name}, ${h.landlord.street}, ${h.landlord.postal} ${h.landlord.city}`, { font: F, size: 10.5 }); y += 4;
  const names = h.tenants.map((p) => personName(p, 'given'));
  y = s.para(70, y, 460, `Schuldner: ${names.join(', ')}`, { font: F, size: 10.5 }); y += 4;
  y = s.para(70, y, 460, `Wohnung: ${addrLine}`, { font: F, size: 10.5 }); y += 4;
  y = s.para(70, y, 460, `Vollstreckungstitel: ${titleText(h, true, h.fileNumber.replace(' C ', ' C '))}`, { font: F, size: 10.5 }); y += 14;
  y = s.para(70, y, 460, `Die Räumung der oben genannten Wohnung wird am ${fmtDate(h.eviction.date, 'wlongNoDen')} um ${fmtTime(h.eviction.time, 'dot')} durchgeführt. Die Schuldner sind hierüber informiert. Es ist damit zu rechnen, dass sie ohne Unterkunft sein werden.`, { font: F, size: 10.5 }); y += 24;
  s.text(70, y, gv, { font: F, size: 10 });
  s.text(70, 790, 'Anderkonto Gerichtsvollzieher: Sparkasse Gummersbach · IBAN DE71 3845 0000 0000 3317 20', { font: F, size: 7 });
  f.tenants = tenantsTruth(h, false);
  void recipientFor;
  return f;
}
