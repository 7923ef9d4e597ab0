// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getPosting, listPostings } from '@/lib/db';
import { freshDb } from '@/lib/testing/db';
import { AddJobPage } from './AddJobPage';
import { renderWithPlatform } from './testPlatform';

const pasted = `Nous recherchons un(e) comptable pour notre cabinet de Nantes.
Profil recherché :
- BTS ou DCG en comptabilité
- 3 ans d'expérience minimum en cabinet
- Maîtrise de Sage et d'Excel`;

beforeAll(async () => {
  // The page loads the engine on save; load it up front so the test does not race the import.
  await import('@/lib/manual');
});
beforeEach(async () => {
  await freshDb();
  window.location.hash = '#/add';
});
afterEach(cleanup);

describe('AddJobPage', () => {
  it('adds a job with its pasted text read by the engine, then opens its page', async () => {
    renderWithPlatform(<AddJobPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Add a job' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Job title'), { target: { value: 'Comptable H/F' } });
    fireEvent.change(screen.getByLabelText('Company'), { target: { value: 'Cabinet Loire' } });
    fireEvent.change(screen.getByLabelText('Location'), { target: { value: 'Nantes' } });
    fireEvent.change(screen.getByLabelText("The posting's text"), { target: { value: pasted } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a job' }));

    // Saving reads the text with the engine (its first load compiles the lexicons): the global
    // wait (tests/setup.ts) covers a busy machine.
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/posting\/manual/));
    const [row] = await listPostings();
    expect(row).toMatchObject({
      title: 'Comptable H/F',
      company: 'Cabinet Loire',
      status: 'saved',
    });
    const posting = await getPosting(row?.jobKey ?? '');
    expect(posting?.text).toBe(pasted);
    expect(posting?.extraction.requirements.map((r) => r.kind)).toContain('experience');
  });

  it('asks for a title before saving anything', async () => {
    renderWithPlatform(<AddJobPage />);
    fireEvent.click(screen.getByRole('button', { name: 'Add a job' }));
    expect((await screen.findByRole('alert')).textContent).toBe('A job needs a title.');
    expect(await listPostings()).toEqual([]);
    expect(window.location.hash).toBe('#/add');
  });
});
