import { useEffect, useState } from 'preact/hooks';
import type { ReaderController, ReaderState } from './reader-controller';

/** The controller's state, re-rendering on each change. */
export function useReaderState(controller: ReaderController | null): ReaderState | null {
  const [state, setState] = useState<ReaderState | null>(controller?.getState() ?? null);
  useEffect(() => {
    if (!controller) return undefined;
    setState(controller.getState());
    return controller.subscribe(setState);
  }, [controller]);
  return state;
}
