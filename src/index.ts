// The one bundle, dist/index.js: the action, as the Actions runner executes it, and the CLI when
// dist/cli/index.js (a shim) loads it. One bundle instead of two keeps dist/ small.
// The event payload is checked first: @actions/github parses it as soon as it is imported.
import './event-payload.js';
import { runCli } from './cli/index.js';
import { run } from './main.js';

if ((globalThis as { GPU_FIT_CLI?: boolean }).GPU_FIT_CLI === true) void runCli();
else void run();
