import '@/lib/zod-jitless';
// Wiring only: each feature's background part lives in lib/platform/background/ and registers itself here.
import { registerMarkingFeatures } from '@/lib/platform/background/marking-features';
import { registerSettingsMigration } from '@/lib/platform/background/settings-migration';
import { registerReader } from '@/lib/platform/background/reader';

export default defineBackground(() => {
  registerSettingsMigration();
  registerMarkingFeatures();
  registerReader();
});
