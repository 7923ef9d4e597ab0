import { describe, expect, it } from 'vitest';
import type { Requirement } from '../../schema';
import { extract } from '../index';

type Named = Extract<Requirement, { kind: 'skill' | 'certification' | 'license' }>;
const named = (text: string): Named[] =>
  extract({ text }).requirements.filter(
    (r): r is Named => r.kind === 'skill' || r.kind === 'certification' || r.kind === 'license',
  );

describe('mention: the words as the posting wrote them', () => {
  it('quotes the alias beside the canonical name, with offsets into the original text', () => {
    const text = 'Requirements:\n\n  •  3 years with AWS and k8s  \n';
    const [aws, k8s] = named(text);
    expect(aws?.name).toBe('Amazon Web Services');
    expect(aws?.mention?.text).toBe('AWS');
    expect(k8s?.name).toBe('Kubernetes');
    expect(k8s?.mention?.text).toBe('k8s');
    for (const r of [aws, k8s]) {
      expect(text.slice(r?.mention?.start, r?.mention?.end)).toBe(r?.mention?.text);
    }
  });

  it('keeps the words of a licence in every language', () => {
    for (const [text, words] of [
      ['Profil : permis B exigé.', 'permis B'],
      ['Voraussetzung: Führerschein Klasse B', 'Führerschein Klasse B'],
      ["Must hold a valid driver's license", "valid driver's license"],
    ] as const) {
      const licence = named(text).find((r) => r.kind === 'license');
      expect(licence?.mention?.text).toBe(words);
    }
  });
});

describe('anyOf across the posting', () => {
  it('gives groups of different sentences different ids', () => {
    const text = 'Requirements:\n- Java or Kotlin\n- Postgres or MySQL\n';
    const groups = named(text).map((r) => r.anyOf);
    expect(groups[0]).toBeDefined();
    expect(groups[0]).toBe(groups[1]);
    expect(groups[2]).toBe(groups[3]);
    expect(groups[0]).not.toBe(groups[2]);
  });

  it('drops a group whose other member was kept from another sentence', () => {
    const text = 'Requirements:\n- Python is a must\n- Python or Scala for pipelines\n';
    const items = named(text);
    expect(items.map((r) => r.name)).toEqual(['Python', 'Scala']);
    expect(items.every((r) => r.anyOf === undefined)).toBe(true);
  });
});

describe('tools named only in the duties', () => {
  it.each([
    [
      'Responsibilities:\n- Answer chats in Intercom\n- Escalate bugs in Linear\n\nRequirements:\n- 2 years in support\n- Excellent SQL skills\n',
      ['Intercom', 'Linear'],
      ['SQL'],
    ],
    [
      'Vos missions :\n- Suivre les tickets dans Zendesk\n\nProfil recherché :\n- Maîtrise de Excel et de SQL\n',
      ['Zendesk'],
      ['Excel', 'SQL'],
    ],
    [
      'Ihre Aufgaben:\n- Pflege der Daten in SAP\n\nIhr Profil:\n- Sehr gute Kenntnisse in Excel\n',
      ['SAP'],
      ['Excel'],
    ],
    [
      'Funciones:\n- Gestionar campañas en HubSpot\n\nRequisitos:\n- Experiencia con Google Ads\n',
      ['HubSpot'],
      ['Google Ads'],
    ],
    [
      'Overview:\n- You will use Tableau daily\n- Du arbeitest mit Jira\n\nRequirements:\n- SQL\n',
      ['Tableau', 'JIRA'],
      ['SQL'],
    ],
  ])('%#: marks duty-only tools, keeps the asked ones', (text, duties, asked) => {
    const items = named(text);
    expect(items.filter((r) => r.inDuties).map((r) => r.name)).toEqual(duties);
    expect(items.filter((r) => !r.inDuties).map((r) => r.name)).toEqual(asked);
  });

  it('a tool named in the duties and asked for again is a requirement, quoted from the ask', () => {
    const text =
      'What you will do:\n- Build dashboards in Tableau\n\nWhat we are looking for:\n- Tableau expertise\n';
    const [tableau] = named(text);
    expect(tableau?.inDuties).toBeUndefined();
    expect(tableau?.evidence.text).toBe('Tableau expertise');
  });

  it('keeps duty tools as requirements when the posting has no requirements list', () => {
    const text = 'Responsibilities:\n- Build dashboards in Tableau and Power BI\n';
    expect(named(text).map((r) => [r.name, r.inDuties])).toEqual([
      ['Tableau', undefined],
      ['Power BI', undefined],
    ]);
  });
});
