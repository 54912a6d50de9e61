import { registerContextMenu } from './context-menu';
import { registerMarkingExtraSites } from './marking-extra-sites';
import { registerOpenPage } from './open-page';
import { registerStatesPanelCommand } from './states-panel';

/** Background parts of marking on UN pages: opening our pages, the context menu, added sites,
 * the shortcut for "States on this page". */
export function registerMarkingFeatures(): void {
  registerOpenPage();
  registerContextMenu();
  registerMarkingExtraSites();
  registerStatesPanelCommand();
}
