// The action's entry point, as the Actions runner executes dist/index.js.
import { run } from './main.js';

void run();
