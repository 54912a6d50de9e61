/** Highlights are registered as "endreprisals-<iso2 in lower case>", e.g. "endreprisals-eg". */
export const HIGHLIGHT_PREFIX = 'endreprisals-';

export function highlightName(iso2: string): string {
  return HIGHLIGHT_PREFIX + iso2.toLowerCase();
}

/**
 * The highlights that are styled, two levels: the marks of States linked to the campaign
 * (responsible for a case, or raised one at the UN) in `endreprisals`, drawn clearly; every other
 * State's in `endreprisals_quiet`, drawn quietly. Each registered range is in exactly one of the
 * two. The browser restyles every highlight of the page whenever a highlight changes, and each
 * `::highlight()` name in the stylesheet multiplies that cost (on a 5 MB page, one change cost
 * a frame of 100–300 ms with a rule for each of 195 names, 10–60 ms with one): so two styled
 * names, never one per State. The per-State highlights ("endreprisals-<iso2>") carry no style
 * and say which State a range names. The styled names have no "endreprisals-" prefix, which
 * is the States'.
 */
export const STYLED_HIGHLIGHT = 'endreprisals';
export const QUIET_HIGHLIGHT = 'endreprisals_quiet';
export type MarkLevel = 'clear' | 'quiet';

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
 * Our highlights in the page's registry: one per State, and the two styled ones that hold them
 * by level (see STYLED_HIGHLIGHT; `levelOf` says which a State's marks take). The registry is the page's as well:
 * only names we registered are ever set or deleted, and a name the page uses itself is left to
 * it (that State is then not shown).
 */
export function createHighlightLayer(levelOf: (iso2: string) => MarkLevel = () => 'clear'): HighlightLayer {
  const api = highlightApi();
  const ours = new Map<string, Highlight>();
  /** The styled highlights by level, registered at the first range of that level. */
  const styled = new Map<MarkLevel, Highlight>();
  const levels = new Map<string, MarkLevel>();
  const level = (iso2: string): MarkLevel => {
    let known = levels.get(iso2);
    if (!known) levels.set(iso2, (known = levelOf(iso2)));
    return known;
  };
  const styledFor = (iso2: string): Highlight | undefined => {
    const at = level(iso2);
    let highlight = styled.get(at);
    if (!highlight && api) {
      const name = at === 'clear' ? STYLED_HIGHLIGHT : QUIET_HIGHLIGHT;
      if (api.registry.has(name)) return undefined; // the page's own: left to it
      highlight = new api.Highlight();
      api.registry.set(name, highlight);
      styled.set(at, highlight);
    }
    return highlight;
  };
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
      for (const [iso2, ranges] of pendingDelete) {
        const highlight = ours.get(iso2);
        if (!highlight) continue;
        const look = styled.get(level(iso2));
        for (const range of ranges) {
          if (highlight.delete(range)) registered--;
          look?.delete(range);
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
          const look = styledFor(iso2);
          for (const range of ranges) look?.add(range);
          continue;
        }
        const look = styledFor(iso2);
        for (const range of ranges) {
          if (!highlight.has(range)) {
            highlight.add(range);
            look?.add(range);
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
        for (const [at, highlight] of styled) {
          const name = at === 'clear' ? STYLED_HIGHLIGHT : QUIET_HIGHLIGHT;
          if (api.registry.get(name) === highlight) api.registry.delete(name);
        }
      }
      ours.clear();
      styled.clear();
      byHighlight.clear();
      refused.clear();
      registered = 0;
    },
  };
}
