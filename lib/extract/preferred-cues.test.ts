import { describe, expect, it } from 'vitest';
import { extract } from './index';

/** Each skill the engine reads, with R (required) or P (preferred). */
function skills(text: string): string[] {
  return extract({ text })
    .requirements.filter((r) => r.kind === 'skill')
    .map((r) => `${r.kind === 'skill' ? r.name : ''}:${r.required ? 'R' : 'P'}`);
}

describe('a bracketed marker in a "|" list marks only its own item', () => {
  it('reads (pré) after single items of a Dutch skill line', () => {
    const got = skills('Wat wij vragen:\nVue | Nuxt | Figma (pré) | Jest | Cypress (pré)');
    expect(got).toEqual(['Vue:R', 'Nuxt:R', 'Figma:P', 'Jest:R', 'Cypress:P']);
  });

  it('still reads a bracketed marker after a plain item', () => {
    expect(skills('Requirements:\n- Kotlin (preferred)')).toEqual(['Kotlin:P']);
  });
});

describe('preferred wording in Dutch, Spanish and Portuguese', () => {
  it('reads "is fijn" and "maar niet noodzakelijk" as nice to have', () => {
    expect(skills('Wat wij vragen:\n- Kennis van Docker is fijn')).toEqual(['Docker:P']);
    expect(skills('Wat wij vragen:\n- Ervaring met Go, maar niet noodzakelijk')).toEqual(['Go:P']);
  });

  it("reads a Pre's heading, with a straight or a curly apostrophe", () => {
    expect(skills('Wat wij vragen:\n- Je kent CSS\n\n## Pre’s\n- Je kent Svelte')).toEqual([
      'CSS:R',
      'Svelte:P',
    ]);
  });

  it('reads Spanish bonus-point and "se requiere" headings', () => {
    const got = skills('Se requiere:\n- Experiencia con Go\n\nPuntos extra por\n- Conocer Kotlin');
    expect(got).toEqual(['Go:R', 'Kotlin:P']);
  });

  it('reads a Portuguese heading of criteria that raise the match', () => {
    const got = skills(
      'Requisitos:\n- Domínio de Excel\nCritérios que aumentam o match:\n- Conhecer Looker',
    );
    expect(got).toEqual(['Excel:R', 'Looker:P']);
  });

  it('lets a marker that opens a clause qualify what follows, not the item before', () => {
    const got = extract({
      text: 'Requisitos:\n- Grado en Economía, se valorará máster en finanzas',
    });
    const edu = got.requirements.filter((r) => r.kind === 'education');
    expect(edu.map((r) => (r.kind === 'education' ? `${r.level}:${r.required}` : ''))).toEqual([
      'bachelor:true',
      'master:false',
    ]);
  });
});

describe('where the posting says what it asks, that mention decides', () => {
  it('keeps a tool named in passing and then listed as a plus as preferred (nl, en)', () => {
    const nl =
      'Ons team bouwt alles in Next.js en Node.\n\nWat wij vragen:\n- Ervaring met Node\n- Ervaring met Next.js is een pré';
    expect(skills(nl)).toEqual(['Next.js:P', 'Node.js:R']);
    const en = 'We ship our apps in Elixir.\n\nNice to have:\n- Elixir';
    expect(skills(en)).toEqual(['Elixir:P']);
  });

  it('keeps a tool required when a requirement line also asks for it', () => {
    const pt =
      'Vaga de Python\n\nRequisitos:\n- 3 anos com Python\n\nDiferenciais:\n- Python assíncrono';
    expect(skills(pt)).toEqual(['Python:R']);
  });
});

describe('labelled record lines that say required after one that says desirable', () => {
  /** Each years requirement, as "min:R" or "min:P". */
  function years(text: string): string[] {
    return extract({ text })
      .requirements.filter((r) => r.kind === 'experience')
      .map((r) => `${r.kind === 'experience' ? r.minYears : ''}:${r.required ? 'R' : 'P'}`);
  }

  it('reads a Portuguese "EXIGIDA" line as required after a "DESEJÁVEL" line', () => {
    const text = [
      'CARGO: Técnico de Refrigeração',
      'ESCOLARIDADE EXIGIDA: Ensino médio',
      'ESCOLARIDADE DESEJÁVEL: Curso técnico',
      'EXPERIÊNCIA EXIGIDA: 3 anos com câmaras frias.',
      'EXPERIÊNCIA DESEJÁVEL: 4 anos em supermercados.',
    ].join('\n');
    expect(years(text)).toEqual(['3:R', '4:P']);
  });

  it('keeps the Italian "richiesta" label required after a "gradita" one', () => {
    const text = [
      'Ruolo: Manutentore',
      'Esperienza gradita: 1 anno in un hotel.',
      'Esperienza richiesta: 2 anni come elettricista.',
    ].join('\n');
    expect(years(text)).toEqual(['1:P', '2:R']);
  });
});
