/** Names that are never documents: hidden files, temp and partial files, OS and NAS junk. */
const JUNK_NAMES = new Set(['thumbs.db', 'desktop.ini', '.ds_store', 'icon\r']);
const JUNK_DIRS = new Set(['@eadir', '__macosx', '.stfolder', '.stversions', '#recycle', '$recycle.bin', '.trash']);
const TEMP_SUFFIXES = ['.part', '.partial', '.tmp', '.temp', '.crdownload', '.download', '.filepart', '.swp', '.lock', '~'];

/** True for a name (one path segment) that must never be picked up. */
export function isIgnoredName(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    lower.startsWith('.') ||
    lower.startsWith('~$') ||
    lower.startsWith('._') ||
    JUNK_NAMES.has(lower) ||
    JUNK_DIRS.has(lower) ||
    lower.endsWith('.error.txt') ||
    TEMP_SUFFIXES.some((suffix) => lower.endsWith(suffix))
  );
}

/**
 * True when a path relative to the watch folder is to be ignored: any junk segment, or the
 * folder where failed files are put.
 */
export function isIgnoredPath(relative: string, failedDirName: string): boolean {
  if (relative === '' || relative === '.') return false;
  const segments = relative.split(/[\\/]/);
  if (segments[0] === failedDirName) return true;
  return segments.some(isIgnoredName);
}
