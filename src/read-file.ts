// Files the check reads from the workspace (manifests, deployment files, config.json) are read
// only when they are regular files of a sane size: a FIFO named by `config:` or matched by a glob
// would block the run forever, a device file never ends, and a huge file would exhaust memory.

import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { MAX_FILE_BYTES } from './constants.js';

/** The file's text; throws an Error whose message says why it is not read. */
export async function readRegularFile(path: string, maxBytes = MAX_FILE_BYTES): Promise<string> {
  // O_NONBLOCK: opening a FIFO must not wait for a writer.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new Error('it is not a regular file (a FIFO, device or socket is never read)');
    if (stat.size > maxBytes) throw new Error(`it is ${stat.size} bytes, more than the ${maxBytes} gpu-fit reads`);
    return await handle.readFile({ encoding: 'utf8' });
  } finally {
    await handle.close();
  }
}
