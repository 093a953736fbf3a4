import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeQr, detectSeparator } from '../../../src/adapters/barcode.adapter.js';
import { separatorSheetCommand } from '../../../src/cli/separator-sheet.command.js';
import { renderNoticePdf } from '../../support/notice-pdf.js';

const dir = mkdtempSync(path.join(tmpdir(), 'separator-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Renders page 1 of a PDF the way a 150-dpi gray scan looks (pdftoppm). */
function rasterise(pdfPath: string): Buffer {
  const prefix = path.join(dir, path.basename(pdfPath, '.pdf'));
  execFileSync('pdftoppm', ['-r', '150', '-gray', '-png', '-f', '1', '-l', '1', '-singlefile', pdfPath, prefix]);
  return readFileSync(`${prefix}.png`);
}

describe('intake separator-sheet', () => {
  it('writes an A4 PDF with the German text and a QR code that carries the configured code', async () => {
    const out = path.join(dir, 'blatt.pdf');
    expect(await separatorSheetCommand(['--out', out, '--code', 'STAPEL-7'])).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text).toContain('Trennblatt – nicht entfernen');
    expect(text).toContain('Code: STAPEL-7');
    const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89/);
    expect(await decodeQr(rasterise(out))).toBe('STAPEL-7');
  });

  it('rejects unknown flags with exit code 2', async () => {
    expect(await separatorSheetCommand(['--nope'])).toBe(2);
  });
});

describe('detectSeparator', () => {
  it('finds the default code on a rendered separator sheet, case- and space-tolerant, and no other code', async () => {
    const out = path.join(dir, 'trenn.pdf');
    expect(await separatorSheetCommand(['--out', out])).toBe(0);
    const png = rasterise(out);
    expect(await detectSeparator(png, 'TRENN')).toBe(true);
    expect(await detectSeparator(png, 'trenn ')).toBe(true);
    expect(await detectSeparator(png, 'ANDERS')).toBe(false);
  });

  it('finds no separator on a court notice page', async () => {
    const pdf = path.join(dir, 'notice.pdf');
    writeFileSync(pdf, await renderNoticePdf());
    expect(await detectSeparator(rasterise(pdf), 'TRENN')).toBe(false);
  });
});
