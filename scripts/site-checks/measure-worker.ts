/** One thread's share of the footprint measurement (footprint.ts): the weight of each page it is given. */
import { readDistFile } from './dist-files.ts';
import { workerJob } from './in-workers.ts';
import { measurePage, type PageWeight } from './page-weight.ts';

export interface MeasureItem {
  dist: string;
  /** The page's HTML file by site path: '/0.2/scope/index.html'. */
  file: string;
}

// One bytes object per file, so bytesOf compresses each shared stylesheet and script once in this thread.
const cache = new Map<string, Buffer | undefined>();
const reader = (dist: string) => (sitePath: string) => {
  if (!cache.has(sitePath)) cache.set(sitePath, readDistFile(dist, sitePath));
  return cache.get(sitePath);
};

workerJob<MeasureItem, PageWeight>(({ dist, file }) => {
  const read = reader(dist);
  return measurePage(file.replace(/index\.html$/, ''), read(file)!.toString('utf8'), read);
});
