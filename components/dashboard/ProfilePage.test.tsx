// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getProfile, saveProfile } from '@/lib/db';
import { freshDb } from '@/lib/testing/db';
import { ProfilePage } from './ProfilePage';
import { renderWithPlatform } from './testPlatform';

beforeEach(async () => {
  await freshDb();
});
afterEach(cleanup);

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

const save = async () => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
  });
};

const resume = `Camille Martin
Lyon, France

EXPERIENCE
Chargée de communication digitale chez Maison Lefèvre
Mars 2019 – Présent
- Pilotage des réseaux sociaux et des campagnes Google Ads
Assistante marketing chez Brenner SA
Septembre 2016 – Février 2019
- Organisation de salons professionnels

EDUCATION
Master en communication, Université Lyon 2, 2016

LANGUES
Français : langue maternelle
Anglais : courant (C1)

COMPÉTENCES
Google Analytics, Canva, WordPress, SEO`;

describe('ProfilePage', () => {
  it('asks for the share of time when travel is "up to a share" without one', async () => {
    renderWithPlatform(<ProfilePage />);
    await screen.findByRole('button', { name: 'Save profile' });
    type('Willing to travel', 'percent');
    await save();
    const share = screen.getByLabelText('Most travel I accept (% of time)');
    expect(share.getAttribute('aria-invalid')).toBe('true');
    // The message is tied to the share's own field, and nothing was saved.
    const describedBy = share.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe(
      'Say what share of your time, from 0 to 100.',
    );
    expect(await getProfile()).toBeNull();
    type('Most travel I accept (% of time)', '30');
    await save();
    await waitFor(async () => expect((await getProfile())?.travel).toBe(30));
  });

  it('validates every field with the profile schema and saves nothing invalid', async () => {
    renderWithPlatform(<ProfilePage />);
    await screen.findByRole('button', { name: 'Save profile' });
    type('Total years of experience', 'six');
    type('Amount', '45000');
    type('Currency', 'euros');
    await save();
    expect((await screen.findAllByRole('alert'))[0]?.textContent).toMatch(
      /2 fields need attention/,
    );
    expect(screen.getByLabelText('Total years of experience').getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(screen.getByText('Enter a number')).toBeTruthy();
    expect(await getProfile()).toBeNull();
  });

  it('saves a valid profile, normalising codes, and shows it again on the next visit', async () => {
    renderWithPlatform(<ProfilePage />);
    await screen.findByRole('button', { name: 'Save profile' });
    type('Total years of experience', '6');
    fireEvent.click(screen.getByRole('button', { name: 'Add a field or role' }));
    type('Field or role 1', 'digital marketing');
    type('Years in field 1', '6');
    fireEvent.click(screen.getByRole('button', { name: 'Add a language' }));
    // Languages are chosen by name, stored as the code postings are read for.
    const language = screen.getByLabelText<HTMLSelectElement>('Language 1');
    expect(language.selectedOptions[0]?.textContent).toBe('Choose a language');
    expect([...language.options].some((o) => o.value === 'fr' && o.textContent === 'French')).toBe(
      true,
    );
    fireEvent.change(language, { target: { value: 'fr' } });
    fireEvent.change(screen.getByLabelText('Level of language 1'), { target: { value: 'native' } });
    fireEvent.change(screen.getByLabelText('Highest education'), { target: { value: 'master' } });
    type('Skills', 'Google Analytics\nJS');
    type('Locations', 'Paris, France');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Hybrid' }));
    type('Work authorization', 'fr, ie');
    type('Amount', '60000');
    type('Currency', 'eur');
    fireEvent.click(screen.getByRole('checkbox', { name: 'On-call duty' }));
    await save();
    await screen.findByText('Saved.');
    expect(await getProfile()).toEqual({
      totalYears: 6,
      experience: [{ field: 'digital marketing', years: 6 }],
      languages: [{ language: 'fr', level: 'native' }],
      education: { level: 'master' },
      skills: ['Google Analytics', 'JS'],
      locations: ['Paris, France'],
      workplaces: ['hybrid'],
      workAuthorization: ['FR', 'IE'],
      minSalary: { amount: 60000, currency: 'EUR', period: 'year' },
      dealbreakers: ['on_call'],
    });
    cleanup();
    renderWithPlatform(<ProfilePage />);
    expect(((await screen.findByLabelText('Field or role 1')) as HTMLInputElement).value).toBe(
      'digital marketing',
    );
  });

  it('keeps a language the list does not offer, from an earlier profile, selectable', async () => {
    await saveProfile({ languages: [{ language: 'sw', level: 'basic' }] });
    renderWithPlatform(<ProfilePage />);
    const language = await screen.findByLabelText<HTMLSelectElement>('Language 1');
    expect(language.value).toBe('sw');
    expect(language.selectedOptions[0]?.textContent).toBe('Swahili');
    await save();
    await screen.findByText('Saved.');
    expect((await getProfile())?.languages).toEqual([{ language: 'sw', level: 'basic' }]);
  });

  it('prefills from a pasted résumé for review, saving only on Save profile', async () => {
    await saveProfile({ dealbreakers: ['night'] });
    renderWithPlatform(<ProfilePage />);
    await screen.findByRole('button', { name: 'Save profile' });
    type('Or paste your résumé’s text', resume);
    fireEvent.click(screen.getByRole('button', { name: 'Prefill from text' }));
    await screen.findByText(/Review every section, then Save profile/);
    expect((screen.getByLabelText('Total years of experience') as HTMLInputElement).value).not.toBe(
      '',
    );
    expect((screen.getByLabelText('Skills') as HTMLTextAreaElement).value).toContain(
      'Google Analytics',
    );
    // Reviewing is not saving.
    expect(await getProfile()).toEqual({ dealbreakers: ['night'] });
    await save();
    await waitFor(async () => expect((await getProfile())?.skills).toContain('Google Analytics'));
    expect((await getProfile())?.dealbreakers).toEqual(['night']);
  });

  it('leaves the form alone and says why when the text is not a résumé', async () => {
    renderWithPlatform(<ProfilePage />);
    await screen.findByRole('button', { name: 'Save profile' });
    type('Total years of experience', '3');
    type(
      'Or paste your résumé’s text',
      'We are looking for a Senior Data Analyst to join our team in Rotterdam. You will own our dashboards. ' +
        'What we offer: a hybrid role, 30 days of holiday and a learning budget. How to apply: send your CV.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Prefill from text' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Your profile was not changed/);
    expect((screen.getByLabelText('Total years of experience') as HTMLInputElement).value).toBe(
      '3',
    );
    expect(screen.queryByText(/Review every section/)).toBeNull();
  });

  it('refuses an unreadable file with a clear message, changing nothing', async () => {
    renderWithPlatform(<ProfilePage />);
    await screen.findByRole('button', { name: 'Save profile' });
    type('Total years of experience', '3');
    const input = screen.getByLabelText('Open a PDF or DOCX résumé');
    const photo = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], 'cv.jpg');
    await act(async () => {
      fireEvent.change(input, { target: { files: [photo] } });
    });
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /PDF, DOCX or plain-text résumé.*Your profile was not changed/,
    );
    expect((screen.getByLabelText('Total years of experience') as HTMLInputElement).value).toBe(
      '3',
    );
  });

  it('prefills from an opened plain-text résumé file', async () => {
    renderWithPlatform(<ProfilePage />);
    await screen.findByRole('button', { name: 'Save profile' });
    const input = screen.getByLabelText('Open a PDF or DOCX résumé');
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File([resume], 'camille-martin.txt')] } });
    });
    await screen.findByText(/Review every section, then Save profile/);
    expect((screen.getByLabelText('Skills') as HTMLTextAreaElement).value).toContain('WordPress');
    expect(await getProfile()).toBeNull();
  });
});
