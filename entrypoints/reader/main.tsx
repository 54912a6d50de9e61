import '@/lib/zod-jitless';
import { render } from 'preact';
import { ReaderApp } from '@/components/reader/ReaderApp';
import 'pdfjs-dist/web/pdf_viewer.css';
import '@/components/ui/extension-page.css';
import '@/components/reader/reader.css';

render(<ReaderApp />, document.getElementById('app')!);
