import type { DocumentType } from '../extraction.schema.js';

/** Document type from headings and phrases (text folded and loosened: lower case, umlauts and ae/oe/ue as base letters). */
export function classifyDocument(folded: string): DocumentType {
  const head = folded.slice(0, 2500);
  if (/gerichtsvollzieher/.test(folded) && /(raumungstermin|zwangsraumung|raumung\b|\bdr[\s-]*[il1]{1,3}\b)/.test(folded)) return 'eviction_notice';
  if (/im namen des volkes/.test(folded) || /\b(versaumnis|anerkenntnis|schluss|raumungs)?urteil\b/.test(head.replace(/urteil vom/g, '')) && /verurteilt/.test(folded)) return 'judgment';
  if (/(terminsmitteilung|terminmitteilung|terminsnachricht|terminsbestimmung|terminbestimmung|\bladung\b|werden (?:sie|die parteien) (?:hiermit )?geladen)/.test(head) && !/(sgb ii|sgb xii|bshg|mitteilung in zivilsachen)/.test(head)) return 'hearing_summons';
  const noticeMarker = /(sgb ii|sgb xii|bshg|mitteilung in zivilsachen|mizi)/.test(folded);
  const courtClaim = /amtsgericht/.test(folded) && /(raumungsrechtsstreit|raumungsklage|klage auf raumung)/.test(folded);
  if (noticeMarker || courtClaim) {
    if (/(terminsmitteilung|terminsnachricht|\bladung\b)/.test(head)) return 'hearing_summons';
    return 'court_notice';
  }
  if (/(termin zur mundlichen verhandlung|verhandlungstermin)/.test(folded) && /amtsgericht/.test(folded)) return 'hearing_summons';
  return 'other';
}
