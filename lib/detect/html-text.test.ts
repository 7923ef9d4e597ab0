import { describe, expect, it } from 'vitest';
import { decodeEntities, descriptionToText, htmlToText } from './html-text';

describe('decodeEntities', () => {
  it('decodes named, decimal and hex references once', () => {
    expect(decodeEntities('R&amp;D &eacute;quipe &#8211; &#x20AC;50k &amp;lt;')).toBe(
      'R&D équipe – €50k &lt;',
    );
  });

  it('leaves unknown names and out-of-range numbers as written', () => {
    expect(decodeEntities('&madeup; &#99999999;')).toBe('&madeup; &#99999999;');
    expect(decodeEntities('&bacute; &xuml; &aring;')).toBe('&bacute; &xuml; &aring;');
  });

  it("never reads a name as one of Object's own keys", () => {
    const names = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'];
    for (const name of names) {
      expect(decodeEntities(`a &${name}; b`)).toBe(`a &${name}; b`);
    }
    expect(decodeEntities('&hellip;&middot;&iquest;&Ccedil;')).toBe('…·¿Ç');
  });

  it('decodes accented letters from the mark their name ends with', () => {
    expect(
      decodeEntities('Ing&eacute;nieur &agrave; Z&uuml;rich, Espa&ntilde;a, Fran&ccedil;ais'),
    ).toBe('Ingénieur à Zürich, España, Français');
    expect(
      decodeEntities('&Agrave;&Eacute;&Auml;&Ouml;&Uuml; &acirc;&ecirc;&icirc;&ocirc;&ucirc;'),
    ).toBe('ÀÉÄÖÜ âêîôû');
    expect(
      decodeEntities('&aacute;&iacute;&oacute;&uacute; &egrave;&ugrave; &euml;&iuml;&auml;&ouml;'),
    ).toBe('áíóú èù ëïäö');
    // Capitals the old table missed decode too.
    expect(decodeEntities('&Ccedil;a, &Egrave;re, &Ntilde;u')).toBe('Ça, Ère, Ñu');
  });
});

describe('htmlToText', () => {
  it('breaks lines at blocks and bullets list items', () => {
    expect(
      htmlToText('<h3>Profil</h3><ul><li>Python</li><li><p>SQL</p></li></ul><p>Merci&nbsp;!</p>'),
    ).toBe('Profil\n\n• Python\n• SQL\n\nMerci !');
  });

  it('drops script, style and comments, and treats a lone < as text', () => {
    expect(
      htmlToText('<style>p{}</style><p>Salary < 50k</p><!-- note --><script>x()</script><p>ok</p>'),
    ).toBe('Salary < 50k\n\nok');
  });

  it('keeps inline elements on one line and collapses source whitespace', () => {
    expect(htmlToText('<p>Work with\n   <b>Kafka</b> and <a href="#">Flink</a></p>')).toBe(
      'Work with Kafka and Flink',
    );
  });

  it('stays linear on hostile input', () => {
    const hostile = `${'<'.repeat(50_000)}${'<a '.repeat(50_000)}`;
    const start = performance.now();
    htmlToText(hostile);
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('descriptionToText', () => {
  it('keeps the line breaks of a plain-text description', () => {
    expect(descriptionToText('Requirements:\n- Go\n- Docker &amp; Kubernetes')).toBe(
      'Requirements:\n- Go\n- Docker & Kubernetes',
    );
  });

  it('decodes entity-encoded HTML before reading it', () => {
    expect(descriptionToText('&lt;ul&gt;&lt;li&gt;Rust&lt;/li&gt;&lt;/ul&gt;')).toBe('• Rust');
  });
});
