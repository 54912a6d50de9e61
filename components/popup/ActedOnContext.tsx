import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useState } from 'preact/hooks';

export interface ActedOn {
  cases: Record<string, number>;
  states: Record<string, number>;
  /** Re-reads the counts, after the user opened a post or drafted a letter. */
  refresh: () => Promise<void>;
}

const empty = { cases: {}, states: {} };
const ActedOnContext = createContext<ActedOn>({ ...empty, refresh: async () => {} });

/** What the user already did, per case and per State, for the check marks in lists. */
export function ActedOnProvider({ children }: { children: ComponentChildren }) {
  const [summary, setSummary] = useState<Omit<ActedOn, 'refresh'>>(empty);
  const refresh = useCallback(async () => {
    try {
      // The record (Dexie over IndexedDB) is loaded after the first view is drawn.
      const { actedOnSummary } = await import('@/lib/platform/store/actions');
      setSummary(await actedOnSummary());
    } catch (error) {
      // Without IndexedDB (private windows in some browsers) the marks are simply not shown.
      console.warn('EndReprisals: could not read past actions', error);
    }
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return <ActedOnContext.Provider value={{ ...summary, refresh }}>{children}</ActedOnContext.Provider>;
}

export function useActedOn(): ActedOn {
  return useContext(ActedOnContext);
}
