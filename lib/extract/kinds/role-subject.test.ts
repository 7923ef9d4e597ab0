import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const title = (text: string) => extract({ text }).posting.title;

/**
 * A posting whose header gives no title may name the post only in its prose, as the subject of
 * what the post does: "The Field Sales Rep will …". Read when nothing above names a title.
 */
describe('a role named as its sentence subject', () => {
  it.each([
    [
      'Work with us\nOur shop buys back used course books. The Field Sales Rep will visit campuses and ship the books to our depot.\n- Clear speaker\n- Own car',
      'Field Sales Rep',
    ],
    [
      'Join Our Team\nWe grow fast. The Night Shift Supervisor, working as part of the site team, keeps the line running.\n- Two years in a plant',
      'Night Shift Supervisor',
    ],
    [
      'Rejoignez-nous\nNotre atelier grandit. Le Technicien Frigoriste aura pour mission de dépanner nos clients.\n- Permis B',
      'Technicien Frigoriste',
    ],
    [
      'Únete a nosotros\nCrecemos cada año. El Asesor Comercial será responsable de visitar a los clientes.\n- Carnet de conducir',
      'Asesor Comercial',
    ],
    [
      'Karriere\nWir wachsen. Der Elektroniker übernimmt die Wartung unserer Anlagen.\n- Führerschein Klasse B',
      'Elektroniker',
    ],
  ])('%s', (text, expected) => {
    expect(title(text)).toBe(expected);
  });

  it.each([
    'Work with us\nWe grow fast. The Hiring Manager will call you within a week.\n- Clear speaker',
    'Work with us\nWe grow fast. The Company will pay for your travel.\n- Clear speaker',
    'Work with us\nWe grow fast. the field sales rep will visit campuses.\n- Clear speaker',
  ])('no post: %s', (text) => {
    expect(title(text)).toBeNull();
  });

  it('a title the header gives wins over the prose', () => {
    const text =
      'Warehouse Operative\n\nThe Team Leader will train you on the scanners.\n- Steel-toe boots';
    expect(title(text)).toBe('Warehouse Operative');
  });
});

describe('a role shouted in prose', () => {
  it('is written as a title, its short words kept', () => {
    const text =
      'Work with us\nWe grow fast. The IT PROJECT MANAGER reports to the board.\n- PRINCE2';
    expect(title(text)).toBe('IT Project Manager');
  });
});

/** "We are seeking a highly motivated and experienced Sales Executive": adverbs and "and" too. */
describe('a title in prose after several qualities', () => {
  it.each([
    [
      'Benefits\nDental care\n\nWe are seeking a highly motivated and experienced Account Executive to grow our region.',
      'Account Executive',
    ],
    [
      'Perks\nFree parking\n\nWe are looking for a reliable and very organised Office Administrator to run our front desk.',
      'Office Administrator',
    ],
  ])('%s', (text, expected) => {
    expect(title(text)).toBe(expected);
  });
});
