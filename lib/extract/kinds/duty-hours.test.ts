import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const posting = (text: string) => extract({ text }).posting;

describe('a service given on site and from afar is a duty, not the work model', () => {
  it.each([
    'Tus tareas: atención a usuarios y soporte informático en sitio y remoto.',
    'Missions : assurer le support aux utilisateurs sur site et à distance.',
    'You will deliver on-site and remote technical support to our clients.',
    'Garantire assistenza tecnica in loco e da remoto ai clienti.',
    'Prestar suporte aos utilizadores presencial e remoto.',
    'Ondersteuning van gebruikers op locatie en op afstand.',
    'Störungsbehebung bei Kunden vor Ort und remote.',
  ])('%s', (text) => {
    expect(posting(text).workplace).toBeNull();
  });

  it('still reads the model stated elsewhere', () => {
    const text = 'Poste 100 % en télétravail.\nVous assurez le dépannage sur site et à distance.';
    expect(posting(text).workplace).toBe('remote');
  });
});

describe('hours of past roles and of a pay basis are not the job hours', () => {
  it.each([
    'Requisito: tres años como profesor o investigador de tiempo completo.',
    'Vous justifiez d’une expérience à temps plein de deux ans au minimum.',
    'At least four years as a full-time nurse in a hospital ward.',
    'Salaris volgens de cao, schaal 7 bij 38 uur per week.',
    'Monatslohn CHF 7000 bei 42 Stunden pro Woche.',
  ])('%s', (text) => {
    expect(posting(text).employmentType).toBeNull();
  });

  it.each([
    '25 jours de congé par an (semaines de 39 heures).',
    'Horario: semana de 40 horas, de lunes a viernes.',
    'Je werkt 38 uur per week in ons team.',
  ])('the week named first still gives full time: %s', (text) => {
    expect(posting(text).employmentType).toBe('full_time');
  });
});

describe('the language an application is written in, words apart, is no requirement', () => {
  it.each([
    'Nous lirons ta candidature avec plaisir (idéalement en anglais).',
    'Envía tu currículum cuanto antes, de preferencia en inglés.',
    'Schick uns deine Bewerbung gerne auch auf Englisch.',
    'Stuur je sollicitatie bij voorkeur in het Engels.',
    'Please send your application, ideally in English.',
    'Invia la tua candidatura, preferibilmente in inglese.',
  ])('%s', (text) => {
    const languages = extract({ text }).requirements.filter((r) => r.kind === 'language');
    expect(languages).toEqual([]);
  });

  it('a language asked in the next sentence is still read', () => {
    const text = 'Envoie ta candidature en ligne. Anglais courant indispensable.';
    const languages = extract({ text }).requirements.filter((r) => r.kind === 'language');
    expect(languages.map((r) => (r.kind === 'language' ? r.language : null))).toEqual(['en']);
  });
});

describe('an apprenticeship offered as a later chance is not the job', () => {
  it.each([
    'Befristete Stelle, eventuell mit der Chance auf eine Ausbildung zum Elektroniker.',
    'Temporary role with the possibility of an apprenticeship later on.',
    'Contrato temporal con posibilidad de aprendizaje después.',
  ])('%s', (text) => {
    expect(extract({ text }).posting.employmentTypes).not.toContain('apprenticeship');
  });

  it('an apprenticeship offered now still is one', () => {
    const text = 'Starte bei uns deine Ausbildung zur Kauffrau für Büromanagement.';
    expect(extract({ text }).posting.employmentType).toBe('apprenticeship');
  });
});
