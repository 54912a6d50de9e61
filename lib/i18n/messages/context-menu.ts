import { defineMessages } from '../define';

/** The titles of the extension's items in the browser's context menu (the background's only strings). */
export const contextMenu = defineMessages({
  en: {
    contextMenuCases: 'Reprisal cases for “%s”',
    statesPanelOpen: 'States on this page',
    contextMenuReader: 'Open in the EndReprisals reader',
  },
  'zh-CN': {
    contextMenuCases: '“%s”的报复案例',
    statesPanelOpen: '本页提及的国家',
    contextMenuReader: '在 EndReprisals 阅读器中打开',
  },
  fr: {
    contextMenuCases: 'Cas de représailles pour « %s »',
    statesPanelOpen: 'États cités sur cette page',
    contextMenuReader: 'Ouvrir dans le lecteur EndReprisals',
  },
  es: {
    contextMenuCases: 'Casos de represalias para «%s»',
    statesPanelOpen: 'Estados mencionados en esta página',
    contextMenuReader: 'Abrir en el lector de EndReprisals',
  },
  ru: {
    contextMenuCases: 'Случаи репрессий: «%s»',
    statesPanelOpen: 'Государства на этой странице',
    contextMenuReader: 'Открыть в просмотрщике EndReprisals',
  },
  ar: {
    contextMenuCases: 'حالات الأعمال الانتقامية: «%s»',
    statesPanelOpen: 'الدول المذكورة في هذه الصفحة',
    contextMenuReader: 'فتح في قارئ EndReprisals',
  },
});
