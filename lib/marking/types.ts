/** One State name found in a string: UTF-16 offsets, as the matcher reports them. */
export interface TextMatch {
  start: number;
  end: number;
  iso2: string;
}

/** Finds State names in a string; non-overlapping, in order (the matcher's `find`). */
export type FindMatches = (text: string) => ReadonlyArray<TextMatch>;
