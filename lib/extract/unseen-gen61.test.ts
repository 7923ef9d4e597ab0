import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Classes met on unseen postings chosen for pay notations, visa and relocation statements, travel
 * and contract types (UK agency ads, Indeed and Google Jobs records, France Travail and InfoJobs
 * records, a German university ad, Brazilian job-board copies, Remotive pages). Sentences are
 * written for these tests.
 */
const posting = (text: string) => extract({ text }).posting;
const travels = (text: string) =>
  extract({ text }).requirements.filter((r) => r.kind === 'travel').length > 0;

describe('a pay range whose two ends both carry their period in words', () => {
  it.each([
    [
      'Data Engineer\nNorthwind\nCalgary, AB\n\nPay for this job is CAD$98,000 per year - CAD$112,000 per year plus bonus.',
      { min: 98_000, max: 112_000, currency: 'CAD', period: 'year' },
    ],
    [
      'Comptable\nDupont SA\nNantes\n\nRémunération : 2 300 € brut par mois - 2 650 € brut par mois selon profil.',
      { min: 2300, max: 2650, currency: 'EUR', period: 'month' },
    ],
    [
      'Lagerist\nMüller GmbH\nKassel\n\nVergütung: 2.900 € brutto pro Monat bis 3.200 € brutto pro Monat.',
      { min: 2900, max: 3200, currency: 'EUR', period: 'month' },
    ],
    [
      'Reponedor\nSuper SA\nSevilla\n\nSalario: 1.350 € al mes - 1.500 € al mes.',
      { min: 1350, max: 1500, currency: 'EUR', period: 'month' },
    ],
  ])('%s', (text, salary) => {
    expect(posting(text).salary).toEqual(salary);
  });

  it('a range with its period repeated, beside two rates of different periods', () => {
    expect(
      posting('Porter\nGrand Hotel\nYork\n\nPay: £24,000 per year - £26,500 per year.').salary,
    ).toEqual({ min: 24_000, max: 26_500, currency: 'GBP', period: 'year' });
    // Two rates joined by "and", each with its own period, are not one range.
    expect(
      posting('Porter\nGrand Hotel\nYork\n\nPay: £12.10 per hour and £95 per day on weekends.')
        .salary,
    ).toEqual({ min: 12.1, max: 12.1, currency: 'GBP', period: 'hour' });
  });
});

describe('a remote field answered with a share word', () => {
  it.each([
    'Tutor\nVerein\nBremen\n\nDu begleitest Lerngruppen.\nRemote Job: Teilweise',
    'Chargé de clientèle\nMutuelle\nRennes\n\nVous accompagnez nos adhérents.\nTélétravail : partiel',
    'Analista\nBanco\nValencia\n\nApoyarás al equipo de riesgos.\nTeletrabajo: parcial',
    'Support Analyst\nAcme\nLeeds\n\nYou will answer tickets.\nRemote work: Partial',
  ])('%s', (text) => {
    expect(posting(text).workplace).toBe('hybrid');
  });
});

describe('the hire itself said to be remote, or on site', () => {
  it.each([
    [
      'Data Annotator\nLabelCo\nLisbon\n\nWe are looking for people to join our team remotely for six months.',
      'remote',
    ],
    [
      'Maths Tutor\nTutorly\nLeeds\n\nTeach from the comfort of your home. No commuting required.',
      'remote',
    ],
    [
      'Développeur\nStartup\nNantes\n\nTu vas rejoindre notre équipe à distance, depuis la France.',
      'remote',
    ],
    [
      'Diseñador\nEstudio\nBilbao\n\nBuscamos a alguien para unirte a nuestro equipo en remoto.',
      'remote',
    ],
    [
      'Lab Technician\nBioCorp\nOttawa, ON\n\nYou will run assays. Onsite work is required for this position.',
      'onsite',
    ],
  ])('%s', (text, model) => {
    expect(posting(text).workplace).toBe(model);
  });
});

describe('a job that needs no visa says nothing of sponsorship', () => {
  it.each([
    'Backend Intern\nOpenLab\nWorldwide\n\nWe hire anywhere in the world, no visa required.',
    'Entwickler\nFernteam\nBerlin\n\nWir arbeiten komplett remote, kein Visum erforderlich.',
    'Ontwikkelaar\nOpAfstand\nUtrecht\n\nJe werkt vanuit je eigen land, geen visum nodig.',
  ])('%s', (text) => {
    expect(posting(text).visaSponsorship).toBeNull();
  });

  it('while a refusal stays a refusal beside it', () => {
    const text =
      'Backend Intern\nOpenLab\nWorldwide\n\nNo visa required for remote interns. We are unable to sponsor visas for on-site roles.';
    expect(posting(text).visaSponsorship).toBe('not_offered');
    expect(
      posting(
        'Backend Intern\nOpenLab\nWorldwide\n\nRemote interns are hired worldwide, no visa needed.',
      ).visaSponsorship,
    ).toBeNull();
  });
});

describe('the employer does the permit paperwork', () => {
  it('"we\'ll handle the work permit process" is an offer', () => {
    expect(
      posting(
        'Instructor\nCodeCamp\nVienna\n\nIf you want to move to Vienna, we will handle the work permit process for you.',
      ).visaSponsorship,
    ).toBe('offered');
  });
});

describe('travel named by its singular noun', () => {
  it.each([
    'Técnico de Campo\nRedes SA\nCampinas\n\nRequisitos:\n- CNH categoria B\n- Disponibilidade de viagem.',
    'Tecnico installatore\nImpianti Srl\nBergamo\n\nRequisiti:\n- Patente B\n- Disponibilità al viaggio.',
  ])('%s', (text) => {
    expect(travels(text)).toBe(true);
  });
});

describe('a contract term counted in words', () => {
  it.each([
    'Research Engineer\nState University\nAustin, TX\n\nThis is a one-year appointment, renewable subject to funding.',
    'Ingénieur de recherche\nLaboratoire\nGrenoble\n\nContrat de deux ans au sein de l’équipe robotique.',
    'Técnico de laboratorio\nInstituto\nZaragoza\n\nContrato de dos años en el grupo de genómica.',
  ])('%s', (text) => {
    expect(posting(text).employmentTypes).toContain('temporary');
  });
});
