import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractTravel } from './travel';

const travel = (text: string) =>
  extractTravel({ text, start: 0, end: text.length, heading: null, section: null });

describe('extractTravel', () => {
  it.each([
    ['Up to 25% travel within EMEA.', 25],
    ['This role requires travel up to 50% of the time.', 50],
    ['Travel: approximately 30% (domestic and international).', 30],
    ['Reisebereitschaft (20%) innerhalb der DACH-Region', 20],
    ['Déplacements à prévoir (10 % du temps) en France.', 10],
    ['Disponibilidad para viajar un 15% del tiempo.', 15],
    [
      "Déplacements fréquents chez nos clients dans l'Hérault et le Gard (environ 30 % du temps de travail)",
      30,
    ],
  ])('%s → %d%%', (text, percent) => {
    expect(travel(text)).toEqual([{ kind: 'travel', percent, at: expect.any(Number) }]);
  });

  it.each([
    'Some travel may be required',
    'Must be willing to travel internationally on short notice.',
    'Déplacements fréquents chez nos clients.',
    'Gelegentliche Dienstreisen innerhalb Deutschlands',
    'Disponibilidad para viajar por España.',
    'Disponibilità a trasferte frequenti sul territorio nazionale.',
    'Reisbereidheid binnen de Benelux.',
  ])('%s → travel, no percent', (text) => {
    expect(travel(text)).toEqual([{ kind: 'travel', percent: null, at: expect.any(Number) }]);
  });

  // A share written against a work model is how much of the job is remote or on site.
  it.each([
    ['Remote 95% (two paid trips a year to our Lisbon office)', null],
    ['100% remote, occasional travel to customer sites', null],
    ['Homeoffice: 80 % – gelegentliche Dienstreisen nach Wien', null],
    ['40 % de télétravail, déplacements ponctuels en région', null],
    ['Smart working al 60%, trasferte saltuarie in Europa', null],
    ['Remote 90%, up to 10% travel to client sites', 10],
    ['Teletrabajo 50% y viajes hasta un 20% del tiempo', 20],
    ['Remote, up to 25% travel within EMEA', 25],
  ])('%s → travel percent %s', (text, percent) => {
    expect(travel(text)).toEqual([{ kind: 'travel', percent, at: expect.any(Number) }]);
  });

  it('points at the travel word', () => {
    const text = 'Some travel may be required';
    expect(travel(text)[0]?.at).toBe(text.indexOf('travel'));
  });

  it.each([
    'We offer travel benefits and a generous travel reimbursement policy.',
    'We travel the world to meet our users and learn from them.',
    'Our customers are in the travel industry.',
    'Travel expenses are covered by the company.',
    'Grow 20% year over year with our partners.',
    'Frais de déplacement remboursés.',
  ])('no travel requirement: %s', (text) => {
    expect(travel(text)).toEqual([]);
  });

  it('never throws and keeps `at` and percent in range', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        for (const f of travel(text)) {
          expect(f.at).toBeLessThan(Math.max(1, text.length));
          if (f.kind === 'travel' && f.percent !== null) expect(f.percent).toBeLessThanOrEqual(100);
        }
      }),
    );
    const parts = fc.constantFrom('travel', 'up to', '%', '250', '25', ' ', 'required', 'benefits');
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 40 }), (p) => {
        const text = p.join(' ');
        for (const f of travel(text)) {
          if (f.kind === 'travel' && f.percent !== null) expect(f.percent).toBeLessThanOrEqual(100);
        }
      }),
    );
  });
});

describe('extractTravel: daily travel', () => {
  it('reads daily travel across a territory', () => {
    const found = travel('Permis B indispensable : déplacements quotidiens sur le secteur.');
    expect(found.map((f) => (f.kind === 'travel' ? f.percent : 'other'))).toEqual([null]);
    expect(
      travel('Nos déplacements professionnels sont remboursés (frais de déplacement).'),
    ).toEqual([]);
  });
});

describe('extractTravel: travel "as needed" in German', () => {
  it('reads trips asked for when needed or now and then', () => {
    expect(travel('Reisen nach Bedarf zu unseren Standorten in Österreich')).toHaveLength(1);
    expect(travel('Vereinzelte Reisen zu Kunden im Inland')).toHaveLength(1);
    expect(travel('Zeitweise Dienstreisen innerhalb Europas')).toHaveLength(1);
  });

  it('needs a travel word: "bei Bedarf" alone asks for no travel', () => {
    expect(travel('Unterstützung durch das Team bei Bedarf')).toHaveLength(0);
  });
});

describe('extractTravel: occasional trips and the travel of others', () => {
  it.each([
    'Conditions particulières : déplacements dans le Sud-Ouest et ponctuellement à Bruxelles.',
    'Déplacements en région, ponctuellement en Suisse.',
  ])('asks for travel: %j', (text) => {
    expect(travel(text)).toHaveLength(1);
  });

  it.each([
    'Vous organisez ponctuellement les déplacements de la direction.',
    'Vous gérez les déplacements et les agendas de trois managers.',
  ])('asks for none: %j', (text) => {
    expect(travel(text)).toEqual([]);
  });
});

describe('assignments at customers’ sites (German trades)', () => {
  it.each([
    'Bereitschaft für Außendiensteinsätze im Raum Stuttgart',
    'Bereitschaft zu Außeneinsätzen in ganz Niedersachsen',
    'Gelegentliche Einsätze beim Kunden',
  ])('%j asks for travel', (text) => {
    expect(travel(text).map((r) => r.kind)).toEqual(['travel']);
  });

  it('a field role named in passing asks for nothing', () => {
    expect(travel('Erfahrung im Außendienst von Vorteil')).toEqual([]);
  });
});
