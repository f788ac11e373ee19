// The bundles are ES modules: tell Node so, whatever package.json sits above dist/.
import { writeFileSync, chmodSync } from 'node:fs';
writeFileSync(new URL('../dist/package.json', import.meta.url), '{\n  "type": "module"\n}\n');
chmodSync(new URL('../dist/cli/index.js', import.meta.url), 0o755);
