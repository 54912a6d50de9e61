import { Component, Fragment, type ComponentChildren } from 'preact';

interface Props {
  /** What to show instead of the children once they threw; `retry` renders them afresh. */
  fallback: (error: unknown, retry: () => void) => ComponentChildren;
  children: ComponentChildren;
}

/**
 * Keeps a failure inside one part of a page: when a child throws while rendering (or a data hook
 * rethrows a failed read), that part shows `fallback`, and the rest of the page stays usable.
 */
export class ErrorBoundary extends Component<Props, { error: unknown; failed: boolean; attempt: number }> {
  override state = { error: undefined as unknown, failed: false, attempt: 0 };

  static override getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error('EndReprisals:', error);
  }

  private retry = () => this.setState((state) => ({ error: undefined, failed: false, attempt: state.attempt + 1 }));

  override render() {
    if (this.state.failed) return this.props.fallback(this.state.error, this.retry);
    // A new key on retry mounts the children afresh, so their hooks start over.
    return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
  }
}
