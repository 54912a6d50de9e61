import { defineMessages } from '../define';

export const common = defineMessages({
  en: {
    appName: 'EndReprisals',
    language: 'Language',
    close: 'Close',
    back: 'Back',
  },
  'zh-CN': {
    appName: '停止报复',
    language: '语言',
    close: '关闭',
    back: '返回',
  },
  fr: {
    appName: 'EndReprisals',
    language: 'Langue',
    close: 'Fermer',
    back: 'Retour',
  },
  es: {
    appName: 'EndReprisals',
    language: 'Idioma',
    close: 'Cerrar',
    back: 'Volver',
  },
  ru: {
    appName: 'EndReprisals',
    language: 'Язык',
    close: 'Закрыть',
    back: 'Назад',
  },
  ar: {
    appName: 'EndReprisals',
    language: 'اللغة',
    close: 'إغلاق',
    back: 'رجوع',
  },
});
