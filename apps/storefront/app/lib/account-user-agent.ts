// "Firefox 128 on Linux" from a User-Agent header, for the customer's list of devices. Only the
// browsers and systems people recognise, tried in the order that tells them apart (Edge, Opera and
// Samsung Internet also say "Chrome"; Chrome also says "Safari"). Anything else is "unknown": the
// list only helps a customer tell their devices apart, so a guess would do more harm than a blank.

export interface DeviceDescription {
  /** "Firefox 128", "Safari 17"...; null when not recognised. */
  browser: string | null;
  /** "Windows", "macOS", "iOS", "Android", "Linux", "ChromeOS"; null when not recognised. */
  system: string | null;
}

const BROWSERS: readonly [name: string, pattern: RegExp][] = [
  ["Edge", /\bEdg(?:e|A|iOS)?\/(\d+)/],
  ["Opera", /\b(?:OPR|Opera)\/(\d+)/],
  ["Samsung Internet", /\bSamsungBrowser\/(\d+)/],
  ["Vivaldi", /\bVivaldi\/(\d+)/],
  ["Firefox", /\b(?:Firefox|FxiOS)\/(\d+)/],
  ["Chrome", /\b(?:HeadlessChrome|Chrome|CriOS)\/(\d+)/],
  // Safari names its own version apart from the WebKit one.
  ["Safari", /\bVersion\/(\d+)(?:\.\d+)*(?: Mobile\/\w+)? Safari\//],
];

const SYSTEMS: readonly [name: string, pattern: RegExp][] = [
  ["iOS", /\b(?:iPhone|iPad|iPod)\b/],
  ["Android", /\bAndroid\b/],
  ["Windows", /\bWindows\b/],
  ["ChromeOS", /\bCrOS\b/],
  ["macOS", /\bMac OS X\b|\bMacintosh\b/],
  ["Linux", /\bLinux\b|\bX11\b/],
];

export function describeUserAgent(userAgent: string | null | undefined): DeviceDescription {
  if (!userAgent) return { browser: null, system: null };
  let browser: string | null = null;
  for (const [name, pattern] of BROWSERS) {
    const match = pattern.exec(userAgent);
    if (match) {
      browser = `${name} ${match[1]}`;
      break;
    }
  }
  const system = SYSTEMS.find(([, pattern]) => pattern.test(userAgent))?.[0] ?? null;
  return { browser, system };
}
