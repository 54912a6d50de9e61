import { render } from 'preact';
import { i18nFor, I18nProvider } from '@/components/I18nContext';

function Popup() {
  return <h1>EndReprisals</h1>;
}

render(
  <I18nProvider value={i18nFor('en')}>
    <Popup />
  </I18nProvider>,
  document.getElementById('app')!,
);
