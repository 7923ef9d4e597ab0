import { describe, expect, it } from 'vitest';
import type { Sentence } from '../types';
import { extractWorkplace } from './workplace';

const workplace = (...texts: string[]) => {
  let start = 0;
  const sentences: Sentence[] = texts.map((text) => {
    const s = { text, start, end: start + text.length, heading: null, section: null };
    start += text.length + 1;
    return s;
  });
  return extractWorkplace(sentences, null);
};

describe('work-model statements met in real postings', () => {
  it.each([
    ['Hybrid set-up, the office is in Rotterdam.', 'Full remote not possible'],
    ['Ambiente ibrido, ufficio a Torino.', 'Full remote non possibile'],
    ['Modelo híbrido con oficina en Valencia.', 'Remoto no es posible'],
    ['Hybrides Arbeiten im Team Köln.', 'Remote nicht möglich'],
  ])('a denied full remote beside a hybrid model is hybrid: %j', (...lines) => {
    expect(workplace(...lines)).toBe('hybrid');
  });

  it('a denied remote alone is on site (en, fr, nl)', () => {
    expect(workplace('Remote not possible for this role')).toBe('onsite');
    expect(workplace('Remote non possible')).toBe('onsite');
    expect(workplace('Remote werken is niet mogelijk')).toBe('onsite');
  });

  it.each([
    ['Notre politique remote', '- 2 jours au bureau par semaine, le reste à la maison'],
    ['Política de teletrabajo', '- Teletrabajo parcial, con 2 días de oficina'],
    ['Policy on remote work', '- Hybrid: three days in the office'],
  ])('a heading naming the remote topic says nothing; the lines under it do: %j', (...lines) => {
    expect(workplace(...lines)).toBe('hybrid');
  });

  it('a heading naming the topic alone gives no model', () => {
    expect(workplace('La politique remote')).toBeNull();
    expect(workplace('Política de teletrabajo')).toBeNull();
  });

  it('the on-site word before a known city is on site', () => {
    expect(workplace('Onsite in Singapore, working with the client directly')).toBe('onsite');
    expect(workplace('On-site, Melbourne')).toBe('onsite');
    expect(workplace('On-site at our client for a week, then back home')).toBeNull();
  });

  it('an optional remote beside office days is hybrid (es, pt, it)', () => {
    expect(workplace('En Sevilla: mínimo un día a la semana en la oficina (remoto opcional)')).toBe(
      'hybrid',
    );
    expect(workplace('Em Braga, remoto opcional')).toBe('hybrid');
    expect(workplace('A Bari, remoto opzionale')).toBe('hybrid');
  });

  it('office and home both named in Dutch is hybrid', () => {
    expect(workplace('Je werkt zowel op kantoor in Gent als van thuis uit.')).toBe('hybrid');
  });
});
