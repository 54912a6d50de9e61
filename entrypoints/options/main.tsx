import '@/lib/zod-jitless';
import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import '@/components/ui/extension-page.css';
import '@/components/options/options.css';

render(<OptionsApp />, document.getElementById('app')!);
