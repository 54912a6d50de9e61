export default defineBackground(() => {
  // Wired by later features (context menu, action store).
});
