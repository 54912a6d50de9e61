import { registerContextMenu } from './context-menu';
import { registerMarkingExtraSites } from './marking-extra-sites';
import { registerOpenPage } from './open-page';

/** Background parts of marking on UN pages: opening our pages, the context menu, added sites. */
export function registerMarkingFeatures(): void {
  registerOpenPage();
  registerContextMenu();
  registerMarkingExtraSites();
}
