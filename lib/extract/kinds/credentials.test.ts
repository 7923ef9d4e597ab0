import { describe, expect, it } from 'vitest';
import type { Sentence } from '../types';
import { extractLicenses } from './license';
import { extractSkills } from './skills';

const sentence = (text: string): Sentence => ({
  text,
  start: 0,
  end: text.length,
  heading: null,
  section: null,
});

/** [kind, name, the words as written] of every credential and licence in a sentence. */
function read(text: string): [string, string, string][] {
  return [...extractSkills(sentence(text)), ...extractLicenses(sentence(text))].flatMap((f) =>
    (f.kind === 'license' || f.kind === 'certification') && f.mention
      ? [[f.kind, f.name, f.mention.text] as [string, string, string]]
      : [],
  );
}

describe('professional registrations, in seven languages', () => {
  it.each([
    ['Current SANC registration is essential.', 'SANC registration', 'SANC registration'],
    ['You hold a valid HCPC PIN.', 'HCPC registration', 'HCPC PIN'],
    [
      'Full registration with the Nursing and Midwifery Council.',
      'Nursing and Midwifery Council registration',
      'registration with the Nursing and Midwifery Council',
    ],
    [
      'Inscription au tableau de l’Ordre des infirmiers.',
      'Professional registration',
      'Inscription au tableau de l’Ordre',
    ],
    [
      'Deutsche Approbation als Apotheker erforderlich.',
      'Professional registration',
      'Deutsche Approbation',
    ],
    [
      'Imprescindible colegiación en el colegio de enfermería.',
      'Professional registration',
      'colegiación',
    ],
    ["Iscrizione all'albo degli ingegneri.", 'Professional registration', "Iscrizione all'albo"],
    ['Registro ativo no COREN.', 'COREN registration', 'Registro ativo no COREN'],
    ['Je hebt een BIG-registratie als verpleegkundige.', 'BIG registration', 'BIG-registratie'],
  ])('%s', (text, name, words) => {
    expect(read(text)).toContainEqual(['license', name, words]);
  });
});

describe('qualifications, tickets and titles', () => {
  it.each([
    ['Essential: NVQ Level 3 in plumbing or equivalent.', 'certification', 'NVQ Level 3'],
    ['NVQ2 in carpentry', 'certification', 'NVQ Level 2'],
    ['Certificate IV in Training and Assessment', 'certification', 'Certificate IV'],
    ['An ITI Certificate in the electrical trade', 'certification', 'ITI certificate'],
    ['A CSCS card is required on site', 'certification', 'CSCS card'],
    [
      'Such as a Certified Fraud Examiner (CFE).',
      'certification',
      'Certified Fraud Examiner (CFE)',
    ],
    ['Valid forklift licence', 'license', 'Forklift licence'],
    ['CACES R489 catégorie 3 exigé', 'license', 'Forklift licence'],
    ['Staplerschein von Vorteil', 'license', 'Forklift licence'],
    ['Se valora carné de carretillero', 'license', 'Forklift licence'],
    ['Patentino del muletto', 'license', 'Forklift licence'],
    ['Heftruckcertificaat is een pré', 'license', 'Forklift licence'],
  ])('%s', (text, kind, name) => {
    expect(read(text).map(([k, n]) => [k, n])).toContainEqual([kind, name]);
  });

  it('leaves a catalogue title to the catalogue: one item for "Certified Public Accountant (CPA)"', () => {
    expect(read('Certified Public Accountant (CPA) preferred').map(([, n]) => n)).toEqual(['CPA']);
  });

  it.each([
    'We are registered with the Financial Conduct Authority since 1998.'.replace(
      'We are',
      'Acme is',
    ),
    'Gift card and credit card payments at the till',
    'Your CV and our HR team',
    'The certificate of incorporation',
  ])('reads no credential in "%s" but what it names', (text) => {
    expect(read(text).filter(([k]) => k === 'certification')).toEqual([]);
  });
});

describe('driving licences as written', () => {
  it.each([
    ['Führerausweis Kat. B wünschenswert', 'Driving licence (B)', 'Führerausweis Kat. B'],
    ['Carné de conducir B.', 'Driving licence (B)', 'Carné de conducir B'],
    ['A Class "C" driver’s license', 'Driving licence (C)', 'Class "C" driver’s license'],
    ['CNH categoria B', 'Driving licence (B)', 'CNH categoria B'],
  ])('%s', (text, name, words) => {
    expect(read(text)).toContainEqual(['license', name, words]);
  });
});
