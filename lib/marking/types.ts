/** One State name found in a string: UTF-16 offsets, as the matcher reports them. */
export interface TextMatch {
  start: number;
  end: number;
  iso2: string;
}

/** What the marking code knows about the text it asks about. */
export interface FindContext {
  /** BCP 47 `lang` of the text's nearest element with one (or the document's), if any. */
  pageLanguage?: string;
}

/** Finds State names in a string; non-overlapping, in order (the matcher's `find`). */
export type FindMatches = (text: string, context?: FindContext) => ReadonlyArray<TextMatch>;
