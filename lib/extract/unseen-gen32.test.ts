import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Equivalence words, header lines, years that are no experience and trade training in French,
 * German, Spanish, Italian, Portuguese and English postings; sentences written for the test.
 */

const education = (text: string) =>
  extract({ text }).requirements.flatMap((r) =>
    r.kind === 'education' ? [[r.level, r.equivalentAccepted]] : [],
  );

describe('"o.ä." and "or similar experience" accept another way in', () => {
  it.each([
    [
      'Servicetechniker (m/w/d)\n\nIhr Profil\n- Abgeschlossene Berufsausbildung als Elektriker, Installateur o.ä.\n- Führerschein B',
      'vocational',
    ],
    [
      'Lagerist (m/w/d)\n\nIhr Profil\n- Abgeschlossene Ausbildung zur Fachkraft für Lagerlogistik o. ä.\n- Staplerschein',
      'vocational',
    ],
    [
      'Préparateur de commandes\n\nProfil :\n- CAP ou BEP logistique ou expérience similaire en entrepôt\n- CACES 1',
      'vocational',
    ],
    [
      'Mozo de almacén\n\nRequisitos:\n- Ciclo formativo de grado medio o experiencia similar en almacén',
      'vocational',
    ],
    [
      'Warehouse lead\n\nRequirements:\n- High school diploma or similar experience in a warehouse',
      'high_school',
    ],
  ])('%j', (text, level) => {
    expect(education(text)).toEqual([[level, true]]);
  });

  it('keeps a degree without such words strict', () => {
    expect(
      education(
        'Mechaniker (m/w/d)\n\nIhr Profil\n- Abgeschlossene Berufsausbildung als Mechaniker',
      ),
    ).toEqual([['vocational', false]]);
  });
});

const experience = (text: string) =>
  extract({ text }).requirements.flatMap((r) => (r.kind === 'experience' ? [r.minYears] : []));

describe('an age label or the employer box gives years that are no experience', () => {
  it.each([
    'Vendedor de mostrador\n\nRequisitos\n● Edad: 21 años en adelante.\n● Escolaridad: Secundaria.',
    'Repartidor\n\nRequisitos:\n- Edad: 20 a 35 años\n- Licencia de manejo vigente',
    'Livreur (H/F)\n\nProfil :\n- Âge : 18 ans minimum\n- Permis B',
    'Aushilfe Kasse (m/w/d)\n\nDein Profil:\n- Alter: 18 Jahre\n- Freundliches Auftreten',
    'Camarero/a\n\nRequisitos\n- Ganas de trabajar\n\nAcerca de Casa Lola\nRestaurante familiar con 25 años de experiencia en la cocina andaluza.',
  ])('%j', (text) => {
    expect(experience(text)).toEqual([]);
  });

  it('still reads the years a requirement states next to an age', () => {
    expect(
      experience(
        'Cajero\n\nRequisitos\n- Edad: 20 a 40 años\n- Experiencia mínima de 2 años en caja',
      ),
    ).toEqual([2]);
  });
});

const header = (text: string) => {
  const p = extract({ text }).posting;
  return [p.company, p.locations];
};

describe('a site word beside a town under the title names the place, not the employer', () => {
  it.each([
    ['Kfz-Mechatroniker (m/w/d)\nWerkstatt Wolfsburg\n\nWir suchen Verstärkung.', 'Wolfsburg'],
    [
      'Sachbearbeiter Einkauf (m/w/d)\nBraunschweig / Hauptsitz\n\nWir suchen Sie in Vollzeit.',
      'Braunschweig',
    ],
    ['Ejecutivo de ventas\nSucursal Querétaro\n\nBuscamos ejecutivo con experiencia.', 'Querétaro'],
    ['Opérateur de production (H/F)\nUsine Valence\n\nNous recherchons un opérateur.', 'Valence'],
    ['Magazziniere\nFiliale Bergamo\n\nCerchiamo un magazziniere.', 'Bergamo'],
  ])('%j', (text, town) => {
    expect(header(text)).toEqual([null, [town]]);
  });
});

describe('"Employer - Town, Region" under the title', () => {
  it.each([
    [
      'Auxiliar de enfermería\nClínica Sol - Medellín, Antioquia\n\nSe requiere auxiliar.',
      'Clínica Sol',
      'Medellín, Antioquia',
    ],
    [
      'Commis de cuisine\nBistro Lune - Montréal, Laurentides\n\nNous cherchons un commis.',
      'Bistro Lune',
      'Montréal, Laurentides',
    ],
  ])('%j', (text, company, place) => {
    expect(header(text)).toEqual([company, [place]]);
  });

  it('never runs a region past the end of a sentence', () => {
    const text =
      'Junior Developer\n\nKestrel is a software company based in Sydney, Australia. Kestrel ' +
      'builds tools for airlines.\n\nWe are looking for a junior developer.';
    expect(extract({ text }).posting.locations).toEqual(['Sydney']);
  });
});

describe('a sales apprenticeship finished is vocational training', () => {
  it.each([
    'Verkäuferin Lebensmittel (80-100%)\n\nAnforderungen:\n- Abgeschlossene Verkaufslehre\n- Freude am Kundenkontakt',
    'Filialleiter/in\n\nIhr Profil\n- Detailhandelslehre oder kaufmännische Lehre\n- Führungserfahrung',
  ])('%j', (text) => {
    expect(education(text)).toEqual([['vocational', false]]);
  });
});
