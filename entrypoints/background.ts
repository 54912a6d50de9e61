// Wiring only: each feature's background part lives in lib/background/ and registers itself here.
import { registerStoreMessages } from '@/lib/background/store-messages';
import { registerMarkingFeatures } from '@/lib/background/marking-features';
import { registerReader } from '@/lib/background/reader';

export default defineBackground(() => {
  registerStoreMessages();
  registerMarkingFeatures();
  registerReader();
});
