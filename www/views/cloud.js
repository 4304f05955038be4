// The word cloud: the most frequent words as SVG text, sized by count and
// placed along a spiral from the centre so that no two boxes overlap. Our
// own few lines of layout; no library.
const NS = 'http://www.w3.org/2000/svg';
const W = 640;
const H = 380;

/** Draws `words` ({example, key, count}) into `box`; `pick(w)` on activation. */
export function drawCloud(box, words, pick) {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('role', 'list');
  svg.classList.add('cloud-svg');
  box.append(svg);
  if (!words.length) return;
  const max = words[0].count;
  const min = words[words.length - 1].count;
  const placed = [];
  words.forEach((w, i) => {
    const size = 16 + 40 * Math.sqrt((w.count - min) / Math.max(1, max - min));
    const text = document.createElementNS(NS, 'text');
    text.textContent = w.example;
    text.setAttribute('font-size', size.toFixed(1));
    text.setAttribute('text-anchor', 'middle');
    text.setAttribute('dominant-baseline', 'central');
    text.setAttribute('class', `cloud-word tone-${i % 4}`);
    text.setAttribute('role', 'listitem');
    text.setAttribute('tabindex', '0');
    text.setAttribute('aria-label', `${w.example}: ${w.count}`);
    svg.append(text);
    const bb = text.getBBox();
    const bw = bb.width + 6;
    const bh = size * 1.15;
    // Archimedean spiral from the centre, first free spot wins.
    for (let k = 0; k < 2000; k++) {
      const a = 0.35 * k;
      const r = 2.2 * a;
      const x = W / 2 + r * Math.cos(a) * 1.5;
      const y = H / 2 + r * Math.sin(a);
      const rect = [x - bw / 2, y - bh / 2, bw, bh];
      if (rect[0] < 0 || rect[1] < 0 || rect[0] + bw > W || rect[1] + bh > H) continue;
      if (placed.some((p) => overlap(p, rect))) continue;
      placed.push(rect);
      text.setAttribute('x', x.toFixed(1));
      text.setAttribute('y', y.toFixed(1));
      const go = () => pick(w);
      text.addEventListener('click', go);
      text.addEventListener('keydown', (e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), go()));
      return;
    }
    text.remove();
  });
}

function overlap(a, b) {
  return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
}
