import { describe, expect, it } from 'vitest';
import { extract } from './index';
import { ownBodyNames } from './kinds/own-acronyms';

/**
 * The employer's own names are not skills: a body the posting defines with an acronym, and the
 * product that bears the employer's name. Sentences written in our own words after public-sector
 * and software-company postings.
 */
const skills = (...lines: string[]) =>
  extract({ text: lines.join('\n') })
    .requirements.filter((r) => r.kind === 'skill')
    .map((r) => (r.kind === 'skill' ? r.name : ''));

describe('a body the posting defines is not a skill', () => {
  it('drops an acronym defined as a government service and used later', () => {
    const got = skills(
      'Platform Engineer',
      'Come work for the Open Digital Service (ODS) and rebuild public services.',
      'The ODS runs several public websites.',
      'Requirements',
      '- Experience with Kubernetes and Terraform.',
    );
    expect(got).not.toContain('ODS');
    expect(got).toEqual(expect.arrayContaining(['Kubernetes', 'Terraform']));
  });

  it('drops a staff portal defined in the how-to-apply lines', () => {
    const got = skills(
      'Assistant Engineer',
      'Current staff may sign in to Employee Self Service (ESS) to apply.',
      'Requirements: a degree in civil engineering and AutoCAD.',
    );
    expect(got).not.toContain('Employee self-service');
    expect(got).toContain('AutoCAD');
  });

  it('keeps a vendor product, a tool-named service and a non-body name', () => {
    expect([...ownBodyNames('You know Amazon Simple Queue Service (SQS).')]).toEqual([]);
    expect([...ownBodyNames('You run Azure Kubernetes Service (AKS) clusters.')]).toEqual([]);
    expect([...ownBodyNames('Experience with Public Budget Formulation (PBF).')]).toEqual([]);
    expect([...ownBodyNames('Software as a Service (SaaS) products.')]).toEqual([]);
  });

  it('reads a body whose noun comes first, as Romance and English names have it', () => {
    expect(ownBodyNames('Joining the Office of the Public Trustee (OPT) team.').has('opt')).toBe(
      true,
    );
    expect(ownBodyNames('Trabaja en la Oficina de Datos Abiertos (ODA).').has('oda')).toBe(true);
  });

  it('drops a French body defined by its acronym', () => {
    const got = skills(
      'Développeur web',
      'Rejoignez le Service des Données Ouvertes (SDO) de la ville.',
      'Le SDO publie des jeux de données.',
      'Profil : maîtrise de Python et de SQL.',
    );
    expect(got).not.toContain('SDO');
    expect(got).toEqual(expect.arrayContaining(['Python', 'SQL']));
  });
});

describe('the employer’s own product is not a skill', () => {
  it('drops the employer name read as a tool', () => {
    const text = [
      'Account Executive',
      'Company: Snowflake',
      'Snowflake helps companies mobilise their data.',
      'Requirements: you know Snowflake, Salesforce and data warehouses.',
    ];
    const got = extract({ text: text.join('\n') });
    expect(got.posting.company).toBe('Snowflake');
    const names = got.requirements.map((r) => ('name' in r ? r.name : ''));
    expect(names).not.toContain('Snowflake');
    expect(names).toContain('Salesforce');
  });

  it('keeps the same tool at another employer', () => {
    const text = 'Data Engineer\nCompany: Acme Ltd\nRequirements: you know Snowflake and dbt.';
    const names = extract({ text }).requirements.map((r) => ('name' in r ? r.name : ''));
    expect(names).toContain('Snowflake');
  });
});

describe('a job the posting names with its own acronym is not a skill', () => {
  it('drops the acronym of the role, seniority words before it included', () => {
    const got = skills(
      'Senior Staff Technical Program Manager',
      'We are hiring a Senior Staff Technical Program Manager (TPM) for our storage platform.',
      'Requirements',
      '- 8+ years running programs across Kubernetes and Terraform teams.',
    );
    expect(got).not.toContain('TPM');
    expect(got).toEqual(expect.arrayContaining(['Kubernetes', 'Terraform']));
  });

  it('reads the role noun in the other languages, first or last', () => {
    expect([...ownBodyNames('Als Technischer Projektleiter (TP) führen Sie das Team.')]).toContain(
      'tp',
    );
    expect([
      ...ownBodyNames('Rejoignez-nous comme Responsable Qualité Fournisseurs (RQF).'),
    ]).toContain('rqf');
  });

  it('keeps an acronym whose long form names a tool or no role', () => {
    expect([...ownBodyNames('You know the Trusted Platform Module (TPM) well.')]).toEqual([]);
    expect([...ownBodyNames('Certified Salesforce Administrator (CSA) preferred.')]).toEqual([]);
  });
});
