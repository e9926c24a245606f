/**
 * Serialises what the chart shows into one SVG document: the title, the Recharts surface (axes and
 * their titles are inside it), the HTML legend Recharts draws beside it, and the chart's notes.
 */
const NS = "http://www.w3.org/2000/svg";

function area(el: Element): number {
  const r = el.getBoundingClientRect();
  return r.width * r.height;
}

function text(x: number, y: number, content: string, style: { size: number; weight?: string; fill: string }) {
  const t = document.createElementNS(NS, "text");
  t.setAttribute("x", String(x));
  t.setAttribute("y", String(y));
  t.setAttribute("font-size", String(style.size));
  if (style.weight) t.setAttribute("font-weight", style.weight);
  t.setAttribute("fill", style.fill);
  t.textContent = content;
  return t;
}

function backgroundOf(el: Element | null): string {
  for (let node = el; node; node = node.parentElement) {
    const bg = getComputedStyle(node).backgroundColor;
    if (bg && bg !== "transparent" && !/rgba\(0, 0, 0, 0\)/.test(bg)) return bg;
  }
  return "#ffffff";
}

/** The export of the chart inside `root` (null svg when the component drew none). */
export function exportChart(
  root: HTMLElement,
  title: string,
): { svg: string | null; width: number; height: number } {
  const surfaces = [...root.querySelectorAll<SVGSVGElement>("svg.recharts-surface, svg")].filter(
    (s) => !s.closest(".recharts-legend-wrapper"),
  );
  const svg = surfaces.sort((a, b) => area(b) - area(a))[0];
  if (!svg) return { svg: null, width: 0, height: 0 };
  const box = svg.getBoundingClientRect();
  const ink = getComputedStyle(root.firstElementChild ?? root).color || "#0f172a";
  const top = title ? 32 : 0;

  // The legend is HTML beside the surface: redraw each item (icon and label) at its place.
  const legend: SVGElement[] = [];
  let bottom = box.height;
  for (const item of root.querySelectorAll<HTMLElement>(".recharts-legend-item")) {
    const icon = item.querySelector("svg");
    const label = item.querySelector<HTMLElement>(".recharts-legend-item-text") ?? item;
    if (icon) {
      const r = icon.getBoundingClientRect();
      const copy = icon.cloneNode(true) as SVGSVGElement;
      copy.setAttribute("x", String(r.left - box.left));
      copy.setAttribute("y", String(r.top - box.top + top));
      copy.setAttribute("width", String(r.width));
      copy.setAttribute("height", String(r.height));
      legend.push(copy);
    }
    const r = label.getBoundingClientRect();
    const cs = getComputedStyle(label);
    legend.push(
      text(r.left - box.left, r.bottom - box.top + top - 4, label.textContent ?? "", {
        size: Number.parseFloat(cs.fontSize) || 12,
        fill: cs.color || ink,
      }),
    );
    bottom = Math.max(bottom, r.bottom - box.top);
  }
  const notes = [...root.querySelectorAll<HTMLElement>("[data-chart-note]")].map((n) => n.textContent ?? "");
  const height = Math.ceil(bottom + top + notes.length * 18 + (notes.length ? 8 : 0));
  const width = Math.ceil(box.width);

  const doc = document.createElementNS(NS, "svg");
  doc.setAttribute("xmlns", NS);
  doc.setAttribute("width", String(width));
  doc.setAttribute("height", String(height));
  doc.setAttribute("viewBox", `0 0 ${width} ${height}`);
  doc.setAttribute("font-family", "system-ui, -apple-system, Segoe UI, Roboto, sans-serif");
  const bg = document.createElementNS(NS, "rect");
  bg.setAttribute("width", "100%");
  bg.setAttribute("height", "100%");
  bg.setAttribute("fill", backgroundOf(svg.parentElement));
  doc.appendChild(bg);
  if (title) doc.appendChild(text(8, 22, title, { size: 16, weight: "600", fill: ink }));
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute("x", "0");
  clone.setAttribute("y", String(top));
  clone.setAttribute("width", String(box.width));
  clone.setAttribute("height", String(box.height));
  doc.appendChild(clone);
  for (const el of legend) doc.appendChild(el);
  notes.forEach((n, i) => {
    doc.appendChild(text(8, bottom + top + 18 * (i + 1), n, { size: 12, fill: ink }));
  });
  return { svg: new XMLSerializer().serializeToString(doc), width, height };
}
