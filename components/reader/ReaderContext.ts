import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ReaderController } from './reader-controller';

/** The reader's controller, for parts of the page that work on the document (marks, panels). */
export const ReaderContext = createContext<ReaderController | null>(null);

export function useReaderController(): ReaderController | null {
  return useContext(ReaderContext);
}
