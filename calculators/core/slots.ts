/**
 * Named slots in a model's output vector. Models compute into a Float64Array (no objects in the sampling
 * loop); a layout gives every slot a name once, so code reads `out[OUT.unitE]`, never `out[E + 4]`.
 */
export class SlotLayout {
  private next = 0;

  /** One slot per name: { name: index }. */
  named<const N extends string>(names: readonly N[]): Readonly<Record<N, number>> {
    const slots = {} as Record<N, number>;
    for (const name of names) slots[name] = this.next++;
    return Object.freeze(slots);
  }

  /** Slots in the order of `keys`, as a record and as a list (for loops over boundary elements). */
  group<const K extends string>(keys: readonly K[]): Readonly<Record<K, number>> & { readonly list: readonly number[] } {
    const slots = this.named(keys);
    return Object.freeze({ ...slots, list: Object.freeze(keys.map((key) => slots[key])) });
  }

  /** How many slots the layout holds: the length of the output vector. */
  get count(): number {
    return this.next;
  }
}
