import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../testing/sentences';
import { extract } from '../index';
import { extractWorkplace } from './workplace';

const workplace = (...texts: string[]) => extractWorkplace(sentencesOf(...texts), null);

describe('an on-site word among the channels a service is given through', () => {
  it.each([
    'Unser Serviceteam hilft Ihnen gern – per E-Mail, telefonisch oder vor Ort.',
    'Our advisers help members online, by phone or on-site.',
    'Nos conseillers répondent par téléphone, par e-mail ou sur site.',
    'Atendemos a nuestros socios por teléfono o en línea y en sitio.',
    'Ons team staat voor je klaar: telefonisch, per mail of op locatie.',
  ])('is no work model: %j', (line) => {
    expect(workplace(line)).toBeNull();
  });

  it.each([
    ['Die Tätigkeit erfolgt vor Ort in Leipzig; Rückfragen gern telefonisch.', 'onsite'],
    ['This is an on-site role. Questions? Reach us by phone.', 'onsite'],
    ['Poste en présentiel, premier échange par téléphone.', 'onsite'],
  ])('still reads the model a sentence gives beside a channel: %j', (line, model) => {
    expect(workplace(line)).toBe(model);
  });
});

describe('a town named after one of the employer’s sites', () => {
  const locations = (line: string) =>
    extract({ text: `Service Technician\n\n${line}\n\nWhat you do\n- Maintain boilers\n` }).posting
      .locations;

  it.each([
    ['We are hiring a service technician for our branch in Leeds.', 'Leeds'],
    ['You will join the team at our depot in Bristol.', 'Bristol'],
    ['Wir suchen Verstärkung für unseren Standort Nord Service GmbH in Hannover.', 'Hannover'],
    ['Rejoignez notre site de production à Nantes.', 'Nantes'],
    ['Buscamos técnico para nuestra sucursal en Rosario.', 'Rosario'],
    ['Cerchiamo un tecnico per la nostra filiale di Bergamo.', 'Bergamo'],
    ['Procuramos técnico para a nossa loja em Braga.', 'Braga'],
    ['Voor onze winkel in Eindhoven zoeken wij een monteur.', 'Eindhoven'],
  ])('%j names %s', (line, town) => {
    expect(locations(line)).toEqual([town]);
  });

  it('needs a known town after the site noun', () => {
    expect(locations('We are hiring for our branch in Customer Care.')).toEqual([]);
  });
});
