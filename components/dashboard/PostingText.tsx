/**
 * The posting as the page gave it. It is page text, so it is rendered as a text node in a
 * pre-wrapped block: markup in it shows as characters and is never parsed.
 */
export function PostingText({ text }: { text: string }) {
  return (
    <section className="panel" aria-labelledby="posting-text-heading">
      <h2 id="posting-text-heading">Posting text</h2>
      <pre className="posting-text">{text}</pre>
    </section>
  );
}
