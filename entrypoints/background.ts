import '@/lib/zod-jitless';
// Wiring only: each feature's background part lives in lib/background/ and registers itself here.
import { registerMarkingFeatures } from '@/lib/background/marking-features';
import { registerSettingsMigration } from '@/lib/background/settings-migration';
import { registerReader } from '@/lib/background/reader';

export default defineBackground(() => {
  registerSettingsMigration();
  registerMarkingFeatures();
  registerReader();
});
