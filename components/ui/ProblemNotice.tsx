import type { ComponentChildren } from 'preact';
import './problem-notice.css';

/**
 * What failed and the way out, announced at once (role="alert"). `children` are the actions
 * (try again, go elsewhere), styled by the page that shows the notice.
 */
export function ProblemNotice({
  message,
  children,
  testId,
  banner = false,
}: {
  message: string;
  children?: ComponentChildren;
  testId?: string;
  /** Stays at the top of the page while it scrolls. */
  banner?: boolean;
}) {
  return (
    <div class={`problem-notice${banner ? ' problem-notice--banner' : ''}`} role="alert" data-testid={testId}>
      <p class="problem-notice__text">{message}</p>
      {children && <div class="problem-notice__actions">{children}</div>}
    </div>
  );
}
