import { registerContextMenu } from './context-menu';
import { registerMarkingExtraSites } from './marking-extra-sites';
import { registerOpenPage } from './open-page';
import { registerStateBrief } from './state-brief';
import { registerStatesPanelCommand } from './states-panel';

/** Background parts of marking on UN pages: opening our pages, what the card and the panel show,
 * the context menu, added sites, the shortcut for "States on this page". */
export function registerMarkingFeatures(): void {
  registerOpenPage();
  registerStateBrief();
  registerContextMenu();
  registerMarkingExtraSites();
  registerStatesPanelCommand();
}
