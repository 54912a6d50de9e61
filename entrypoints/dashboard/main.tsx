import '@/lib/zod-jitless';
import { render } from 'preact';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import '@/components/ui/extension-page.css';
import '@/components/dashboard/dashboard.css';

render(<DashboardApp />, document.getElementById('app')!);
