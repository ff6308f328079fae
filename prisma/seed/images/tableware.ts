// Objects shown as themselves: cups, teapots, plates, bowls, and the gift hamper.
import { darken, lighten } from "./color";
import { GROUND, roundGradient, type Paint } from "./drawing";
import { motif } from "./icons";
import type { Random } from "./random";

function steam(r: Random, x: number, y: number): string {
  let out = "";
  for (let i = -1; i <= 1; i++) {
    const sx = x + i * 34 + r.between(-6, 6);
    out += `<path d="M${sx.toFixed(1)} ${y} c -20 -30 20 -50 0 -80 c -14 -20 8 -34 4 -50" fill="none" stroke="#ffffff" stroke-opacity="0.7" stroke-width="9" stroke-linecap="round"/>`;
  }
  return out;
}

export function cup(p: Paint, r: Random): string {
  const drink = r.pick(["#4a2c1d", "#b07d3b", "#7a9a4a"]);
  return (
    `<defs>${roundGradient("cupShade", p.body)}</defs>` +
    `<ellipse cx="400" cy="${GROUND - 8}" rx="200" ry="30" fill="${darken(p.body, 0.12)}"/>` +
    `<ellipse cx="400" cy="${GROUND - 16}" rx="182" ry="22" fill="${lighten(p.body, 0.1)}"/>` +
    `<path d="M512 430 C600 420 600 560 500 560" fill="none" stroke="${darken(p.body, 0.08)}" stroke-width="30" stroke-linecap="round"/>` +
    `<path d="M280 400 L520 400 L504 560 Q498 ${GROUND - 20} 440 ${GROUND - 20} L360 ${GROUND - 20} Q302 ${GROUND - 20} 296 560 Z" fill="url(#cupShade)"/>` +
    `<ellipse cx="400" cy="400" rx="120" ry="20" fill="${darken(p.body, 0.15)}"/>` +
    `<ellipse cx="400" cy="404" rx="108" ry="15" fill="${drink}"/>` +
    `<rect x="288" y="470" width="224" height="18" fill="${p.accent}" fill-opacity="0.9"/>` +
    steam(r, 400, 370)
  );
}

export function teapot(p: Paint, r: Random): string {
  return (
    `<defs>${roundGradient("potShade", p.body)}</defs>` +
    `<path d="M270 470 C200 450 190 390 172 372 C200 380 236 420 290 440 Z" fill="${darken(p.body, 0.08)}"/>` +
    `<path d="M520 420 C610 400 620 560 520 570" fill="none" stroke="${darken(p.body, 0.1)}" stroke-width="28" stroke-linecap="round"/>` +
    `<ellipse cx="400" cy="500" rx="160" ry="130" fill="url(#potShade)"/>` +
    `<rect x="330" y="${GROUND - 30}" width="140" height="30" rx="8" fill="${darken(p.body, 0.2)}"/>` +
    `<path d="M310 392 Q400 340 490 392 Z" fill="${lighten(p.body, 0.1)}"/>` +
    `<ellipse cx="400" cy="352" rx="18" ry="16" fill="${p.accent}"/>` +
    `<path d="M250 500 Q400 540 550 500" fill="none" stroke="${p.accent}" stroke-width="14"/>` +
    `<path d="M258 470 Q400 510 542 470" fill="none" stroke="${p.label}" stroke-width="5" stroke-opacity="0.8"/>` +
    `<ellipse cx="330" cy="450" rx="14" ry="40" transform="rotate(20 330 450)" fill="#ffffff" fill-opacity="0.25"/>` +
    (r.chance(0.5) ? steam(r, 190, 350).replaceAll('stroke-width="9"', 'stroke-width="7"') : "")
  );
}

export function plate(p: Paint, r: Random): string {
  const dots = r.int(16, 28);
  let rim = "";
  for (let i = 0; i < dots; i++) {
    const a = (i / dots) * Math.PI * 2;
    rim += `<circle cx="${(400 + Math.cos(a) * 222).toFixed(1)}" cy="${(440 + Math.sin(a) * 222).toFixed(1)}" r="${i % 2 ? 6 : 10}" fill="${p.accent}"/>`;
  }
  return (
    `<ellipse cx="414" cy="458" rx="262" ry="262" fill="#000000" fill-opacity="0.08"/>` +
    `<circle cx="400" cy="440" r="260" fill="${p.body}"/>` +
    `<circle cx="400" cy="440" r="250" fill="none" stroke="${darken(p.body, 0.1)}" stroke-width="4"/>` +
    rim +
    `<circle cx="400" cy="440" r="176" fill="${darken(p.body, 0.05)}"/>` +
    `<circle cx="400" cy="440" r="170" fill="${lighten(p.body, 0.06)}"/>` +
    `<path d="M270 340 A170 170 0 0 1 380 272" fill="none" stroke="#ffffff" stroke-opacity="0.5" stroke-width="10" stroke-linecap="round"/>` +
    motif(p.motif, 400, 440, 70, p.label, r.between(0, 90))
  );
}

export function bowl(p: Paint, r: Random): string {
  const stripes = r.int(2, 3);
  let band = "";
  for (let i = 0; i < stripes; i++) {
    band += `<path d="M${236 + i * 10} ${470 + i * 22} Q400 ${520 + i * 26} ${564 - i * 10} ${470 + i * 22}" fill="none" stroke="${i % 2 ? p.label : p.accent}" stroke-width="10"/>`;
  }
  return (
    `<defs>${roundGradient("bowlShade", p.body)}</defs>` +
    `<path d="M210 430 Q212 600 340 614 L460 614 Q588 600 590 430 Z" fill="url(#bowlShade)"/>` +
    `<rect x="340" y="606" width="120" height="34" rx="6" fill="${darken(p.body, 0.18)}"/>` +
    `<ellipse cx="400" cy="430" rx="190" ry="40" fill="${darken(p.body, 0.22)}"/>` +
    `<ellipse cx="400" cy="436" rx="172" ry="30" fill="${darken(p.body, 0.32)}"/>` +
    band +
    `<path d="M244 470 Q250 560 320 590" fill="none" stroke="#ffffff" stroke-opacity="0.25" stroke-width="12" stroke-linecap="round"/>`
  );
}

export function hamper(p: Paint, r: Random): string {
  const wicker = "#c79a5b";
  let weave = "";
  for (let row = 0; row < 6; row++) {
    const y = 452 + row * 30;
    weave += `<rect x="${226 + row * 3}" y="${y}" width="${348 - row * 6}" height="22" rx="11" fill="${row % 2 ? darken(wicker, 0.1) : lighten(wicker, 0.08)}"/>`;
  }
  return (
    `<path d="M250 450 C250 250 550 250 550 450" fill="none" stroke="${darken(wicker, 0.2)}" stroke-width="18"/>` +
    `<rect x="292" y="310" width="54" height="150" rx="14" fill="${p.body}"/>` +
    `<rect x="306" y="282" width="26" height="36" rx="4" fill="${p.accent}"/>` +
    `<path d="M372 350 L470 350 L478 460 L364 460 Z" fill="${r.pick(["#c9a27a", p.label])}"/>` +
    `<path d="M372 350 L380 336 L388 350 L396 336 L404 350 L412 336 L420 350 L428 336 L436 350 L444 336 L452 350 L460 336 L470 350 Z" fill="${darken("#c9a27a", 0.1)}"/>` +
    `<circle cx="506" cy="420" r="44" fill="${p.accent}"/><circle cx="506" cy="420" r="30" fill="${lighten(p.accent, 0.2)}"/>` +
    `<path d="M220 440 L580 440 L556 ${GROUND} L244 ${GROUND} Z" fill="${darken(wicker, 0.2)}"/>` +
    weave +
    `<rect x="380" y="440" width="40" height="200" fill="${p.body}" fill-opacity="0.9"/>` +
    `<ellipse cx="372" cy="470" rx="34" ry="18" transform="rotate(-20 372 470)" fill="${p.body}"/>` +
    `<ellipse cx="428" cy="470" rx="34" ry="18" transform="rotate(20 428 470)" fill="${p.body}"/>` +
    `<circle cx="400" cy="470" r="14" fill="${lighten(p.body, 0.15)}"/>`
  );
}
