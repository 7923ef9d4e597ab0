import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Record headers, places, contract terms and section headings in Spanish, Portuguese, Italian and
 * Dutch postings of the kinds boards export (Chilean and Peruvian boards, Italian LinkedIn and
 * Indeed exports, Portuguese company pages); sentences written for the test.
 */

const facts = (text: string) => extract({ text }).posting;

describe("a record's labels written without their accents", () => {
  it.each([
    [
      'Operario de bodega\nEMPRESA: Distribuidora Los Andes\nUBICACION: Maipú, Región Metropolitana\n' +
        'TIPO: Full-time - Presencial\n\nDESCRIPCION:\nCargar y descargar camiones.',
      'Maipú, Región Metropolitana',
    ],
    [
      'Recepcionista\nEmpresa: Hotel Costa Azul\nLocalizacao: Braga\n\nAtendimento ao balcão.',
      'Braga',
    ],
    [
      'Cuoca\nAzienda: Trattoria Da Gino\nLocalita: Rimini\n\nPreparazione dei piatti del giorno.',
      'Rimini',
    ],
  ])('%j', (text, place) => {
    expect(facts(text).locations).toEqual([place]);
  });

  it('the shouted company label still names the employer', () => {
    const text =
      'Auxiliar de aseo\nEMPRESA: Servicios Integrales Sur\nUBICACION: Temuco, Región IX\n\n' +
      'Limpieza de oficinas.';
    expect(facts(text)).toMatchObject({
      company: 'Servicios Integrales Sur',
      locations: ['Temuco, Región IX'],
    });
  });
});

describe("a board's town with its region and country", () => {
  it.each([
    [
      'Magazziniere\nLogistica Veloce\nCastel San Giovanni, LOM, IT\n\nGestione del carico merci.',
      'Castel San Giovanni, LOM, IT',
    ],
    [
      'Commessa\nBoutique Aurora\nSan Giorgio a Cremano, Campania, Italy\n\nVendita al banco.',
      'San Giorgio a Cremano, Campania, Italy',
    ],
    [
      'Addetto cassa\nMarket Sud\nCasalnuovo in Campania, Campania, Italy\n\nGestione della cassa.',
      'Casalnuovo in Campania, Campania, Italy',
    ],
  ])('%j', (text, place) => {
    expect(facts(text).locations).toEqual([place]);
  });
});

describe('a section heading under the title is no employer', () => {
  it.each([
    'Técnico de Manutenção (M/F) - Aveiro\n\n## Perfil\n- 12º ano de escolaridade;\n- Carta de condução.',
    'Técnico de Manutenção (M/F) - Aveiro\n\nPerfil\n- 12º ano de escolaridade;\n- Carta de condução.',
    'Monteur elektra\n\n## Profiel\n- Mbo niveau 3;\n- Rijbewijs B.',
    'Impiegata contabile\n\n## Requisiti\n- Diploma di ragioneria;\n- Uso di Excel.',
  ])('%j', (text) => {
    expect(facts(text).company).toBeNull();
  });

  it('a name under the title over a place still is the employer', () => {
    const text = 'Técnico de Manutenção\nMetalúrgica do Vouga\nAveiro\n\nManutenção das prensas.';
    expect(facts(text).company).toBe('Metalúrgica do Vouga');
  });
});

describe('a stated term beside labelled hours', () => {
  it.each([
    [
      'Analista contable\nTIPO: Full-time - Presencial\n\nFunciones: cierres mensuales y conciliaciones. ' +
        'Datos adicionales: Proyecto de 9 meses, con opción de continuidad.',
    ],
    [
      'Addetto vendite\n\nPercentuale di occupazione: Full-time\n\n' +
        'Tipo di occupazione: Contratto a tempo determinato\n\nVendita e cassa.',
    ],
    [
      'Assistente de loja\nTipo de emprego: Tempo integral\n\n' +
        'Atendimento ao cliente. Contrato de 6 meses, renovável.',
    ],
  ])('%j is full time and fixed-term', (text) => {
    const p = facts(text);
    expect(p.employmentTypes).toEqual(expect.arrayContaining(['full_time', 'temporary']));
    expect(p.employmentType).toBe('temporary');
  });

  it('a project the candidate led is no term of this job', () => {
    const text =
      'Jefe de obra\nTIPO: Full-time\n\nRequisitos: experiencia liderando un proyecto de 18 meses ' +
      'en obras civiles.';
    expect(facts(text).employmentTypes).toEqual(['full_time']);
  });
});

const languages = (text: string) =>
  extract({ text }).requirements.flatMap((r) =>
    r.kind === 'language' ? [[r.language, r.level, r.required]] : [],
  );

describe('a language "not excluding" is still a plus', () => {
  it.each([
    ['Soldador\n\nRequisitos:\n- Se valora el manejo de inglés (no excluyente).', 'en'],
    ['Garçom\n\nRequisitos:\n- Espanhol básico (não eliminatório).', 'es'],
    ['Cameriere\n\nRequisiti:\n- Conoscenza del tedesco (non vincolante).', 'de'],
  ])('%j', (text, code) => {
    expect(languages(text).map(([c, , required]) => [c, required])).toEqual([[code, false]]);
  });

  it('a language "not required" is still left out', () => {
    expect(languages('Developer\n\nRequirements:\n- Python.\n- French not required.')).toEqual([]);
  });
});

describe('the work permit the employer obtains', () => {
  it.each([
    'Carpintero\n\nOfrecemos: alojamiento y tramitación del permiso de trabajo en Noruega.',
    'Pedreiro\n\nOferecemos: tratamos da autorização de residência para trabalhar em Portugal.',
  ])('%j is an offer, not a requirement', (text) => {
    const x = extract({ text });
    expect(x.posting.visaSponsorship).toBe('offered');
    expect(x.requirements.some((r) => r.kind === 'work_authorization')).toBe(false);
  });

  it('a permit the candidate must hold is still asked for', () => {
    const text = 'Carpintero\n\nRequisitos: permiso de trabajo vigente en España.';
    expect(extract({ text }).requirements.some((r) => r.kind === 'work_authorization')).toBe(true);
  });
});

describe('figures spelled out digit by digit', () => {
  it('"4 2 horas semanales" is no two-hour week', () => {
    const text =
      'Ayudante de bodega\nTIPO: Full-time - Presencial\n\nJornada: 4 5 horas semanales de lunes a sábado.';
    expect(facts(text).employmentTypes).toEqual(['full_time']);
  });

  it('"20 horas semanales" still is part time', () => {
    const text = 'Cajera\n\nJornada part time de 20 horas semanales, fines de semana.';
    expect(facts(text).employmentTypes).toEqual(['part_time']);
  });
});

describe('one heading word under the title', () => {
  it.each([
    'Vendedora\n\nBeneficios\nDescuento en tienda.\nSeguro de salud.',
    'Cuoco\n\nOffriamo\nContratto stabile e pasti inclusi.',
  ])('%j names no employer', (text) => {
    expect(facts(text).company).toBeNull();
  });
});

describe('a Chilean professional title', () => {
  it.each([
    'Psicóloga laboral\n\nRequisitos:\n- Ser titulada de Psicología o carrera afín.',
    'Contador\n\nRequisitos:\n- Titulado/a en Contabilidad o Auditoría.',
  ])('%j asks for a degree', (text) => {
    const levels = extract({ text }).requirements.flatMap((r) =>
      r.kind === 'education' ? [r.level] : [],
    );
    expect(levels).toEqual(['bachelor']);
  });
});
