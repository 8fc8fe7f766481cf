// The registry this project installs from serves only this platform's builds of rollup's native binaries, so
// `npm install` leaves the other platforms' optional packages out of package-lock.json and `npm ci` then refuses
// the lock file. This adds the missing entries (os/cpu/libc restricted, so npm never tries to fetch them).
// Run after any `npm install` that rewrites the lock file: node scripts/lockfile-platforms.mjs
import fs from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const packages = lock.packages;
let added = 0;
for (const entry of Object.values(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    if (!name.startsWith('@rollup/rollup-') || packages[`node_modules/${name}`]) continue;
    const [os, cpu = 'x64'] = name.slice('@rollup/rollup-'.length).split('-');
    const libc = name.includes('musl') ? ['musl'] : os === 'linux' ? ['glibc'] : undefined;
    packages[`node_modules/${name}`] = { version, cpu: [cpu], dev: true, license: 'MIT', optional: true, os: [os], ...(libc ? { libc } : {}) };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
fs.writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`lockfile-platforms: ${added} entries added`);
