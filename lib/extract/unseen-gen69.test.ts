import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Classes met on unseen English postings (careers markdown of a US manufacturer, public-service
 * records from Singapore, Indeed and job-board records from India, Nigeria, Ireland and Canada).
 * Sentences are written for these tests.
 */
const posting = (text: string) => extract({ text }).posting;

describe('a laboratory or science profession alone on the title line', () => {
  it.each([
    [
      'Chemist\n\nOur soap factory needs someone to test raw materials.\n\nQualifications:\n* Degree',
      'Chemist',
    ],
    [
      'Microbiologist\n\nYou will run culture tests for our dairy.\n\nRequirements:\n- Degree',
      'Microbiologist',
    ],
    [
      'Chemikerin\n\nFür unser Labor in Ulm suchen wir Verstärkung.\n\nIhr Profil:\n- Studium',
      'Chemikerin',
    ],
    ['Chimiste\n\nNotre atelier de cosmétiques recrute.\n\nProfil :\n- Master', 'Chimiste'],
    ['Químico\n\nNuestra planta de pinturas busca personal.\n\nRequisitos:\n- Grado', 'Químico'],
    ['Biologa\n\nIl nostro laboratorio cerca una persona.\n\nRequisiti:\n- Laurea', 'Biologa'],
    ['Bioloog\n\nOns veldteam zoekt versterking.\n\nEisen:\n- Master', 'Bioloog'],
    ['Bióloga\n\nNosso laboratório procura uma pessoa.\n\nRequisitos:\n- Graduação', 'Bióloga'],
  ])('is the title (%#)', (text, title) => {
    expect(posting(text).title).toBe(title);
  });
});
