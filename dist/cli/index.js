#!/usr/bin/env node
// gpu-fit's command line: the code is in ../index.js (the action's bundle).
globalThis.GPU_FIT_CLI = true;
await import('../index.js');
