// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoteBox } from './NoteBox';

afterEach(cleanup);

describe('NoteBox', () => {
  it('adds the trimmed draft', () => {
    const onAdd = vi.fn();
    render(
      <NoteBox
        draft={'  Appeler Mme Girard jeudi  \n'}
        onDraft={() => {}}
        onAdd={onAdd}
        lastNote={null}
        noteCount={0}
        maxLength={20_000}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    expect(onAdd).toHaveBeenCalledWith('Appeler Mme Girard jeudi');
  });

  it('cannot add a blank note', () => {
    const onAdd = vi.fn();
    render(
      <NoteBox
        draft="   "
        onDraft={() => {}}
        onAdd={onAdd}
        lastNote={null}
        noteCount={0}
        maxLength={10}
      />,
    );
    const button = screen.getByRole<HTMLButtonElement>('button', { name: 'Add note' });
    expect(button.disabled).toBe(true);
    fireEvent.submit(button.closest('form') as HTMLFormElement);
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('reports typing and shows the latest note as text', () => {
    const onDraft = vi.fn();
    render(
      <NoteBox
        draft=""
        onDraft={onDraft}
        onAdd={() => {}}
        lastNote="<b>not bold</b>"
        noteCount={2}
        maxLength={100}
      />,
    );
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: 'R' } });
    expect(onDraft).toHaveBeenCalledWith('R');
    expect(screen.getByText('<b>not bold</b>')).toBeTruthy();
    expect(screen.getByText('2 notes')).toBeTruthy();
    expect(screen.getByLabelText<HTMLTextAreaElement>('Note').maxLength).toBe(100);
  });
});
