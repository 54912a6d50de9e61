/** Highlights are registered as "endreprisals-<iso2 in lower case>", e.g. "endreprisals-eg". */
export const HIGHLIGHT_PREFIX = 'endreprisals-';

export function highlightName(iso2: string): string {
  return HIGHLIGHT_PREFIX + iso2.toLowerCase();
}

/**
 * The one highlight that is styled, holding every registered range of every State. The
 * browser restyles every highlight of the page whenever a highlight changes, and each
 * `::highlight()` name in the stylesheet multiplies that cost (on a 5 MB page, one change cost
 * a frame of 100–300 ms with a rule for each of 195 names, 10–60 ms with one); the per-State
 * highlights carry no style and say which State a range names.
 */
export const STYLED_HIGHLIGHT = 'endreprisals';

/** The CSS Custom Highlight API, where the browser has it (Chrome 105, Firefox 140). */
export function highlightApi(): { registry: HighlightRegistry; Highlight: typeof Highlight } | null {
  const registry = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights;
  const ctor = (globalThis as { Highlight?: typeof Highlight }).Highlight;
  return registry && typeof ctor === 'function' ? { registry, Highlight: ctor } : null;
}

export interface HighlightLayer {
  /** Queues `range` to be shown as a mention of `iso2`. */
  add(iso2: string, range: Range): void;
  delete(iso2: string, range: Range): void;
  /**
   * Applies what was queued. The browser re-checks every registered range whenever any
   * highlight changes, so changes are gathered and applied in one go.
   */
  commit(): void;
  /** The State code of one of our highlights; undefined for anything else (the page's own). */
  iso2Of(highlight: unknown): string | undefined;
  /** Ranges registered now (after the last commit). */
  readonly registered: number;
  /** Unregisters our highlights, and only ours. */
  clear(): void;
}

/**
 * Our highlights in the page's registry: one per State, and the styled one holding them all
 * (see STYLED_HIGHLIGHT). The registry is the page's as well:
 * only names we registered are ever set or deleted, and a name the page uses itself is left to
 * it (that State is then not shown).
 */
export function createHighlightLayer(): HighlightLayer {
  const api = highlightApi();
  const ours = new Map<string, Highlight>();
  let styled: Highlight | null = null;
  const byHighlight = new Map<unknown, string>();
  const pendingAdd = new Map<string, Range[]>();
  const pendingDelete = new Map<string, Range[]>();
  const refused = new Set<string>();
  let registered = 0;

  const queue = (map: Map<string, Range[]>, iso2: string, range: Range) => {
    const list = map.get(iso2);
    if (list) list.push(range);
    else map.set(iso2, [range]);
  };

  return {
    add: (iso2, range) => queue(pendingAdd, iso2, range),
    delete: (iso2, range) => queue(pendingDelete, iso2, range),
    commit() {
      if (!api) {
        pendingAdd.clear();
        pendingDelete.clear();
        return;
      }
      if (!styled && pendingAdd.size > 0 && !api.registry.has(STYLED_HIGHLIGHT)) {
        styled = new api.Highlight();
        api.registry.set(STYLED_HIGHLIGHT, styled);
      }
      for (const [iso2, ranges] of pendingDelete) {
        const highlight = ours.get(iso2);
        if (!highlight) continue;
        for (const range of ranges) {
          if (highlight.delete(range)) registered--;
          styled?.delete(range);
        }
      }
      pendingDelete.clear();
      for (const [iso2, ranges] of pendingAdd) {
        let highlight = ours.get(iso2);
        if (!highlight) {
          const name = highlightName(iso2);
          if (refused.has(iso2) || api.registry.has(name)) {
            refused.add(iso2);
            continue;
          }
          highlight = new api.Highlight(...ranges);
          registered += highlight.size;
          ours.set(iso2, highlight);
          byHighlight.set(highlight, iso2);
          api.registry.set(name, highlight);
          for (const range of ranges) styled?.add(range);
          continue;
        }
        for (const range of ranges) {
          if (!highlight.has(range)) {
            highlight.add(range);
            styled?.add(range);
            registered++;
          }
        }
      }
      pendingAdd.clear();
    },
    iso2Of: (highlight) => byHighlight.get(highlight),
    get registered() {
      return registered;
    },
    clear() {
      pendingAdd.clear();
      pendingDelete.clear();
      if (api) {
        for (const [iso2, highlight] of ours) {
          const name = highlightName(iso2);
          if (api.registry.get(name) === highlight) api.registry.delete(name);
        }
        if (styled && api.registry.get(STYLED_HIGHLIGHT) === styled) api.registry.delete(STYLED_HIGHLIGHT);
      }
      ours.clear();
      styled = null;
      byHighlight.clear();
      refused.clear();
      registered = 0;
    },
  };
}
