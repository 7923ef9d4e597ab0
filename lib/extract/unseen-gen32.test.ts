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
