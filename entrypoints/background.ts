// Wiring only: each feature's background part lives in lib/background/ and registers itself here.
export default defineBackground(() => {});
