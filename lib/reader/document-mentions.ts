import type { PageMention } from './page-mentions';

/** One State name in a document: its page (1-based) and where on the page. */
export interface DocumentMention {
  page: number;
  mention: PageMention;
}

/**
 * The States a PDF names, page by page. Pages are read in any order (the pages drawn first, then
 * the rest of the document while the reader is idle); every answer is in reading order, page
 * after page, whatever the order the pages were read in.
 */
export class DocumentMentions {
  private readonly byPage = new Map<number, readonly PageMention[]>();
  private sorted: number[] | null = null;

  constructor(readonly pagesCount: number) {}

  has(page: number): boolean {
    return this.byPage.has(page);
  }

  get(page: number): readonly PageMention[] | undefined {
    return this.byPage.get(page);
  }

  set(page: number, mentions: readonly PageMention[]): void {
    if (!Number.isInteger(page) || page < 1 || page > this.pagesCount) throw new RangeError(`no page ${page} in a document of ${this.pagesCount}`);
    if (!this.byPage.has(page)) this.sorted = null;
    this.byPage.set(page, mentions);
  }

  /** How many pages have been read. */
  get pagesRead(): number {
    return this.byPage.size;
  }

  /** Every page has been read. */
  get complete(): boolean {
    return this.byPage.size === this.pagesCount;
  }

  /** The first page not read yet at or after `from`, going round to the start; undefined when all are read. */
  nextUnread(from = 1): number | undefined {
    if (this.complete) return undefined;
    for (let k = 0; k < this.pagesCount; k++) {
      const page = ((from - 1 + k) % this.pagesCount) + 1;
      if (!this.byPage.has(page)) return page;
    }
    return undefined;
  }

  /** Mentions per State (ISO2 code), in order of first appearance in the pages read. */
  countsByState(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const page of this.pages()) {
      for (const m of this.byPage.get(page)!) counts.set(m.iso2, (counts.get(m.iso2) ?? 0) + 1);
    }
    return counts;
  }

  /** The pages that name a State, in order. */
  pagesOf(iso2: string): number[] {
    return this.pages().filter((page) => this.byPage.get(page)!.some((m) => m.iso2 === iso2));
  }

  /** The mentions of one State, in reading order. */
  mentionsOf(iso2: string): DocumentMention[] {
    const out: DocumentMention[] = [];
    for (const page of this.pages()) {
      for (const mention of this.byPage.get(page)!) if (mention.iso2 === iso2) out.push({ page, mention });
    }
    return out;
  }

  private pages(): number[] {
    this.sorted ??= [...this.byPage.keys()].sort((a, b) => a - b);
    return this.sorted;
  }
}
