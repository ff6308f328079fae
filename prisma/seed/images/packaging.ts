// Packaged goods: bags, tins, bars, boxes, jars, bottles and cans.
import { darken, lighten } from "./color";
import { GROUND, inkOn, labelLines, roundGradient, type Paint } from "./drawing";
import { motif } from "./icons";
import type { Random } from "./random";

export function bag(p: Paint, r: Random): string {
  const kraft = r.chance(0.35);
  const body = kraft ? "#c9a27a" : p.body;
  const top = 232;
  let teeth = `M276 ${top + 14}`;
  for (let x = 276; x < 524; x += 16) teeth += ` L${x + 8} ${top} L${x + 16} ${top + 14}`;
  return (
    `<defs>${roundGradient("bagShade", body)}</defs>` +
    `<path d="M276 ${top + 10} L524 ${top + 10} L540 604 Q542 ${GROUND} 506 ${GROUND} L294 ${GROUND} Q258 ${GROUND} 260 604 Z" fill="url(#bagShade)"/>` +
    `<path d="${teeth} L524 ${top + 40} L276 ${top + 40} Z" fill="${darken(body, 0.18)}"/>` +
    `<rect x="276" y="${top + 40}" width="248" height="8" fill="${darken(body, 0.3)}" fill-opacity="0.6"/>` +
    `<circle cx="400" cy="320" r="15" fill="${darken(body, 0.25)}"/><circle cx="400" cy="320" r="7" fill="${lighten(body, 0.2)}"/>` +
    `<rect x="306" y="378" width="188" height="196" rx="14" fill="${p.label}"/>` +
    `<rect x="318" y="390" width="164" height="172" rx="10" fill="none" stroke="${inkOn(p.label, p.ink)}" stroke-opacity="0.25" stroke-width="3"/>` +
    motif(p.motif, 400, 448, 64, p.accent, r.between(-25, 25)) +
    labelLines(400, 500, 120, inkOn(p.label, p.ink), r) +
    `<rect x="288" y="280" width="14" height="320" rx="7" fill="#ffffff" fill-opacity="0.12"/>`
  );
}

export function tin(p: Paint, r: Random): string {
  const tall = r.chance(0.5);
  const top = tall ? 300 : 360;
  return (
    `<defs>${roundGradient("tinShade", p.body)}${roundGradient("lidShade", p.label)}</defs>` +
    `<rect x="290" y="${top}" width="220" height="${GROUND - top - 16}" fill="url(#tinShade)"/>` +
    `<ellipse cx="400" cy="${GROUND - 16}" rx="110" ry="18" fill="url(#tinShade)"/>` +
    `<rect x="290" y="${top + 70}" width="220" height="${tall ? 170 : 120}" fill="${p.label}"/>` +
    `<rect x="290" y="${top + 70}" width="220" height="6" fill="${darken(p.label, 0.2)}" fill-opacity="0.6"/>` +
    motif(p.motif, 400, top + (tall ? 130 : 112), tall ? 70 : 56, p.accent, r.between(-30, 30)) +
    (tall ? labelLines(400, top + 182, 110, inkOn(p.label, p.ink), r) : "") +
    `<rect x="282" y="${top - 44}" width="236" height="52" rx="6" fill="url(#lidShade)"/>` +
    `<ellipse cx="400" cy="${top - 44}" rx="118" ry="18" fill="${lighten(p.label, 0.18)}"/>` +
    `<rect x="282" y="${top}" width="236" height="8" fill="${darken(p.label, 0.28)}" fill-opacity="0.5"/>` +
    `<rect x="312" y="${top + 16}" width="12" height="${GROUND - top - 40}" rx="6" fill="#ffffff" fill-opacity="0.16"/>`
  );
}

export function bar(p: Paint, r: Random): string {
  const choc = darken(p.body, 0.15);
  let squares = "";
  for (let row = 0; row < 2; row++) {
    for (let col = 0; col < 3; col++) {
      const x = 470 + col * 42;
      const y = 520 + row * 42;
      squares +=
        `<rect x="${x}" y="${y}" width="38" height="38" rx="5" fill="${choc}"/>` +
        `<rect x="${x + 6}" y="${y + 6}" width="26" height="26" rx="4" fill="${lighten(choc, 0.1)}"/>`;
    }
  }
  const tilt = r.between(-14, -6).toFixed(1);
  return (
    `<g transform="rotate(${tilt} 380 430)">` +
    `<rect x="270" y="230" width="220" height="400" rx="10" fill="${p.body}"/>` +
    `<path d="M270 230 L490 230 L490 300 L270 300 Z" fill="#d9d4cc"/>` +
    `<path d="M270 300 L490 300 L490 310 L270 310 Z" fill="#b9b2a6"/>` +
    `<rect x="270" y="360" width="220" height="160" fill="${p.label}"/>` +
    motif(p.motif, 380, 420, 64, p.accent, r.between(-20, 20)) +
    labelLines(380, 466, 130, inkOn(p.label, p.ink), r) +
    `<rect x="284" y="320" width="10" height="296" rx="5" fill="#ffffff" fill-opacity="0.15"/></g>` +
    `<g transform="rotate(${r.between(8, 16).toFixed(1)} 532 562)">` +
    `<rect x="462" y="512" width="140" height="98" rx="8" fill="${darken(choc, 0.2)}"/>${squares}</g>`
  );
}

export function box(p: Paint, r: Random): string {
  const ribbon = p.accent;
  const bow = r.chance(0.5);
  return (
    `<rect x="240" y="430" width="320" height="210" rx="6" fill="${p.body}"/>` +
    `<rect x="240" y="430" width="320" height="210" rx="6" fill="${darken(p.body, 0.2)}" fill-opacity="0.25"/>` +
    `<rect x="226" y="372" width="348" height="70" rx="8" fill="${lighten(p.body, 0.08)}"/>` +
    `<rect x="226" y="430" width="348" height="12" fill="${darken(p.body, 0.3)}" fill-opacity="0.4"/>` +
    `<rect x="382" y="372" width="36" height="268" fill="${ribbon}"/>` +
    `<rect x="394" y="372" width="6" height="268" fill="#ffffff" fill-opacity="0.25"/>` +
    (bow
      ? `<ellipse cx="350" cy="352" rx="56" ry="30" transform="rotate(-18 350 352)" fill="${ribbon}"/>` +
        `<ellipse cx="450" cy="352" rx="56" ry="30" transform="rotate(18 450 352)" fill="${ribbon}"/>` +
        `<ellipse cx="350" cy="352" rx="30" ry="12" transform="rotate(-18 350 352)" fill="${darken(ribbon, 0.25)}"/>` +
        `<ellipse cx="450" cy="352" rx="30" ry="12" transform="rotate(18 450 352)" fill="${darken(ribbon, 0.25)}"/>` +
        `<path d="M388 372 L360 430 L378 426 L396 372 Z M412 372 L440 430 L422 426 L404 372 Z" fill="${darken(ribbon, 0.15)}"/>` +
        `<rect x="380" y="336" width="40" height="36" rx="10" fill="${lighten(ribbon, 0.1)}"/>`
      : `<rect x="300" y="470" width="70" height="50" rx="6" fill="${p.label}"/>` +
        motif(p.motif, 335, 495, 32, p.body, 0)) +
    `<rect x="252" y="452" width="10" height="170" rx="5" fill="#ffffff" fill-opacity="0.14"/>`
  );
}

export function assortment(p: Paint, r: Random): string {
  const fillings = ["#3d211a", "#5a2e22", "#7b3f2e", "#a0522d", "#ead9bd"];
  let pieces = "";
  for (let row = 0; row < 3; row++) {
    for (let col = 0; col < 3; col++) {
      const cx = 300 + col * 100;
      const cy = 350 + row * 100;
      const color = r.pick(fillings);
      pieces += `<rect x="${cx - 44}" y="${cy - 44}" width="88" height="88" rx="10" fill="${darken(p.label, 0.12)}"/>`;
      const round = r.chance(0.5);
      pieces += round
        ? `<circle cx="${cx}" cy="${cy}" r="34" fill="${color}"/>`
        : `<rect x="${cx - 32}" y="${cy - 32}" width="64" height="64" rx="8" fill="${color}"/>`;
      const topping = r.int(0, 3);
      if (topping === 0) {
        pieces += `<path d="M${cx - 18} ${cy - 6} q9 -12 18 0 t18 0 M${cx - 18} ${cy + 8} q9 -12 18 0 t18 0" fill="none" stroke="${lighten(color, 0.35)}" stroke-width="4" stroke-linecap="round"/>`;
      } else if (topping === 1) {
        pieces += `<circle cx="${cx}" cy="${cy}" r="9" fill="${p.label}"/>`;
      } else if (topping === 2) {
        pieces += `<path d="M${cx - 16} ${cy - 16} L${cx + 16} ${cy + 16} M${cx + 16} ${cy - 16} L${cx - 16} ${cy + 16}" stroke="${lighten(color, 0.3)}" stroke-width="4" stroke-linecap="round"/>`;
      } else {
        pieces += `<ellipse cx="${cx - 10}" cy="${cy - 12}" rx="9" ry="5" fill="#ffffff" fill-opacity="0.35"/>`;
      }
    }
  }
  return (
    `<rect x="196" y="246" width="408" height="408" rx="18" fill="${darken(p.body, 0.35)}"/>` +
    `<rect x="206" y="256" width="388" height="388" rx="14" fill="${p.label}"/>` +
    pieces +
    `<rect x="196" y="246" width="408" height="408" rx="18" fill="none" stroke="${p.accent}" stroke-width="8" stroke-opacity="0.8"/>`
  );
}

export function jar(p: Paint, r: Random): string {
  const cloth = p.accent;
  let scallops = "M284 352";
  for (let i = 0; i < 8; i++) scallops += ` q 16 ${r.between(22, 30).toFixed(1)} 29 0`;
  return (
    `<defs>${roundGradient("jarShade", p.body)}</defs>` +
    `<rect x="290" y="356" width="220" height="${GROUND - 356}" rx="46" fill="url(#jarShade)"/>` +
    `<rect x="312" y="330" width="176" height="40" rx="8" fill="${darken(p.body, 0.1)}"/>` +
    `<rect x="300" y="294" width="200" height="48" rx="10" fill="${darken(cloth, 0.1)}"/>` +
    `<path d="M300 300 Q400 272 500 300 L516 352 L284 352 Z" fill="${cloth}"/>` +
    `<path d="${scallops} L516 352 Z" fill="${cloth}"/>` +
    `<path d="M300 346 Q400 360 500 346" fill="none" stroke="${darken(cloth, 0.35)}" stroke-width="5"/>` +
    `<circle cx="400" cy="${r.chance(0.5) ? 500 : 510}" r="76" fill="${p.label}"/>` +
    `<circle cx="400" cy="505" r="64" fill="none" stroke="${inkOn(p.label, p.ink)}" stroke-opacity="0.2" stroke-width="3"/>` +
    motif(p.motif, 400, 486, 48, p.body, r.between(-20, 20)) +
    `<rect x="366" y="530" width="68" height="8" rx="4" fill="${inkOn(p.label, p.ink)}" fill-opacity="0.5"/>` +
    `<rect x="312" y="392" width="16" height="200" rx="8" fill="#ffffff" fill-opacity="0.28"/>`
  );
}

export function bottle(p: Paint, r: Random): string {
  const slim = r.chance(0.5);
  const half = slim ? 62 : 78;
  const left = 400 - half;
  const right = 400 + half;
  return (
    `<defs>${roundGradient("bottleShade", p.body)}</defs>` +
    `<path d="M376 258 L424 258 L424 322 Q${right} 352 ${right} 420 L${right} ${GROUND - 20} Q${right} ${GROUND} ${right - 20} ${GROUND} ` +
    `L${left + 20} ${GROUND} Q${left} ${GROUND} ${left} ${GROUND - 20} L${left} 420 Q${left} 352 376 322 Z" fill="url(#bottleShade)"/>` +
    `<rect x="380" y="212" width="40" height="54" rx="6" fill="#b98a5a"/>` +
    `<rect x="372" y="254" width="56" height="14" rx="5" fill="${p.accent}"/>` +
    `<rect x="${left}" y="450" width="${half * 2}" height="130" fill="${p.label}"/>` +
    motif(p.motif, 400, 494, 48, p.accent, r.between(-20, 20)) +
    labelLines(400, 530, half * 1.3, inkOn(p.label, p.ink), r) +
    `<rect x="${left + 14}" y="380" width="10" height="${GROUND - 400}" rx="5" fill="#ffffff" fill-opacity="0.3"/>`
  );
}

export function can(p: Paint, r: Random): string {
  return (
    `<defs>${roundGradient("canShade", p.body)}</defs>` +
    `<rect x="290" y="340" width="220" height="${GROUND - 340 - 14}" fill="url(#canShade)"/>` +
    `<ellipse cx="400" cy="${GROUND - 14}" rx="110" ry="16" fill="url(#canShade)"/>` +
    `<ellipse cx="400" cy="340" rx="110" ry="18" fill="${lighten(p.body, 0.25)}"/>` +
    `<rect x="320" y="302" width="44" height="34" rx="6" fill="${darken(p.body, 0.2)}"/>` +
    `<ellipse cx="342" cy="302" rx="22" ry="7" fill="${lighten(p.body, 0.1)}"/>` +
    `<rect x="290" y="400" width="220" height="170" fill="${p.label}"/>` +
    `<rect x="290" y="408" width="220" height="4" fill="${p.accent}"/>` +
    `<rect x="290" y="558" width="220" height="4" fill="${p.accent}"/>` +
    motif("maple", 400, 470, 76, p.accent, r.between(-8, 8)) +
    labelLines(400, 520, 100, inkOn(p.label, p.ink), r) +
    `<rect x="306" y="352" width="12" height="260" rx="6" fill="#ffffff" fill-opacity="0.18"/>`
  );
}
