import type { ComponentChildren } from 'preact';

export type NoticeTone = 'info' | 'success' | 'warning' | 'error';

/**
 * A message in a box: information, success, a warning or a problem, with optional actions under
 * it. `role` is for the caller to choose: "alert" for what just failed, "status" for a live
 * result, none for text that is simply part of the page.
 */
export function Notice({
  tone = 'info',
  role,
  banner = false,
  testId,
  class: className,
  actions,
  children,
}: {
  tone?: NoticeTone;
  role?: 'alert' | 'status';
  /** Stays at the top of the page while it scrolls. */
  banner?: boolean;
  testId?: string;
  class?: string;
  actions?: ComponentChildren;
  children: ComponentChildren;
}) {
  const classes = ['notice', `notice--${tone}`, banner && 'notice--banner', className].filter(Boolean).join(' ');
  return (
    <div class={classes} role={role} data-testid={testId}>
      <div class="notice__text">{children}</div>
      {actions && <div class="notice__actions">{actions}</div>}
    </div>
  );
}
