import { describe, expect, it } from 'vitest';
import { looksLikeResume } from './looks-like-resume';

const NOW = new Date(2024, 5, 15);

const RESUME_FR = `Camille Martin
Lyon, France — camille.martin@example.fr

Expériences professionnelles
Chargée de communication, Ville de Lyon — sept. 2019 – aujourd'hui
- Relations presse, réseaux sociaux, rédaction de communiqués
Assistante marketing, Agence Nova — 2017 – 2019
- Organisation d'événements et suivi des campagnes d'emailing

Formation
Master Communication, Université Lumière Lyon 2 (2015 – 2017)

Langues
Français (langue maternelle), anglais (B2)
`;

const POSTING = `Senior Account Manager
About the role
We are looking for an account manager to grow our partners in France. You will own a book of
accounts and work with sales and marketing teams.
Requirements
- 5+ years of experience in digital advertising
- Fluent French and English
Skills
- Excel, Salesforce
What we offer: hybrid work, a learning budget and private health insurance. Apply now!
`;

describe('looksLikeResume', () => {
  it('accepts a résumé in French', () => {
    expect(looksLikeResume(RESUME_FR, NOW)).toEqual({ ok: true });
  });

  it('turns down a job posting with a clear message', () => {
    expect(looksLikeResume(POSTING, NOW)).toEqual({
      ok: false,
      reason: 'aPosting',
    });
  });

  it('turns down an empty or image-only file', () => {
    const result = looksLikeResume('  \n Page 1 \n', NOW);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe('almostNoText');
  });

  it('turns down ordinary prose', () => {
    const letter = `Dear neighbours, the summer party will take place in the courtyard on Saturday. ${'Please bring a dish to share and your own chairs if you can. '.repeat(4)}`;
    const result = looksLikeResume(letter, NOW);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe('notAResume');
  });
});
