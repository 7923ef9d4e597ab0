import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../testing/sentences';
import { extract } from '../index';
import { extractWorkplace } from './workplace';

const workplace = (...texts: string[]) => extractWorkplace(sentencesOf(...texts), null);

describe('work-model statements met in real postings', () => {
  it.each([
    ['Hybrid set-up, the office is in Rotterdam.', 'Full remote not possible'],
    ['Ambiente ibrido, ufficio a Torino.', 'Full remote non possibile'],
    ['Modelo híbrido con oficina en Valencia.', 'Remoto no es posible'],
    ['Hybrides Arbeiten im Team Köln.', 'Remote nicht möglich'],
  ])('a denied full remote beside a hybrid model is hybrid: %j', (...lines) => {
    expect(workplace(...lines)).toBe('hybrid');
  });

  it('a denied remote alone is on site (en, fr, nl)', () => {
    expect(workplace('Remote not possible for this role')).toBe('onsite');
    expect(workplace('Remote non possible')).toBe('onsite');
    expect(workplace('Remote werken is niet mogelijk')).toBe('onsite');
  });

  it.each([
    ['Notre politique remote', '- 2 jours au bureau par semaine, le reste à la maison'],
    ['Política de teletrabajo', '- Teletrabajo parcial, con 2 días de oficina'],
    ['Policy on remote work', '- Hybrid: three days in the office'],
  ])('a heading naming the remote topic says nothing; the lines under it do: %j', (...lines) => {
    expect(workplace(...lines)).toBe('hybrid');
  });

  it('a heading naming the topic alone gives no model', () => {
    expect(workplace('La politique remote')).toBeNull();
    expect(workplace('Política de teletrabajo')).toBeNull();
  });

  it('the on-site word before a known city is on site', () => {
    expect(workplace('Onsite in Singapore, working with the client directly')).toBe('onsite');
    expect(workplace('On-site, Melbourne')).toBe('onsite');
    expect(workplace('On-site at our client for a week, then back home')).toBeNull();
  });

  it('an optional remote beside office days is hybrid (es, pt, it)', () => {
    expect(workplace('En Sevilla: mínimo un día a la semana en la oficina (remoto opcional)')).toBe(
      'hybrid',
    );
    expect(workplace('Em Braga, remoto opcional')).toBe('hybrid');
    expect(workplace('A Bari, remoto opzionale')).toBe('hybrid');
  });

  it('office and home both named in Dutch is hybrid', () => {
    expect(workplace('Je werkt zowel op kantoor in Gent als van thuis uit.')).toBe('hybrid');
  });
});

describe('a work-model label answered by its first word, the line going on after it', () => {
  it.each([
    ['- Modalidad: Presencial – ingreso a convenir'],
    ['Modalidad: presencial Obra social y comedor en planta'],
    ['Mode de travail : sur site, avec des déplacements chez les clients'],
    ['Modalità: in presenza presso il magazzino di Verona'],
    ['Work model: in-person, five days at the plant'],
  ])('is on site: %j', (line) => {
    expect(workplace(line)).toBe('onsite');
  });

  it.each([
    ['Modalidad: Remoto desde cualquier provincia del país'],
    ['Work model: remote, with a yearly team week in Denver'],
  ])('is remote: %j', (line) => {
    expect(workplace(line)).toBe('remote');
  });

  it('a label whose value is something else says nothing', () => {
    expect(workplace('Modalidad: a convenir con el equipo')).toBeNull();
    expect(workplace('Work model: to be agreed with your manager')).toBeNull();
  });
});

describe('Spanish on-site and part-presence phrases', () => {
  it.each([
    ['Buscamos a alguien con disponibilidad para trabajar de forma presencial en la planta.'],
    ['El puesto se cubre de manera presencial en nuestras oficinas de Rosario.'],
  ])('working in person is on site: %j', (line) => {
    expect(workplace(line)).toBe('onsite');
  });

  it.each([
    ['Esquema semi presencial de lunes a viernes.'],
    ['Puesto semipresencial, dos días en casa.'],
  ])('part in person is hybrid: %j', (line) => {
    expect(workplace(line)).toBe('hybrid');
  });
});

describe('a hybrid or remote adjective after the noun it describes', () => {
  const model = (line: string) =>
    extract({ text: `Ingeniero de plataforma\n\nRequisitos:\n- ${line}` }).posting.workplace;

  it.each([
    'Experiencia diseñando arquitecturas de nube híbrida.',
    'Conoscenza di infrastrutture cloud ibride e tecnologia ibrida.',
    'Maîtrise des architectures cloud hybride.',
    'Vivência com soluções de nuvem híbrida.',
  ])('reads no work model in %j', (line) => {
    expect(model(line)).toBeNull();
  });

  it('still reads the work model itself', () => {
    expect(model('Modalidad híbrida: tres días en la oficina.')).toBe('hybrid');
    expect(model('Lavoro ibrido con due giorni da remoto.')).toBe('hybrid');
  });
});

describe('a remote word whose answer is left open', () => {
  it.each([
    ['Télétravail (3j max/semaine) : Non', '• Télétravail à définir'],
    ['Remote working (2 days a week): No', '- Remote work: TBD'],
    ['Teletrabajo (1 día por semana): No', '- Teletrabajo a convenir'],
    ['Telelavoro (2 giorni a settimana): No', '- Telelavoro da definire'],
  ])('does not outvote the field answered no: %j', (...lines) => {
    expect(workplace(...lines)).toBe('onsite');
  });

  it('states no model on its own, and leaves a stated one standing', () => {
    expect(workplace('Vorteile:', '- Homeoffice: zu klären')).toBeNull();
    expect(workplace('Beneficios:', '- Teletrabajo a convenir')).toBeNull();
    expect(workplace('- Remote work: to be discussed', '100% remote, anywhere in Europe')).toBe(
      'remote',
    );
  });
});

describe('a hybrid field answered no', () => {
  it.each(['Smart working: No', 'Hybrid working: no', 'Lavoro ibrido: no', 'Hybride : Non'])(
    '%s is on site',
    (line) => {
      expect(workplace(line)).toBe('onsite');
    },
  );

  it('keeps a hybrid field answered yes hybrid', () => {
    expect(workplace('Smart working: sì, due giorni a settimana')).toBe('hybrid');
  });
});
