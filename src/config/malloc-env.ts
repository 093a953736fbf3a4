/**
 * glibc malloc settings the service runs with (npm start sets them, see src/cli/launch.ts; the README's
 * systemd unit too). Both must be in the environment before the process starts.
 *
 * - MALLOC_ARENA_MAX=2: glibc gives every thread that allocates its own heap of up to 64 MB and keeps freed
 *   memory there; with the OCR workers', sharp's and libuv's threads the service held ~250 MB more
 *   (bench:watch peak 863–948 MB without, 662 MB with).
 * - MALLOC_MMAP_THRESHOLD_=1 MiB: blocks from 1 MiB up (page images: 9 MB at 300 dpi) get their own
 *   mapping and go back to the system when freed. Without a fixed threshold glibc raises it to the size of
 *   the first freed image, so later images are carved out of the heap and leave it fragmented (200 scanned
 *   pages in a row, 2 workers: peak RSS 752 MB without, 623 MB with; the last 50 documents 623 MB on
 *   average against 512 MB).
 */
export const MALLOC_ENV: Readonly<Record<string, string>> = {
  MALLOC_ARENA_MAX: '2',
  MALLOC_MMAP_THRESHOLD_: '1048576',
};
