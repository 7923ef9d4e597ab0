import { describe, expect, it } from 'vitest';
import { extract } from './index';
import { splitSentences } from './pipeline/text';

/** What the engine reads, kind by kind, with each item's required flag. */
function reads(text: string) {
  return extract({ text }).requirements.map((r) => {
    const what =
      r.kind === 'skill' || r.kind === 'certification'
        ? r.name
        : r.kind === 'education'
          ? r.level
          : r.kind === 'language'
            ? r.language
            : r.kind === 'experience'
              ? `${r.minYears}-${r.maxYears ?? ''}`
              : r.kind;
    return `${r.kind}:${what}:${r.required ? 'R' : 'P'}`;
  });
}

describe('lists that an export ran together', () => {
  it('ends an item at a semicolon glued to a capital', () => {
    const out = splitSentences(
      'Requisitos:\nSaber Excel;Conhecer Tableau;Inglês será um diferencial',
    );
    expect(out.map((s) => s.text)).toEqual([
      'Requisitos:',
      'Saber Excel;',
      'Conhecer Tableau;',
      'Inglês será um diferencial',
    ]);
  });

  it('ends a sentence at a full stop glued between two words, not inside names', () => {
    const out = splitSentences('Trabajo con clientes.Buscamos perfiles con Node.js y ASP.NET.');
    expect(out.map((s) => s.text)).toEqual([
      'Trabajo con clientes.',
      'Buscamos perfiles con Node.js y ASP.NET.',
    ]);
  });

  it('keeps a plus at the end of one glued item to that item', () => {
    const text =
      'Analista de BI\n\nQualificações:\nGraduação em Estatística;Domínio de Power BI;Conhecimento de Python será um diferencial;Boa comunicação';
    const got = reads(text);
    expect(got).toContain('skill:Power BI:R');
    expect(got).toContain('skill:Python:P');
  });

  it('reads an ATS section title glued to the text on both sides', () => {
    const text =
      'Cuidar dos painéis da equipe.Requisitos e qualificaçõesCursar Administração;Saber Looker e SQL.Diferenciais:Conhecer dbt e Airflow';
    const got = reads(text);
    expect(got).toContain('skill:Looker:R');
    expect(got).toContain('skill:dbt:P');
    expect(got).toContain('skill:Airflow:P');
  });

  it('reads a preferred title glued after a closing bracket as a heading', () => {
    const text =
      'Requisitos\n• Monitorar servidores (Zabbix, Grafana)Diferenciais • Certificação RHCE • Conhecer Ansible';
    const got = reads(text);
    expect(got).toContain('skill:Zabbix:R');
    expect(got).toContain('skill:Ansible:P');
  });

  it('leaves joined product names such as JavaScript and PowerPoint whole', () => {
    const got = reads('Requirements:\nGood JavaScript and PowerPoint skills');
    expect(got).toContain('skill:JavaScript:R');
    expect(got).toContain('skill:PowerPoint:R');
  });
});

describe('an age bracket is not experience', () => {
  it('skips a bare range of years from fourteen up (pt, es, it, nl)', () => {
    expect(
      reads('Requisitos:\nTer entre 16 e 24 anos;\nMorar em Recife').filter((r) =>
        r.startsWith('experience'),
      ),
    ).toEqual([]);
    expect(
      reads('Requisitos:\n- Tener entre 21 y 40 años\n- Carnet B').filter((r) =>
        r.startsWith('experience'),
      ),
    ).toEqual([]);
    expect(
      reads('Requisiti:\n- Età compresa tra 18 e 29 anni').filter((r) =>
        r.startsWith('experience'),
      ),
    ).toEqual([]);
    expect(
      reads('Wat wij vragen:\n- Leeftijd tussen 18 en 30 jaar').filter((r) =>
        r.startsWith('experience'),
      ),
    ).toEqual([]);
  });

  it('still reads a range of experience, worded or short', () => {
    expect(reads('Requisitos:\n- Ter entre 2 e 4 anos de experiência em vendas')).toContain(
      'experience:2-4:R',
    );
    expect(reads('Requisitos:\n- 3 a 5 años')).toContain('experience:3-5:R');
  });
});

describe('a state after a city is not a degree', () => {
  it('skips "Salvador (BA)" but reads a BA asked for', () => {
    const got = reads(
      'Temos fábricas em Salvador (BA) e Dourados (MS).\nRequisitos:\n- Ensino médio completo',
    );
    expect(got.filter((r) => r.startsWith('education'))).toEqual(['education:high_school:R']);
    expect(reads('Requirements:\n- A degree (BA) in economics')).toContain('education:bachelor:R');
  });
});

describe('a language level past a run-on break', () => {
  /** Each language read, with its level. */
  const levels = (text: string) =>
    extract({ text }).requirements.flatMap((r) =>
      r.kind === 'language' ? [[r.language, r.level]] : [],
    );

  it('does not take the next item’s opening word as the level', () => {
    // "Maîtrise", "Fluent", "Sichere Beherrschung", "Dominio" open the next item, not a level.
    expect(levels('Profil\n- Le néerlandais est un plus Maîtrise de Excel exigée')).toEqual([
      ['nl', null],
    ]);
    expect(levels('Requirements\n- Italian is a plus Fluent in Python and SQL')).toEqual([
      ['it', null],
    ]);
    expect(levels('Profil\n- Französisch von Vorteil Sichere Beherrschung von SAP')).toEqual([
      ['fr', null],
    ]);
    expect(levels('Requisitos\n- Alemán valorable Dominio de Excel avanzado')).toEqual([
      ['de', null],
    ]);
  });

  it('still reads a level written after the name', () => {
    expect(levels('Requirements\n- German (fluent) is a plus')).toEqual([['de', 'fluent']]);
    expect(levels('Profil\n- Anglais courant souhaité')).toEqual([['en', 'fluent']]);
  });
});
