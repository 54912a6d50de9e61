/** The manifest command that opens "States on this page" on the active tab. */
export const STATES_PANEL_COMMAND = 'open-states-panel';
/** The shortcut it has unless the user changed it. */
export const STATES_PANEL_DEFAULT_SHORTCUT = 'Ctrl+Shift+9';
