/** A named worked example: defined once, used by the chapters, the islands and the tests. */
export interface WorkedExample<I> {
  title: string;
  /** One or two plain sentences: what the example shows and where its numbers come from. */
  summary: string;
  input: I;
  /** Source registry ids behind the example's inputs. */
  sourceIds: string[];
}
