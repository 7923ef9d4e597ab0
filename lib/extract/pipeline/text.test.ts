import { describe, expect, it } from 'vitest';
import { normalize } from './normalize';
import { splitSentences } from './text';

function check(text: string) {
  const out = splitSentences(text);
  for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
  return out;
}

describe('splitSentences', () => {
  it('splits sentences, bullets and lines with exact offsets', () => {
    const text =
      'Senior Data Engineer\nBerlin, Germany\n\nWe build tools. You will help, e.g. with ETL.\n• 5+ years of Python\n- Fluent English\n* SQL a plus';
    expect(check(text).map((s) => s.text)).toEqual([
      'Senior Data Engineer',
      'Berlin, Germany',
      'We build tools.',
      'You will help, e.g. with ETL.',
      '5+ years of Python',
      'Fluent English',
      'SQL a plus',
    ]);
  });

  it('strips indented dash and numbered bullets but not hyphens inside a line', () => {
    const out = check('  - Fluent German\n\t1. Three years in sales\nA well-known brand - really');
    expect(out.map((s) => s.text)).toEqual([
      'Fluent German',
      'Three years in sales',
      'A well-known brand - really',
    ]);
  });

  it('splits bullets whose line breaks were lost', () => {
    const text = 'Requirements: • 3 years in sales • Fluent German • Driving licence';
    const out = check(text).map((s) => s.text);
    expect(out).toEqual(['Requirements:', '3 years in sales', 'Fluent German', 'Driving licence']);
  });

  it('splits a long line of " - " items but keeps ranges and short lines whole', () => {
    const text =
      'QA Engineer – Vireo – Austin, TX Requirements: - 3+ years of experience in test automation - Hands-on Selenium or Playwright - Pay $50 - $60 an hour - Nice to have: performance testing';
    expect(check(text).map((s) => s.text)).toEqual([
      'QA Engineer – Vireo – Austin, TX',
      'Requirements:',
      '3+ years of experience in test automation',
      'Hands-on Selenium or Playwright',
      'Pay $50 - $60 an hour',
      'Nice to have: performance testing',
    ]);
    expect(check('Paris - CDI - Hybride - Data').map((s) => s.text)).toEqual([
      'Paris - CDI - Hybride - Data',
    ]);
  });

  it('tracks required and preferred sections across languages', () => {
    const text = [
      'Ihre Aufgaben',
      '- Kunden betreuen',
      '',
      'Ihr Profil',
      '- mindestens 3 Jahre Berufserfahrung',
      '',
      'Von Vorteil:',
      '- SAP-Kenntnisse',
      '',
      'Wir bieten:',
      '- 30 Tage Urlaub',
    ].join('\n');
    const bySection = check(text).map((s) => [s.text, s.section]);
    expect(bySection).toContainEqual(['Kunden betreuen', null]);
    expect(bySection).toContainEqual(['mindestens 3 Jahre Berufserfahrung', 'required']);
    expect(bySection).toContainEqual(['SAP-Kenntnisse', 'preferred']);
    expect(bySection).toContainEqual(['30 Tage Urlaub', null]);
  });

  it('reads French, Spanish and Dutch headings', () => {
    const fr = check('Profil recherché :\nBac+5 en informatique\nUn plus :\nAnglais courant');
    expect(fr.map((s) => s.section)).toEqual(['required', 'required', 'preferred', 'preferred']);
    const es = check('Requisitos\n- Inglés avanzado\n\nSe valorará:\n- Experiencia en SAP');
    expect(es.filter((s) => s.text.includes('Inglés'))[0]?.section).toBe('required');
    expect(es.filter((s) => s.text.includes('SAP'))[0]?.section).toBe('preferred');
    const nl = check('Wat wij vragen\n- HBO werk- en denkniveau');
    expect(nl[1]?.section).toBe('required');
  });

  it('reads a bulleted lead-in above a list as its heading, for that list only', () => {
    const text = [
      'Requirements:',
      '- Three years in logistics',
      '• **Outils informatiques**:',
      '',
      '- Excel',
      '- R',
      'Wir bieten einen sicheren Arbeitsplatz.',
      '- Kenntnisse der Lagersoftware:',
      '- SAP',
    ].join('\n');
    const out = check(text);
    const at = (words: string) => out.find((s) => s.text === words);
    expect(at('Excel')?.heading).toBe('Outils informatiques');
    expect(at('R')?.heading).toBe('Outils informatiques');
    // A lead-in that names no section keeps the section it stands in.
    expect(at('R')?.section).toBe('required');
    // After the list, the text is back under the heading before the lead-in.
    expect(at('Wir bieten einen sicheren Arbeitsplatz.')?.heading).toBe('Requirements');
    expect(at('SAP')?.heading).toBe('Kenntnisse der Lagersoftware');
    // A bulleted line ending with a colon above ordinary text is not a lead-in.
    const prose = check('Skills:\n- We also expect:\nA calm manner with customers.');
    expect(prose[2]?.heading).toBe('Skills');
  });

  it('treats an inline heading in collapsed text as a section start', () => {
    const out = check('Nice to have: Kubernetes experience. Docker is useful.');
    expect(out.map((s) => s.section)).toEqual(['preferred', 'preferred']);
  });

  it('does not split on abbreviations or decimals', () => {
    const out = check('Knowledge of tools, e.g. Jira, etc. and U.S. law. Salary 3.5k per month.');
    expect(out.map((s) => s.text)).toEqual([
      'Knowledge of tools, e.g. Jira, etc. and U.S. law.',
      'Salary 3.5k per month.',
    ]);
  });

  it.each([
    ['Strumenti di pianificazione (es. Jira, Asana) sono un plus. Sede a Torino.'],
    ['Kennis van planningstools, bijv. Jira of Asana. Standplaats Gent.'],
    ['Outils de suivi, p.ex. Jira ou Asana. Poste basé à Lyon.'],
    ['Herramientas de gestión, p.ej. Jira o Asana. Oficina en Madrid.'],
    ['Tools for tracking work – ex. Jira or Asana. Office in Leeds.'],
  ])('keeps a sentence whole across its own short forms: %s', (text) => {
    expect(check(text)).toHaveLength(2);
  });

  it('cuts a very long line with no punctuation into bounded pieces', () => {
    const text = 'word '.repeat(5000);
    const out = check(text);
    expect(out.length).toBeGreaterThan(10);
    for (const s of out) expect(s.text.length).toBeLessThanOrEqual(400);
    const noSpace = 'x'.repeat(2000);
    expect(check(noSpace).map((s) => s.text.length)).toEqual([400, 400, 400, 400, 400]);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n \t')).toEqual([]);
  });
});

describe('an over-long run that lost its line breaks', () => {
  const texts = (text: string) => splitSentences(text).map((s) => s.text);

  it('is cut before a field label, not inside a field', () => {
    const fields = [
      'Schedule: Morning shift Evening shift Weekend availability',
      'Benefits: Health insurance Provident fund Paid time off Staff canteen',
      'Supplemental Pay: Overtime pay Performance bonus Yearly bonus',
      'Experience: Welding: 3 years (Required) total work: 4 years (Required)',
      'Licence/Certification: Trade certificate (Required)',
      'Work Location: In person',
    ];
    // 156 characters of prose first: the 400th character falls inside "4 years".
    const prose = 'Our workshop builds frames for trailers and farm machines '
      .repeat(3)
      .slice(0, 155);
    const run = `${prose} ${fields.join(' ')}`;
    expect(run.indexOf('4 years') + 1).toBe(400);
    const out = texts(run);
    expect(out.some((s) => s.includes('total work: 4 years (Required)'))).toBe(true);
    expect(out.some((s) => /Welding: 3 years/.test(s))).toBe(true);
  });

  it('is cut after a semicolon or before a heading mark where it has one', () => {
    const items = [
      'gestire la contabilità generale e i rapporti con le banche del gruppo',
      'redigere il bilancio di esercizio e le note integrative per la direzione',
      'almeno cinque anni di esperienza nel ruolo in aziende strutturate',
      'ottima conoscenza del pacchetto office e dei gestionali più diffusi',
      'disponibilità a trasferte brevi presso le sedi del gruppo in italia',
      'capacità di lavorare in gruppo e di rispettare le scadenze',
    ];
    const out = texts(items.join('; '));
    expect(out.length).toBeGreaterThan(1);
    for (const item of items) expect(out.some((s) => s.includes(item))).toBe(true);
    const marked = `${'conoscenza dei principi contabili e fiscali '.repeat(8)}### Requisiti preferenziali esperienza in società di revisione`;
    expect(texts(marked).some((s) => s.startsWith('### Requisiti preferenziali esperienza'))).toBe(
      true,
    );
  });
});

describe('normalize', () => {
  it('decodes entities, markdown escapes and NBSP with a map back to the original', () => {
    const src = 'R&amp;D \\- 5\\+ years&nbsp;exp &#8211; caf&eacute; you&rsquo;ll';
    const { text, map, ends } = normalize(src);
    expect(text).toBe("R&D - 5+ years exp – café you'll");
    expect(map.length).toBe(text.length + 1);
    const at = text.indexOf('5+');
    expect(src.slice(map[at], ends[at + 1])).toBe('5\\+');
    expect(src.slice(map[1], ends[1])).toBe('&amp;');
    expect(map[text.length]).toBe(src.length);
  });

  it('removes HTML tags that arrived escaped, keeping the map to the original', () => {
    const src =
      '&lt;h2&gt;Requirements&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;5+ years of &lt;b&gt;Go&lt;/b&gt;&lt;/li&gt;&lt;/ul&gt;';
    const { text, map, ends } = normalize(src);
    expect(text.split('\n').filter((l) => l.trim())).toEqual(['Requirements', '• 5+ years of Go']);
    const at = text.indexOf('5+');
    expect(src.slice(map[at], ends[text.indexOf('Go') + 1])).toBe('5+ years of &lt;b&gt;Go');
    expect(normalize('a < b and c<d> e').text).toBe('a < b and c e');
  });

  it('leaves unknown entities and lone ampersands alone', () => {
    expect(normalize('Q&A &foo; & &#xZZ;').text).toBe('Q&A &foo; & &#xZZ;');
  });

  it('turns CRLF into LF and drops zero-width characters', () => {
    expect(normalize('a\r\nb\u200bc\rd').text).toBe('a\nbc\nd');
  });
});
