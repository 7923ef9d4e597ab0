import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * The apply route's section ("How to apply", "Pour postuler", "So bewerben Sie sich") names the
 * tools of applying, not of the job: "send your CV in Word format", "use Google Chrome". The
 * requirements above it still count. Sentences in our own words.
 */
const skillsOf = (lines: string[]) =>
  extract({ text: lines.join('\n') })
    .requirements.filter((r) => r.kind === 'skill')
    .map((r) => r.name);

describe('tools named under the apply heading', () => {
  it.each([
    [
      'en',
      ['Bookkeeper', 'Harbour Foods Ltd', '', 'Requirements', '- Good knowledge of Sage', ''],
      'How to apply',
      'Send your CV as a Word file. The portal works best in Google Chrome.',
    ],
    [
      'fr',
      ['Comptable', 'Maison Lebrun', '', 'Profil recherché', '- Maîtrise de Sage', ''],
      'Pour postuler',
      'Envoyez votre CV au format Word. Le portail fonctionne mieux avec Google Chrome.',
    ],
    [
      'de',
      ['Buchhalter (m/w/d)', 'Brauerei Kessel', '', 'Ihr Profil', '- Kenntnisse in Sage', ''],
      'So bewerben Sie sich',
      'Senden Sie Ihren Lebenslauf als Word-Datei. Das Portal läuft am besten in Google Chrome.',
    ],
    [
      'es',
      ['Contable', 'Conservas Mar Azul', '', 'Requisitos', '- Manejo de Sage', ''],
      'Cómo postular',
      'Envía tu CV en formato Word. El portal funciona mejor con Google Chrome.',
    ],
  ])('%s: keeps the job tool, not the apply tools', (_lang, head, heading, apply) => {
    const skills = skillsOf([...head, heading, apply]);
    expect(skills).toContain('Sage');
    expect(skills).not.toContain('Google Chrome');
  });
});
