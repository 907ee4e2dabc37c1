// The action's entry point, as the Actions runner executes dist/index.js.
// The event payload is checked first: @actions/github parses it as soon as it is imported.
import './event-payload.js';
import { run } from './main.js';

void run();
