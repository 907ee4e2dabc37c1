// Writes dist/cli/index.js: the CLI runs from the action's bundle (dist/index.js), so dist/ ships
// the code once. The shim marks the process as the CLI before that bundle loads.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = join(dirname(fileURLToPath(import.meta.url)), '../dist/cli');
mkdirSync(cli, { recursive: true });
writeFileSync(
  join(cli, 'index.js'),
  "#!/usr/bin/env node\n// gpu-fit's command line: the code is in ../index.js (the action's bundle).\nglobalThis.GPU_FIT_CLI = true;\nawait import('../index.js');\n",
  { mode: 0o755 },
);
writeFileSync(join(cli, 'package.json'), '{\n  "type": "module"\n}\n');
