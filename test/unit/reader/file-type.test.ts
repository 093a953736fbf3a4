import { describe, expect, it } from 'vitest';
import { detectFileType } from '../../../src/adapters/file-type.adapter.js';
import { IntakeError } from '../../../src/core/errors.js';

const bytes = (...values: number[]) => Buffer.from(values);

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof IntakeError ? error.code : 'not an IntakeError';
  }
  return undefined;
}

describe('detectFileType', () => {
  it('recognises PDF, TIFF (both byte orders), JPEG and PNG by their first bytes', () => {
    expect(detectFileType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
    expect(detectFileType(bytes(0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0))).toBe('image/tiff');
    expect(detectFileType(bytes(0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8))).toBe('image/tiff');
    expect(detectFileType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16))).toBe('image/jpeg');
    expect(detectFileType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png');
  });

  it('accepts a PDF header after a few junk bytes, as PDF readers do', () => {
    expect(detectFileType(Buffer.concat([bytes(0xef, 0xbb, 0xbf, 0x0a), Buffer.from('%PDF-1.4\n')]))).toBe('application/pdf');
  });

  it('rejects an empty file with EMPTY_FILE', () => {
    expect(codeOf(() => detectFileType(Buffer.alloc(0)))).toBe('EMPTY_FILE');
  });

  it('rejects a text file whatever its name with UNSUPPORTED_TYPE and a German message', () => {
    const error = (() => {
      try {
        detectFileType(Buffer.from('Sehr geehrte Damen und Herren, anbei die Klage.'));
      } catch (e) {
        return e as IntakeError;
      }
      return null;
    })();
    expect(error?.code).toBe('UNSUPPORTED_TYPE');
    expect(error?.message).toMatch(/Dateityp wird nicht unterstützt/);
    expect(error?.message).not.toMatch(/Klage/);
  });

  it('rejects GIF, ZIP and Word files as UNSUPPORTED_TYPE', () => {
    expect(codeOf(() => detectFileType(Buffer.from('GIF89a......')))).toBe('UNSUPPORTED_TYPE');
    expect(codeOf(() => detectFileType(bytes(0x50, 0x4b, 0x03, 0x04, 0, 0)))).toBe('UNSUPPORTED_TYPE');
    expect(codeOf(() => detectFileType(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1)))).toBe('UNSUPPORTED_TYPE');
  });
});
