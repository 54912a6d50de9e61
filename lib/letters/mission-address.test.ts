import { describe, expect, it } from 'vitest';
import { STATES, stateByIso2 } from '@/lib/data/states';
import { ofState } from './mission-address';
import { russianGenitive } from './russian-genitive';

const of = (iso2: string, lang: Parameters<typeof ofState>[1]) => ofState(stateByIso2(iso2)!, lang);

describe('ofState', () => {
  it('English keeps the formal name with its article', () => {
    expect(of('EG', 'en')).toBe('the Arab Republic of Egypt');
    expect(of('JP', 'en')).toBe('Japan');
  });

  it('French contracts de + article and elides before a vowel', () => {
    expect(of('EG', 'fr')).toBe("de la République arabe d'Égypte");
    expect(of('VA', 'fr')).toBe('du Saint-Siège');
    expect(of('AE', 'fr')).toBe('des Émirats arabes unis');
    expect(of('PS', 'fr')).toBe("de l'État de Palestine");
    expect(of('AG', 'fr')).toBe("d'Antigua-et-Barbuda");
    expect(of('LC', 'fr')).toBe('de Sainte-Lucie');
  });

  it('Spanish contracts de + el', () => {
    expect(of('EG', 'es')).toBe('de la República Árabe de Egipto');
    expect(of('PS', 'es')).toBe('del Estado de Palestina');
    expect(of('US', 'es')).toBe('de los Estados Unidos de América');
    expect(of('AU', 'es')).toBe('de Australia');
  });

  it('Russian declines the State-type phrase and keeps the name proper', () => {
    expect(of('EG', 'ru')).toBe('Арабской Республики Египет');
    expect(of('CN', 'ru')).toBe('Китайской Народной Республики');
    expect(of('BY', 'ru')).toBe('Республики Беларусь');
    expect(of('VE', 'ru')).toBe('Боливарианской Республики Венесуэла');
    expect(of('BI', 'ru')).toBe('Республики Бурунди');
    expect(of('NL', 'ru')).toBe('Королевства Нидерландов');
    expect(of('GB', 'ru')).toBe('Соединенного Королевства Великобритании и Северной Ирландии');
    expect(of('US', 'ru')).toBe('Соединенных Штатов Америки');
    expect(of('AE', 'ru')).toBe('Объединенных Арабских Эмиратов');
    expect(of('VA', 'ru')).toBe('Святого Престола');
    expect(of('PS', 'ru')).toBe('Государства Палестина');
    expect(of('SB', 'ru')).toBe('Соломоновых Островов');
    expect(of('KP', 'ru')).toBe('Корейской Народно-Демократической Республики');
    expect(of('JP', 'ru')).toBe('Японии');
    expect(of('RU', 'ru')).toBe('Российской Федерации');
  });

  it('Russian covers every one of the 195 States without the fallback', () => {
    const uncovered = STATES.filter((s) => russianGenitive(s.formal.ru) === null).map((s) => s.formal.ru);
    expect(uncovered).toEqual([]);
  });

  it('Russian falls back to an apposition that needs no declension for an unknown name', () => {
    expect(russianGenitive('Новое имя')).toBeNull();
  });

  it('Arabic joins لـ and assimilates the article', () => {
    expect(of('EG', 'ar')).toBe('لجمهورية مصر العربية');
    expect(of('SA', 'ar')).toBe('للمملكة العربية السعودية');
    expect(of('VA', 'ar')).toBe('للكرسي الرسولي');
    expect(of('CA', 'ar')).toBe('لكندا');
  });

  it('Chinese uses the formal name as it stands', () => {
    expect(of('EG', 'zh')).toBe('阿拉伯埃及共和国');
  });

  it('gives every State a phrase in every language', () => {
    for (const s of STATES) {
      for (const lang of ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const) {
        expect(ofState(s, lang).length).toBeGreaterThan(1);
      }
    }
  });
});
