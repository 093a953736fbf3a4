/** Truth of one generated stack: where each document lies in the batch (1-based, inclusive page ranges). */
export interface StackTruth {
  id: string;
  file: string;
  profile: 'text-pdf' | 'multi-tiff' | 'multi-pdf';
  separators: boolean;
  separatorCode: string;
  pageCount: number;
  /** First and last content page of each document; blank backs inside a range are listed in blankPages. */
  documents: { pages: [number, number]; source: string; type: string; coverLetter: boolean; pageMarkers: boolean }[];
  blankPages: number[];
  separatorPages: number[];
}

export interface StackManifest {
  seed: number;
  stacks: { id: string; file: string; truth: string; profile: string; separators: boolean; documents: number; pages: number; bytes: number }[];
}
