import TOKENS_CSS from '@/components/ui/tokens.css?inline';

/**
 * The design tokens (components/ui/tokens.css, the same file the extension pages read) for our
 * shadow root: there they apply to :host. Each is made important, because a page's own rules
 * for our host element would otherwise win over the shadow root's (a page rule setting
 * `--color-surface` on every element must not recolour the card).
 */
export const THEME_CSS = TOKENS_CSS.replace(/(--[\w-]+\s*:[^;{}]+?)\s*(?=[;}])/g, '$1 !important');
