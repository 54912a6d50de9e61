import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { errorDetail } from '@/lib/error-detail';
import { loadSettings, onSettingsChanged, updateSettings } from '@/lib/platform/settings-store';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';

/** A read or a write of the settings that the browser refused, with its reason. */
export interface SettingsProblem {
  kind: 'read' | 'save';
  detail: string;
}

export interface SettingsApi {
  settings: Settings;
  /** Stores the patch; on failure rejects, and the page shows the problem (see SettingsProblemNotice). */
  update: (patch: Partial<Settings>) => Promise<Settings>;
  problem: SettingsProblem | null;
  dismissProblem: () => void;
}

const SettingsContext = createContext<SettingsApi | null>(null);

/**
 * Loads the settings once, keeps them current when another page (options, another popup)
 * changes them, and renders nothing until they are there so no view flashes in the wrong language.
 * When they cannot be read, the page runs on the defaults and says so.
 */
export function SettingsProvider({ children }: { children: ComponentChildren }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [problem, setProblem] = useState<SettingsProblem | null>(null);
  // Writes of this page still under way: while there are any, news of storage changes (often our
  // own earlier writes, read back late) would put back values the user has just changed.
  const writing = useRef(0);
  useEffect(() => {
    let live = true;
    loadSettings().then(
      (loaded) => live && setSettings(loaded),
      (error: unknown) => {
        if (!live) return;
        setSettings(DEFAULT_SETTINGS);
        setProblem({ kind: 'read', detail: errorDetail(error) });
      },
    );
    const stop = onSettingsChanged((next) => live && writing.current === 0 && setSettings(next));
    return () => {
      live = false;
      stop();
    };
  }, []);
  if (!settings) return null;
  const update = async (patch: Partial<Settings>) => {
    // Shown at once (a switch the user flips stays flipped), stored in order, then replaced by
    // what was stored; a refused write puts the stored settings back.
    writing.current++;
    setSettings((current) => (current ? { ...current, ...patch } : current));
    try {
      const next = await updateSettings(patch);
      if (writing.current === 1) setSettings(next);
      setProblem(null);
      return next;
    } catch (error) {
      setProblem({ kind: 'save', detail: errorDetail(error) });
      void loadSettings().then(setSettings, () => undefined);
      throw error;
    } finally {
      writing.current--;
    }
  };
  return (
    <SettingsContext.Provider value={{ settings, update, problem, dismissProblem: () => setProblem(null) }}>{children}</SettingsContext.Provider>
  );
}

export function useSettings(): SettingsApi {
  const api = useContext(SettingsContext);
  if (!api) throw new Error('useSettings outside SettingsProvider');
  return api;
}
