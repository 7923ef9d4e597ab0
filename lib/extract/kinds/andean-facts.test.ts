import { describe, expect, it } from 'vitest';
import { extract } from '../index';

/**
 * Postings from Chile, Peru and Colombia: net monthly pay ("renta líquida"), fixed terms named by
 * their reason (a replacement, a temporary-staffing hire) and degrees named by professional title.
 * The sentences are written for these tests, modelled on how such postings are worded.
 */
const posting = (text: string) => extract({ text }).posting;
const education = (text: string) =>
  extract({ text })
    .requirements.filter((r) => r.kind === 'education')
    .map((r) => r.level);

describe('pay quoted by the month in Chilean, Colombian and Peruvian pesos and soles', () => {
  it('reads Chilean net pay as monthly pesos', () => {
    const text =
      'Vendedora de tienda\nComercial Sur\nTemuco, Chile\n\nSe ofrece:\n- Renta líquida: $650.000\n';
    expect(posting(text).salary).toEqual({
      min: 650000,
      max: 650000,
      currency: 'CLP',
      period: 'month',
    });
    const net =
      'Bodeguero\nLogística Norte\nAntofagasta, Chile\n\nOfrecemos $720.000 líquidos y colación.\n';
    expect(posting(net).salary).toEqual({
      min: 720000,
      max: 720000,
      currency: 'CLP',
      period: 'month',
    });
  });

  it('reads a Colombian monthly figure in pesos', () => {
    const text =
      'Auxiliar contable\nGrupo Andino\nMedellín, Colombia\n\nSalario: $2.800.000 mensuales.\n';
    expect(posting(text).salary).toEqual({
      min: 2800000,
      max: 2800000,
      currency: 'COP',
      period: 'month',
    });
  });

  it('keeps a monthly peso figure when no country is said, its currency unknown', () => {
    const text =
      'Operario de bodega\nLogística Sur\nMaipú\n\nSe ofrece renta de $450.000 líquidos mensuales.\n';
    expect(posting(text).salary).toEqual({
      min: 450000,
      max: 450000,
      currency: null,
      period: 'month',
    });
    const plain =
      'Contador\nAsesores Ltda.\nLas Condes\n\nSe ofrece:\n- 1.300.000 líquido mensual.\n';
    expect(posting(plain).salary).toEqual({
      min: 1300000,
      max: 1300000,
      currency: null,
      period: 'month',
    });
  });

  it('reads a figure under a net-pay label line as monthly', () => {
    const text =
      'Cajera\nBanco Sur\nLos Vilos\n\nFunciones\n• Atención de clientes\nSe ofrece\n• Contrato de trabajo\nRenta líquida:\n• $470.000\n';
    expect(posting(text).salary).toEqual({
      min: 470000,
      max: 470000,
      currency: null,
      period: 'month',
    });
  });

  it('reads the country a sentence names, in English too', () => {
    const text =
      'Support engineer\nAndes Tech\n\nOur team in Chile offers a monthly salary of $1,900,000.\n';
    expect(posting(text).salary).toEqual({
      min: 1900000,
      max: 1900000,
      currency: 'CLP',
      period: 'month',
    });
  });

  it('keeps a figure written per year yearly, in Spanish and in English', () => {
    const es = 'Jefe de planta\nMinera Alta\nCalama, Chile\n\nRenta bruta anual de $30.000.000.\n';
    expect(posting(es).salary?.period).toBe('year');
    const en = 'Plant manager\nMinera Alta\nCalama, Chile\n\nBase salary $40,000,000 per year.\n';
    expect(posting(en).salary?.period).toBe('year');
  });
});

describe('a fixed term named by its reason', () => {
  it('reads a replacement or a temporary-staffing hire as temporary', () => {
    expect(
      posting('Recepcionista\nClínica Austral\n\nBuscamos recepcionista por reemplazo maternal.\n')
        .employmentType,
    ).toBe('temporary');
    expect(
      posting(
        'Técnico de laboratorio\nLab Centro\n\nIngreso por licencia médica, con posibilidad de extensión.\n',
      ).employmentType,
    ).toBe('temporary');
    expect(
      posting(
        'Analista tributario\nCombustibles del Pacífico\n\nContratación vía servicio transitorio.\n',
      ).employmentType,
    ).toBe('temporary');
    expect(
      posting('Electricista\nRedes del Valle\n\nSe ofrece contrato a plazo fijo de tres meses.\n')
        .employmentType,
    ).toBe('temporary');
  });

  it('reads an English maternity cover the same way', () => {
    expect(
      posting('Receptionist\nNorth Clinic\n\nThis is a maternity cover role for 12 months.\n')
        .employmentType,
    ).toBe('temporary');
  });

  it('leaves a permanent contract alone', () => {
    expect(
      posting('Cajero\nSupermercado Lago\n\nContrato indefinido después del periodo de prueba.\n')
        .employmentType,
    ).toBeNull();
  });
});

describe('degrees named by their title or by the lowest level accepted', () => {
  it('reads a Chilean secondary-school requirement', () => {
    expect(
      education('Cajera\n\nRequisitos:\n- Enseñanza media completa\n- Manejo de caja\n'),
    ).toContain('high_school');
  });

  it('reads an engineering title as a degree', () => {
    expect(
      education('Analista\n\nRequisitos:\n- Título de Ingeniero en Informática o carrera afín\n'),
    ).toContain('bachelor');
    expect(
      education('Analista\n\nRequisitos:\n- Ingeniero/a en Computación o similar\n'),
    ).toContain('bachelor');
  });

  it('reads the technical level when a technician or a graduate will do', () => {
    expect(
      education('Programador\n\nRequisitos:\n- Técnico y/o Universitario en Computación\n'),
    ).toContain('vocational');
    expect(education('Soporte\n\nRequisitos:\n- Egresado técnico de Redes o afines\n')).toContain(
      'vocational',
    );
  });

  it('keeps Spain’s compulsory-school certificate at school level', () => {
    expect(education('Mozo de almacén\n\nRequisitos:\n- Graduado en ESO\n')).toContain(
      'high_school',
    );
  });
});

const experience = (text: string) =>
  extract({ text })
    .requirements.filter((r) => r.kind === 'experience')
    .map((r) => (r.kind === 'experience' ? [r.minYears, r.maxYears, r.required] : []));

describe('"no excluyente" and minimums that end in "menos de"', () => {
  it('reads "no excluyente" as preferred', () => {
    const x = extract({
      text: 'Soporte TI\nRedes Sur\n\nRequisitos:\n- Inglés intermedio (no excluyente)\n',
    });
    expect(x.requirements.filter((r) => r.kind === 'language').map((r) => r.required)).toEqual([
      false,
    ]);
    const degree = extract({
      text: 'Contable\nEstudio Norte\n\nRequisitos:\n- Licenciatura en Contabilidad, no excluyente\n',
    });
    expect(
      degree.requirements.filter((r) => r.kind === 'education').map((r) => r.required),
    ).toEqual([false]);
  });

  it('reads "al menos de un año" as a minimum, and "menos de" alone as a maximum', () => {
    expect(
      experience('Bodeguero\n\nRequisitos:\n- Experiencia al menos de un año en bodega\n'),
    ).toEqual([[1, null, true]]);
    expect(
      experience('Ayudante\n\nRequisitos:\n- Experiencia de menos de 2 años en cocina\n'),
    ).toEqual([[null, 2, true]]);
  });

  it('reads the Italian "non meno di" as a minimum too', () => {
    expect(
      experience('Magazziniere\n\nRequisiti:\n- Esperienza non meno di 3 anni in magazzino\n'),
    ).toEqual([[3, null, true]]);
  });

  it('leaves the employer’s own years of experience out', () => {
    const text =
      'Relator\nInstituto Sur\n\nSomos una organización de 12 años de experiencia en capacitación.\n\nRequisitos:\n- Manejo de Zoom\n';
    expect(experience(text)).toEqual([]);
  });
});

describe('working on one’s own is not self-employment', () => {
  it('leaves an autonomous team and solving problems on one’s own alone', () => {
    expect(
      posting(
        'Analista BI\nBanco Sur\n\nSomos un equipo joven, autónomo y nos gustan los nuevos desafíos. Buscamos una persona con ganas de aprender y de crecer con nosotros.\n',
      ).employmentType,
    ).toBeNull();
    expect(
      posting(
        'Soporte\nRedes Sur\n\nPerfil:\n- Capacidad de buscar soluciones por cuenta propia.\n',
      ).employmentType,
    ).toBeNull();
    expect(
      posting(
        'Support analyst\nSouth Net\n\nYou can work autonomously and solve problems on your own.\n',
      ).employmentType,
    ).toBeNull();
  });

  it('still reads a self-employed collaboration', () => {
    expect(
      posting(
        'Diseñador\nEstudio Mar\n\nOfrecemos colaboración como autónomo, con horario flexible.\n',
      ).employmentType,
    ).toBe('contract');
    expect(
      posting('Traductor\nLinguo\n\nTrabajo por cuenta propia desde casa.\n').employmentType,
    ).toBe('contract');
  });
});

describe('a Latin American board’s section headings', () => {
  it('reads "Requerimientos del cargo" and "¿Cómo nos gustaría que fueras?" as requirements', () => {
    const a =
      'Desarrollador\nAndes Soft\n\nFunciones del cargo\n- Programar servicios\n\nRequerimientos del cargo\n- 3 a 5 años programando en Python\n';
    expect(experience(a)).toEqual([[3, 5, true]]);
    const b =
      'Analista QA\nAndes Soft\n\n¿Qué harás?\n- Probar\n\n¿Cómo nos gustaría que fueras?\n- 2 años probando software\n';
    expect(experience(b)).toEqual([[2, null, true]]);
  });

  it('reads "Opcionales" as the nice-to-have list', () => {
    const text =
      'Desarrollador\nAndes Soft\n\nRequerimientos del cargo\n- Conocimientos de SQL\n\nOpcionales\n- 1 año de experiencia con Docker\n';
    expect(experience(text)).toEqual([[1, null, false]]);
  });
});

describe('a second duration stated with a gerund', () => {
  it('reads "y 2 años desarrollando…" as its own requirement, in Spanish, Portuguese and Italian', () => {
    const es =
      'Programador\nAndes Soft\n\nRequisitos:\n- Experiencia de al menos 4 años como analista y 2 años liderando equipos\n';
    expect(experience(es)).toEqual([
      [4, null, true],
      [2, null, true],
    ]);
    expect(experience('Vendedor\n\nRequisitos:\n- 3 anos gerindo equipes de vendas\n')).toEqual([
      [3, null, true],
    ]);
    expect(experience('Magazziniere\n\nRequisiti:\n- 4 anni lavorando in magazzino\n')).toEqual([
      [4, null, true],
    ]);
  });

  it('leaves the employer’s own years alone', () => {
    expect(
      experience('Cajero\nAcme\n\nNuestra empresa lleva 20 años trabajando en el sector.\n'),
    ).toEqual([]);
  });
});

describe('Chilean and Latin American degree wording', () => {
  it('reads the professional titles and a university-level career as a degree', () => {
    expect(education('Contador\n\nRequisitos:\n- Título de Contador Auditor\n')).toContain(
      'bachelor',
    );
    expect(education('Dev\n\nRequisitos:\n- Graduado en ciencias de la computación\n')).toContain(
      'bachelor',
    );
    expect(
      education('Dev\n\nRequerimientos del cargo\n- Carrera profesional o universitaria afín\n'),
    ).toContain('bachelor');
  });
});

describe('the language of a short Spanish posting full of "a" and "o"', () => {
  it('reads Spanish, and Portuguese stays Portuguese', () => {
    const es =
      'OPERARIOS DE BODEGA\nLogística Sur\n\nTURNOS ROTATIVOS DE LUNES A SÁBADO\n- 07:00 A 15:00 HORAS\n- 15:00 A 23:00 HORAS\nREQUISITOS:\nMínimo 6 meses como operario/a\n';
    expect(posting(es).lang).toBe('es');
    const pt =
      'Auxiliar de estoque\nLoja Sul\n\nVocê vai organizar o estoque e apoiar a equipe de vendas na loja.\nRequisitos:\n- Ensino médio completo\n';
    expect(posting(pt).lang).toBe('pt');
  });
});

describe('a labelled place further down, beside its work model', () => {
  const lead = (title: string, company: string, country: string) =>
    `${title}\n${company}\n${country}\n\nSomos una consultora de personas.\n\nFunciones\n- Mantener el portal\n- Dar soporte\n\nCondiciones\nHorario: lunes a viernes\n`;

  it('reads the place after "Híbrido –", and after "Hybrid -" in English', () => {
    expect(
      posting(
        `${lead('Programador', 'Consultora Sur', 'Perú')}Lugar de trabajo: Híbrido – Miraflores\n`,
      ).locations,
    ).toEqual(['Miraflores']);
    const en =
      'Support Engineer\nNorth Data\nUnited Kingdom\n\nWe build data tools.\n\nWhat you will do\n- Support customers\n\nDetails\nLocation: Hybrid – Leeds\n';
    expect(posting(en).locations).toEqual(['Leeds']);
  });

  it('takes no place from a work model alone', () => {
    expect(
      posting(`${lead('Programador', 'Consultora Sur', 'Perú')}Lugar de trabajo: Remoto\n`)
        .locations,
    ).toEqual([]);
  });
});

describe('Mexican and Colombian wording of school levels, pay and remote work', () => {
  it('reads preparatoria, secundaria and bachiller académico as school level', () => {
    expect(education('Cajero\n\nRequisitos:\n- Escolaridad: Preparatoria terminada\n')).toContain(
      'high_school',
    );
    expect(education('Ayudante\n\nRequisitos:\n- Secundaria concluida\n')).toContain('high_school');
    expect(education('Mensajero\n\nRequisitos:\n- Bachiller académico\n')).toContain('high_school');
  });

  it('reads "técnico o tecnólogo" at the technician level and an engineering field as a degree', () => {
    expect(education('Auxiliar\n\nRequisitos:\n- Técnico o tecnólogo en logística\n')).toEqual([
      'vocational',
    ]);
    expect(education('Analista\n\nRequisitos:\n- Ingeniería en Sistemas o afín\n')).toContain(
      'bachelor',
    );
    expect(education('Analista\n\nRequisitos:\n- Egresado de Ingeniería Industrial\n')).toContain(
      'bachelor',
    );
  });

  it('reads pesos where a Mexican state or a Colombian city is named', () => {
    const mx =
      'Vendedor\nComercial Norte\nZapopan, Jalisco\n\nOfrecemos:\n- Sueldo mensual de 14.000 a 16.000 pesos\n';
    expect(posting(mx).salary).toEqual({
      min: 14000,
      max: 16000,
      currency: 'MXN',
      period: 'month',
    });
    const co = 'Mensajero\nEnvíos Andes\nBogotá\n\nOfrecemos:\n- Salario de $1.800.000 mensuales\n';
    expect(posting(co).salary).toEqual({
      min: 1800000,
      max: 1800000,
      currency: 'COP',
      period: 'month',
    });
  });

  it('reads "modalidad remota" as remote, as "remote work" is', () => {
    expect(
      posting('Soporte\nAndes Soft\n\nOfrecemos:\n- Modalidad remota desde cualquier ciudad\n')
        .workplace,
    ).toBe('remote');
    expect(
      posting('Support\nAndes Soft\n\nWe offer:\n- Remote work from any city\n').workplace,
    ).toBe('remote');
  });
});

describe('a mixed work model and a technical training', () => {
  it('reads "Modalidad mixta" and "esquema mixto" as hybrid', () => {
    expect(
      posting('Desarrollador\nAndes Soft\n\nCondiciones\n- Modalidad mixta de trabajo\n').workplace,
    ).toBe('hybrid');
    expect(
      posting(
        'Desarrollador\nAndes Soft\n\nBeneficios\nAl principio remoto y luego un esquema mixto con la oficina.\n',
      ).workplace,
    ).toBe('hybrid');
  });

  it('reads "formación técnica o profesional" at the technician level', () => {
    expect(
      education('Dev\n\nRequisitos:\n- Formación técnica o profesional en informática\n'),
    ).toEqual(['vocational']);
  });
});

describe('"voluntaria" as an adjective', () => {
  it('is no volunteer post; a volunteer programme still is', () => {
    const text =
      'Developer\nSeguros Sur\n\nLos postulantes podrán entregar esta información de manera voluntaria.\n\nRequisitos\n- Python\n';
    expect(posting(text).employmentType).toBeNull();
    expect(
      posting('Monitor\nFundación Sur\n\nBuscamos voluntarios para el programa de verano.\n')
        .employmentType,
    ).toBe('volunteer');
    expect(
      posting('Monitor\nNorth Trust\n\nThis is an unpaid volunteer role for the summer.\n')
        .employmentType,
    ).toBe('volunteer');
  });
});
