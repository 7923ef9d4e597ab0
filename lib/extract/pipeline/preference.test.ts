import { describe, expect, it } from 'vitest';
import { extract } from '../index';
import { isRequired } from './preference';

/** Required-ness of the item that starts where `item` first occurs in `text`. */
function req(text: string, item: string, section: 'required' | 'preferred' | null = null) {
  const at = text.indexOf(item);
  if (at < 0) throw new Error(`${item} not in ${text}`);
  return isRequired(text, at, section);
}

describe('isRequired', () => {
  it('splits a sentence into its clauses', () => {
    const t = 'English required, Spanish a plus';
    expect(req(t, 'English')).toBe(true);
    expect(req(t, 'Spanish')).toBe(false);
    const edu = 'BA/BS degree or local equivalent; advanced degree a plus';
    expect(req(edu, 'BA/BS')).toBe(true);
    expect(req(edu, 'advanced')).toBe(false);
  });

  it('ends a sentence at a dot that lost its space, so a qualifier stays in its own', () => {
    const en = 'A forklift ticket would be an advantage.Candidate must speak fluent Greek';
    expect(req(en, 'forklift')).toBe(false);
    expect(req(en, 'Greek')).toBe(true);
    const de = 'Führerschein ist von Vorteil.Sehr gute Deutschkenntnisse sind Pflicht';
    expect(req(de, 'Deutsch')).toBe(true);
    const fr = 'Le permis B serait un plus.Anglais courant obligatoire';
    expect(req(fr, 'Anglais')).toBe(true);
    // Names with an inner dot stay whole: "Node.js", "ASP.NET".
    expect(req('Node.js or ASP.NET a plus', 'Node')).toBe(false);
  });

  it('applies a leading qualifier to what follows it only', () => {
    const t =
      'Minimum of 4 years experience in a senior customer support role, preferably in online support or vendor management';
    expect(req(t, 'Minimum')).toBe(true);
    expect(req(t, 'vendor management')).toBe(false);
    expect(req('Ideally you also know Kubernetes', 'Kubernetes')).toBe(false);
    expect(req('Bonus points if you have shipped a Chrome extension', 'Chrome')).toBe(false);
  });

  it('lets a trailing "a plus" reach back over a list', () => {
    const t = 'Python, Java or Go a plus';
    expect(req(t, 'Python')).toBe(false);
    expect(req(t, 'Java')).toBe(false);
    // "one of" starts the list: what comes before it is not in it.
    const one = 'Fluency in English and one of Spanish, Portuguese or Japanese is a plus';
    expect(req(one, 'English')).toBe(true);
    expect(req(one, 'Spanish')).toBe(false);
    expect(req(one, 'Japanese')).toBe(false);
    // No list before the phrase: the first clause keeps its own weight.
    expect(req('Fluent English, Spanish a plus', 'English')).toBe(true);
  });

  it('reads preference words in other languages', () => {
    expect(req('Anglais courant exigé, allemand souhaité', 'Anglais')).toBe(true);
    expect(req('Anglais courant exigé, allemand souhaité', 'allemand')).toBe(false);
    expect(req('SAP-Kenntnisse von Vorteil', 'SAP')).toBe(false);
    expect(req('Idealerweise Erfahrung mit Jira', 'Jira')).toBe(false);
    expect(req('Se valorará experiencia en Salesforce', 'Salesforce')).toBe(false);
    expect(req('Inglés deseable', 'Inglés')).toBe(false);
    expect(req("Titulaire d'un Bac, idéalement Bac Pro Commerce", 'Bac Pro')).toBe(false);
    expect(req('Permis B, de préférence avec véhicule', 'véhicule')).toBe(false);
    expect(req('Conoscenza di SQL gradita', 'SQL')).toBe(false);
    expect(req('Inglês não é pré-requisito', 'Inglês')).toBe(false);
    expect(req('Ervaring met Python is een pré', 'Python')).toBe(false);
  });

  it('lets a bracketed marker qualify what it closes, not a bracketed item', () => {
    expect(req('PLC troubleshooting: 1 year (Preferred)', '1 year', 'required')).toBe(false);
    expect(req('Formación profesional en hostelería (deseable)', 'Formación', 'required')).toBe(
      false,
    );
    expect(req('Spanish (conversational) preferred', 'Spanish', 'required')).toBe(false);
    expect(req('Bilingual (English/Spanish) a plus', 'English', 'required')).toBe(false);
    expect(req('A B.S. in Mechanical Engineering (M.S. preferred)', 'B.S.', 'required')).toBe(true);
    expect(req('A B.S. in Mechanical Engineering (M.S. preferred)', 'M.S.', 'required')).toBe(
      false,
    );
    const t = "Bachelor's degree (Master's preferred)";
    expect(req(t, 'Bachelor', 'required')).toBe(true);
    expect(req(t, 'Master', 'required')).toBe(false);
  });

  it('ends an item at its trailing marker when the next item runs on without a break', () => {
    const en = 'French is a plus 2+ years of experience in data analysis';
    expect(req(en, 'French', 'required')).toBe(false);
    expect(req(en, '2+ years', 'required')).toBe(true);
    const de = 'Kenntnisse in SAP von Vorteil Gute Deutsch- und Englischkenntnisse';
    expect(req(de, 'SAP', 'required')).toBe(false);
    expect(req(de, 'Deutsch', 'required')).toBe(true);
    const fr = "L'anglais est un plus Permis B exigé";
    expect(req(fr, 'anglais', 'required')).toBe(false);
    expect(req(fr, 'Permis', 'required')).toBe(true);
    // A lower-case word after the marker goes on with the same item.
    expect(req('Python is a plus and so is Go', 'Go', 'required')).toBe(false);
  });

  it("lets a bracket after a record line's value qualify the line's label", () => {
    expect(req('Permis : B (souhaité)', 'Permis', 'required')).toBe(false);
    expect(req('Führerschein: Klasse B (wünschenswert)', 'Führerschein', 'required')).toBe(false);
    expect(req('Carnet: tipo B (deseable)', 'Carnet', 'required')).toBe(false);
    expect(req('Forklift certificate: counterbalance (preferred)', 'Forklift', 'required')).toBe(
      false,
    );
    // An explicit "required" in the bracket keeps it; no bracket leaves the section's say.
    expect(req('Permis : B (obligatoire)', 'Permis', 'preferred')).toBe(true);
    expect(req('Permis : B', 'Permis', 'required')).toBe(true);
    // A bracket in a "|" list still marks only the item before it.
    expect(req('Tools: Git | Jira (nice to have)', 'Git', 'required')).toBe(true);
  });

  it('lets a marker with its filler words qualify a bracketed list, in every language', () => {
    // The words beside the cue ("est vivement", "es muy", "è molto", "is zeer") name nothing.
    const cases: [string, string][] = [
      ['Une certification (PMP, PRINCE2) est vivement souhaitée', 'PRINCE2'],
      ['Una certificación (PMP, ITIL) es muy valorable', 'ITIL'],
      ['Una certificazione (PMP, ITIL) è molto gradita', 'ITIL'],
      ['Een certificering (PMP, PRINCE2) is zeer gewenst', 'PRINCE2'],
      ['A certification (PMP, PRINCE2) is strongly preferred', 'PRINCE2'],
    ];
    for (const [text, item] of cases) expect(req(text, item, 'required'), text).toBe(false);
  });

  it('lets a bracket closing a list that ends with "or" qualify the list’s head item', () => {
    const cases: [string, string][] = [
      ['Degree in Economics, Finance or Mathematics (preferred)', 'Degree'],
      ['Studium der Informatik, Mathematik oder Physik (wünschenswert)', 'Studium'],
      ['Licence en gestion, finance ou économie (souhaitée)', 'Licence'],
      ['Grado en Economía, ADE o similar (deseable)', 'Grado'],
      ['Hands-on work with AWS, GCP or Azure (nice to have)', 'AWS'],
    ];
    for (const [text, item] of cases) expect(req(text, item, 'required'), text).toBe(false);
    // A list with no "or"/"and" before the bracket: the bracket marks its last item only.
    expect(req('Proficiency in SQL, Python, Tableau (preferred)', 'SQL', 'required')).toBe(true);
    // A clause between that says something of its own stops the reach.
    expect(req('Degree in Law, required, or Economics (preferred)', 'Degree', 'required')).toBe(
      true,
    );
  });

  it('reads an item after a "plus" with a required marker of its own as required', () => {
    const cases: [string, string][] = [
      ['Spanish is a plus and fluent English is required', 'English'],
      ['Espagnol apprécié et anglais courant exigé', 'anglais'],
      ['Spanischkenntnisse von Vorteil und fließendes Englisch erforderlich', 'Englisch'],
    ];
    for (const [text, item] of cases) {
      expect(req(text, item, 'preferred'), text).toBe(true);
      expect(req(text, text.split(' ')[0] as string, 'required'), text).toBe(false);
    }
    // No marker of its own, or a negated one: the "plus" still reaches it.
    expect(req('Docker is a plus and so is Podman', 'Podman', 'required')).toBe(false);
    expect(req('Docker is a plus and Podman is not required', 'Podman', 'required')).toBe(false);
  });

  it('falls back to the section, and an explicit marker beats it', () => {
    expect(req('Kubernetes', 'Kubernetes', 'preferred')).toBe(false);
    expect(req('Kubernetes', 'Kubernetes', 'required')).toBe(true);
    expect(req('Kubernetes', 'Kubernetes', null)).toBe(true);
    expect(req('Fluent German is a must', 'German', 'preferred')).toBe(true);
    expect(req('A degree is not required', 'degree', 'required')).toBe(false);
  });
});

describe('a leading qualifier alone in brackets after its item', () => {
  it.each([
    ['Bachelor’s degree in Chemistry (preferably)', 'Bachelor'],
    ['Laurea in Economia (preferibilmente)', 'Laurea'],
    ['Ausbildung als Koch (idealerweise)', 'Ausbildung'],
    ['Diplôme en comptabilité (de préférence)', 'Diplôme'],
    ['Técnico en electricidad (preferentemente)', 'Técnico'],
    ['Curso técnico em logística (preferencialmente)', 'Curso'],
    ['MBO-diploma in de zorg (bij voorkeur)', 'MBO'],
  ])('%s is preferred', (text, item) => {
    expect(req(text, item, 'required')).toBe(false);
  });

  it('leaves an item required when the adverb qualifies only a later part', () => {
    expect(req('Bachelor’s degree, preferably in Chemistry', 'Bachelor', 'required')).toBe(true);
  });
});

describe('settleSections: a preferred heading over the requirements list itself', () => {
  const flags = (text: string) =>
    extract({ text })
      .requirements.filter((r) => r.kind === 'education' || r.kind === 'experience')
      .map((r) => `${r.kind}:${r.required}`);

  it('reads the list as required when its first lines say "must"', () => {
    const en = [
      'Data Engineer',
      '',
      'Desired Skills and Experience:',
      "Bachelor's degree in Statistics or a related field.",
      'Must be able to join night shifts.',
      'Must be available on Saturdays.',
      'At least 4 years building pipelines.',
      'Knowledge of dbt is highly preferred.',
    ].join('\n');
    expect(flags(en)).toEqual(['education:true', 'experience:true']);
    const de = [
      'Lagerleiter',
      '',
      'Wünschenswert:',
      '- Abgeschlossenes Studium der Logistik',
      '- Ein Staplerschein ist zwingend erforderlich',
      '- Schichtbereitschaft ist Voraussetzung',
      '- Mindestens 3 Jahre Berufserfahrung',
    ].join('\n');
    expect(flags(de)).toEqual(['education:true', 'experience:true']);
  });

  it('keeps a nice-to-have list preferred when one line alone is required', () => {
    const fr = [
      'Comptable',
      '',
      'Un plus :',
      '- Un master en finance',
      '- Le permis B est obligatoire',
      '- 2 ans d’expérience en cabinet',
    ].join('\n');
    expect(flags(fr)).toEqual(['education:false', 'experience:false']);
  });
});
