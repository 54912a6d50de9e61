// The card's and the panel's strings come from the background on UN pages (lib/i18n/page.ts);
// tests that draw them take the bundled catalogue, loaded in every language up front.
import { UI_LANGUAGES } from '@/lib/i18n/languages';
import { loadPageMessages, setPageMessagesLoader } from '@/lib/i18n/page';
import { bundledPageMessages } from '@/lib/i18n/page-catalogue';

setPageMessagesLoader(bundledPageMessages);
await Promise.all(UI_LANGUAGES.map((lang) => loadPageMessages(lang)));
