import type { IntakeError, IntakeErrorCode } from '../core/errors.js';

const WHAT_TO_DO: Partial<Record<IntakeErrorCode, string>> = {
  EMPTY_FILE: 'Die Datei ist leer. Bitte das Schreiben neu scannen und erneut ablegen.',
  UNSUPPORTED_TYPE: 'Bitte nur PDF, TIFF, JPEG oder PNG ablegen. Andere Dateien bitte als PDF scannen oder speichern.',
  CORRUPT_FILE: 'Die Datei ist beschädigt oder unvollständig. Bitte neu scannen bzw. neu speichern und erneut ablegen.',
  ENCRYPTED_PDF: 'Das PDF ist mit einem Kennwort geschützt. Bitte ungeschützt speichern (oder ausdrucken und scannen) und erneut ablegen.',
  TOO_MANY_PAGES: 'Die Datei hat zu viele Seiten. Bitte in einzelne Schreiben aufteilen oder die Höchstzahl (INTAKE_MAX_PAGES) anpassen.',
  IMAGE_TOO_LARGE: 'Das Bild ist zu groß. Bitte mit 300 dpi scannen und erneut ablegen.',
  FILE_TOO_LARGE: 'Die Datei ist zu groß. Bitte mit geringerer Auflösung scannen oder aufteilen.',
  NOT_A_FILE: 'Nur einzelne Dateien werden verarbeitet. Bitte die Datei selbst in den Ordner legen.',
  OCR_TIMEOUT: 'Die Texterkennung hat zu lange gedauert, auch nach mehreren Versuchen. Bitte mit besserer Qualität scannen oder die Datei erneut ablegen.',
  OCR_FAILED: 'Die Texterkennung ist mehrfach fehlgeschlagen. Bitte die Datei später erneut ablegen; hält der Fehler an, die IT informieren.',
  IO_ERROR: 'Ein Dateisystemfehler trat mehrfach auf (z. B. Speicher voll). Bitte die IT informieren und die Datei danach erneut ablegen.',
};

/** The German text of `<name>.error.txt` next to a failed file. Ids and codes only, no content. */
export function failureReport(input: { originalName: string; documentId: string; error: IntakeError; attempts: number; at: Date }): string {
  const todo = WHAT_TO_DO[input.error.code] ?? 'Bitte die Datei erneut ablegen. Hält der Fehler an, die IT mit der Dokument-ID informieren.';
  return [
    'Diese Datei konnte nicht verarbeitet werden.',
    '',
    `Datei:        ${input.originalName.replace(/[\r\n]+/g, ' ')}`,
    `Fehlercode:   ${input.error.code}`,
    `Grund:        ${input.error.message}`,
    `Was tun?      ${todo}`,
    `Versuche:     ${input.attempts}`,
    `Zeitpunkt:    ${input.at.toISOString()}`,
    `Dokument-ID:  ${input.documentId}`,
    '',
    'Zum erneuten Versuch die Datei wieder in den Ablageordner legen (nicht in den Ordner „failed“).',
    '',
  ].join('\n');
}
