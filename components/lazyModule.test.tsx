// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyModule, useLazyModule } from './lazyModule';

afterEach(cleanup);

function Greeting({ lazy, wanted }: { lazy: ReturnType<typeof words>; wanted: boolean }) {
  const module = useLazyModule(lazy, wanted);
  return <p>{module ? module.hello : 'waiting'}</p>;
}

const words = (importer = vi.fn(async () => ({ hello: 'Hallo' }))) => lazyModule(importer);

describe('lazyModule', () => {
  it('loads once, however often it is asked for', async () => {
    const importer = vi.fn(async () => ({ hello: 'Bonjour' }));
    const lazy = lazyModule(importer);
    expect(lazy.current()).toBeNull();
    const [a, b] = await Promise.all([lazy.load(), lazy.load()]);
    expect(a).toBe(b);
    expect(lazy.current()).toBe(a);
    expect(importer).toHaveBeenCalledOnce();
  });

  it('renders the module once it is in, and only loads it when wanted', async () => {
    const importer = vi.fn(async () => ({ hello: 'Hola' }));
    const lazy = words(importer);
    const { rerender } = render(<Greeting lazy={lazy} wanted={false} />);
    await act(async () => {});
    expect(importer).not.toHaveBeenCalled();
    expect(screen.getByText('waiting')).toBeTruthy();
    rerender(<Greeting lazy={lazy} wanted />);
    expect(await screen.findByText('Hola')).toBeTruthy();
    cleanup();
    // Loaded already: the first render has it.
    render(<Greeting lazy={lazy} wanted={false} />);
    expect(screen.getByText('Hola')).toBeTruthy();
  });
});
