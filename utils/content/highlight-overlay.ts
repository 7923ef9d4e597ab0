/**
 * The extension's own highlight: boxes drawn over a Range's client rects inside a closed shadow
 * root on a host element we add. The page's nodes, classes and styles are never modified.
 */

const HOST_STYLE =
  'all:initial;position:absolute;top:0;left:0;width:0;height:0;z-index:2147483647;pointer-events:none;';
const BOX_STYLE =
  'position:absolute;box-sizing:border-box;background:rgba(255,200,0,.35);outline:2px solid rgba(230,160,0,.9);border-radius:2px;';

export interface Overlay {
  remove(): void;
}

export function showOverlay(range: Range, signal: AbortSignal): Overlay {
  const doc = range.startContainer.ownerDocument ?? document;
  const host = doc.createElement('div');
  host.setAttribute('style', HOST_STYLE);
  host.dataset.reqlens = 'highlight';
  const shadow = host.attachShadow({ mode: 'closed' });
  doc.documentElement.append(host);

  let frame = 0;
  const draw = () => {
    frame = 0;
    const view = doc.defaultView;
    const dx = view?.scrollX ?? 0;
    const dy = view?.scrollY ?? 0;
    const boxes = [...range.getClientRects()]
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => {
        const box = doc.createElement('div');
        box.setAttribute(
          'style',
          `${BOX_STYLE}left:${r.left + dx - 2}px;top:${r.top + dy - 1}px;width:${r.width + 4}px;height:${r.height + 2}px;`,
        );
        return box;
      });
    shadow.replaceChildren(...boxes);
  };
  // Inner scroll containers (LinkedIn's job pane) move the text: redraw on any scroll or resize.
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(draw);
  };
  const stop = new AbortController();
  const opts = { capture: true, passive: true, signal: stop.signal };
  window.addEventListener('scroll', schedule, opts);
  window.addEventListener('resize', schedule, opts);

  const remove = () => {
    stop.abort();
    if (frame !== 0) cancelAnimationFrame(frame);
    host.remove();
  };
  signal.addEventListener('abort', remove, { once: true });

  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'auto' });
  draw();
  return { remove };
}
