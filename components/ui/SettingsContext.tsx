import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { loadSettings, onSettingsChanged, updateSettings } from '@/lib/settings-store';
import type { Settings } from '@/lib/settings';

export interface SettingsApi {
  settings: Settings;
  update: (patch: Partial<Settings>) => Promise<Settings>;
}

const SettingsContext = createContext<SettingsApi | null>(null);

/**
 * Loads the settings once, keeps them current when another page (options, another popup)
 * changes them, and renders nothing until they are there so no view flashes in the wrong language.
 */
export function SettingsProvider({ children }: { children: ComponentChildren }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => live && setSettings(loaded));
    const stop = onSettingsChanged((next) => live && setSettings(next));
    return () => {
      live = false;
      stop();
    };
  }, []);
  if (!settings) return null;
  const update = async (patch: Partial<Settings>) => {
    const next = await updateSettings(patch);
    setSettings(next);
    return next;
  };
  return <SettingsContext.Provider value={{ settings, update }}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsApi {
  const api = useContext(SettingsContext);
  if (!api) throw new Error('useSettings outside SettingsProvider');
  return api;
}
