/** One thread's share of the footprint measurement (footprint.ts): the weight of each page it is given. */
import { cachedDistReader, pagePathOf } from './dist-files.ts';
import { workerJob } from './in-workers.ts';
import { measurePage, type PageWeight } from './page-weight.ts';

export interface MeasureItem {
  dist: string;
  /** The page's HTML file by site path: '/0.2/scope/index.html'. */
  file: string;
}

// One reader for the thread, so each shared stylesheet and script is read and compressed once in it.
let read: ReturnType<typeof cachedDistReader> | undefined;

workerJob<MeasureItem, PageWeight>(({ dist, file }) => {
  read ??= cachedDistReader(dist);
  return measurePage(pagePathOf(file), read(file)!.toString('utf8'), read);
});
