// Debian's Chromium, as every browser runner here launches it (widget tests, end-to-end
// tests, benchmarks): never a downloaded browser. The flags keep it off the network,
// which this machine and CI do not have, and let it run as root in a container.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
