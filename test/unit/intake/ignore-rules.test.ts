import { describe, expect, it } from 'vitest';
import { isIgnoredName, isIgnoredPath } from '../../../src/intake/ignore-rules.js';

describe('ignore rules of the watch folder', () => {
  it.each(['.DS_Store', '._scan.pdf', 'Thumbs.db', 'desktop.ini', '~$brief.docx', 'scan.pdf.part', 'scan.tmp', 'x.crdownload', '.hidden.pdf', 'scan.pdf.error.txt', '@eaDir', '__MACOSX'])(
    'never picks up %s',
    (name) => expect(isIgnoredName(name)).toBe(true),
  );

  it.each(['scan 0001.pdf', 'Mitteilung Müller.tif', '-rf.pdf', 'a..b.pdf', 'foto 📷.jpg', 'FAX_20250312.TIFF'])('takes %s', (name) =>
    expect(isIgnoredName(name)).toBe(false),
  );

  it('skips the failed folder and anything under a junk folder, but not ordinary subfolders', () => {
    expect(isIgnoredPath('failed/scan.pdf', 'failed')).toBe(true);
    expect(isIgnoredPath('@eaDir/scan.pdf/SYNOFILE_THUMB_M.jpg', 'failed')).toBe(true);
    expect(isIgnoredPath('scanner-2/scan.pdf', 'failed')).toBe(false);
    expect(isIgnoredPath('failedx/scan.pdf', 'failed')).toBe(false);
  });
});
