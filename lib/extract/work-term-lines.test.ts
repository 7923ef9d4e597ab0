import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * A work term alone on a line near the top ("Remoto" under "## Local", "Hybrid" under "Location")
 * that the title also carries is the job's work model, never its employer. Our own words.
 */
const companyOf = (lines: string[]) => extract({ text: lines.join('\n') }).posting.company;

describe('a work term on its own line under the title', () => {
  it.each([
    ['pt', '[Remoto] Cientista de Dados Sênior', 'Descrição da vaga', 'Local', 'Remoto'],
    ['es', 'Analista de Datos - Remoto', 'Descripción', 'Ubicación', 'Remoto'],
    ['en', 'Data Analyst - Remote', 'Description', 'Location', 'Remote'],
  ])('%s: names no employer', (_lang, title, about, label, term) => {
    const lines = [title, '', `## ${about}`, 'Python e SQL.', '', `## ${label}`, term, ''];
    expect(companyOf(lines)).toBeNull();
  });
});
