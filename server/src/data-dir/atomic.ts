/**
 * Writing a file so that a crash at any moment leaves either the old file or the new
 * one, never half of one: write a temporary file beside it, flush it to the disk,
 * rename it over the old one (atomic on POSIX), then flush the directory entry.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const TEMPORARY = '.tmp';

export async function writeAtomic(path: string, write: (file: FileHandle) => Promise<void>): Promise<void> {
  const directory = dirname(path);
  await mkdir(directory, { recursive: true });
  await removeLeftovers(path);
  const temporary = `${path}.${process.pid}-${randomBytes(4).toString('hex')}${TEMPORARY}`;
  const file = await open(temporary, 'w');
  try {
    await write(file);
    await file.sync();
  } catch (error) {
    await file.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await file.close();
  await rename(temporary, path);
  await syncDirectory(directory);
}

/** Temporary files of writes that a crash interrupted. One writer at a time is assumed (README). */
async function removeLeftovers(path: string): Promise<void> {
  const prefix = `${basename(path)}.`;
  const names = await readdir(dirname(path));
  await Promise.all(
    names.filter((name) => name.startsWith(prefix) && name.endsWith(TEMPORARY)).map((name) => rm(join(dirname(path), name), { force: true })),
  );
}

async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } catch (error) {
    // Some platforms (Windows) cannot fsync a directory; the rename is still atomic there.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM' && (error as NodeJS.ErrnoException).code !== 'EISDIR') throw error;
  } finally {
    await handle.close();
  }
}
