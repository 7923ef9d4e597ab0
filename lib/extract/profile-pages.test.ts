import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * A code host's or a portfolio site's name that stands for a page there, the candidate's ("a link
 * to your GitHub profile") or the firm's ("[GitHub](https://github.com/…)"), names no tool. Asked as
 * a tool ("experience with GitHub Actions", "GitHub or GitLab"), it stays. Sentences in our own words.
 */
const skillsOf = (line: string) =>
  extract({ text: `Backend Developer\n\nRequirements\n- 3 years of experience with Go\n\n${line}` })
    .requirements.filter((r) => r.kind === 'skill')
    .map((r) => r.name);

describe("a site's name that stands for a page there", () => {
  it.each([
    ['en', 'Please add a link to your GitHub profile or portfolio.'],
    ['en', 'Have a look at our [GitHub](https://github.com/example-org) first.'],
    ['fr', 'Envoyez-nous votre CV et votre profil GitHub.'],
    ['de', 'Schick uns deinen Lebenslauf und dein GitHub-Profil.'],
    ['es', 'Envíanos tu CV y tu GitHub.'],
    ['pt', 'Mande seu currículo e o link do GitHub.'],
    ['nl', 'Stuur je cv en een link naar je GitHub.'],
  ])('%s: %s names no GitHub skill', (_lang, line) => {
    expect(skillsOf(line)).not.toContain('GitHub');
  });

  it.each([
    ['You know your way around GitHub and GitLab pipelines.'],
    ['Experience with GitHub Actions or Jenkins is a plus.'],
  ])('%s keeps the tool', (line) => {
    expect(skillsOf(line).some((s) => s.startsWith('GitHub') || s === 'GitLab')).toBe(true);
  });
});
