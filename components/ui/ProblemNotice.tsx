import type { ComponentChildren } from 'preact';
import { Notice } from './Notice';

/** What failed and the way out, announced at once (role="alert"); `children` are the actions (try again, go elsewhere). */
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
    <Notice tone="error" role="alert" banner={banner} testId={testId} actions={children}>
      <p>{message}</p>
    </Notice>
  );
}
