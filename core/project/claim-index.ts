/** The ids of a document's claims; undefined for a document the project no longer has. */
export type ClaimsOf = (documentId: string) => readonly string[] | undefined;

/** How long one background slice of the build may hold the event loop. */
const SLICE_MS = 4;

/**
 * The map is split in this many: a Map rehashes all its entries when it grows, which took 20 ms in
 * one go at 100,000 claims under load; sixty-four maps each rehash a sixty-fourth, and each table
 * (under 60 kB at 100,000 claims) stays out of V8's large-object space, which maps new memory for
 * every table it holds.
 */
const SHARDS = 64;

/**
 * Which document each claim belongs to. Filling a Map of 100,000 claim ids took 70 to 250 ms of a
 * project's open under load, and a plain open (listing, reading, a report) never needs it: so the
 * index is not built at open. The first lookup starts building it in short slices between other
 * work; until it is complete, a claim it does not hold yet is searched for in the documents not
 * indexed yet, so a lookup is never wrong and never waits for the whole build.
 */
export class ClaimIndex {
  /**
   * Made at the first claim recorded, not at open: V8 grows a Map that is already in the old
   * generation (as one made at open is by the time a claim is looked up) straight in the old
   * generation, so each smaller table it outgrows stays there as garbage until a full collection
   * (8.5 MB at 100,000 claims, and as much resident memory); a new Map grows young.
   */
  private shards: Map<string, string>[] | null = null;
  /** Documents whose claims may not be in the map yet, in project order, indexed from `next` on. */
  private unindexed: string[];
  private next = 0;
  private slice: NodeJS.Immediate | null = null;
  private stopped = false;
  private readonly waiting: (() => void)[] = [];

  constructor(
    documentIds: Iterable<string>,
    private readonly claimsOf: ClaimsOf,
  ) {
    this.unindexed = [...documentIds];
  }

  /** True once every document opened with the project is in the map. */
  get complete(): boolean {
    return this.next >= this.unindexed.length;
  }

  /** The id of the document holding `claimId`, or undefined when no document holds it. */
  documentOf(claimId: string): string | undefined {
    const known = this.shardOf(claimId).get(claimId);
    if (known !== undefined || this.complete) return known;
    this.startBuilding();
    return this.searchUnindexed(claimId);
  }

  /** Adds a document to index with the others (one read at open and not held). */
  follow(documentId: string): void {
    this.unindexed.push(documentId);
  }

  /** Records a document's current claims (a document added, or its claims changed). */
  addClaims(documentId: string, claims: readonly { readonly id: string }[]): void {
    for (const claim of claims) this.shardOf(claim.id).set(claim.id, documentId);
  }

  /** Forgets claims (before a changed document's current claims are added again). */
  forget(claimIds: readonly string[]): void {
    for (const id of claimIds) this.shardOf(id).delete(id);
  }

  /** Ids end in random letters and digits, so their last character spreads them evenly ('' goes to 0). */
  private shardOf(claimId: string): Map<string, string> {
    this.shards ??= Array.from({ length: SHARDS }, () => new Map<string, string>());
    return this.shards[(claimId.charCodeAt(claimId.length - 1) || 0) % SHARDS]!;
  }

  /** Resolves once the index is complete, building it in slices if nothing started it yet. */
  whenComplete(): Promise<void> {
    if (this.complete || this.stopped) return Promise.resolve();
    this.startBuilding();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Stops the background build (the project is closing); lookups still answer by searching. */
  stop(): void {
    this.stopped = true;
    if (this.slice) clearImmediate(this.slice);
    this.slice = null;
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  private startBuilding(): void {
    if (this.slice || this.stopped || this.complete) return;
    // unref: a command-line run that is done does not wait for an index it no longer needs.
    this.slice = setImmediate(() => this.buildSlice()).unref();
  }

  private buildSlice(): void {
    this.slice = null;
    const until = performance.now() + SLICE_MS;
    // At least one document per slice, so the build always moves on.
    do {
      const documentId = this.unindexed[this.next]!;
      // A claim of this document that a change already recorded is set again to the same id.
      for (const claimId of this.claimsOf(documentId) ?? []) this.shardOf(claimId).set(claimId, documentId);
      this.next++;
    } while (!this.complete && performance.now() < until);
    if (!this.complete) {
      this.startBuilding();
      return;
    }
    this.unindexed = [];
    this.next = 0;
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  /** Looks for a claim in the documents the build has not reached: comparisons only, no Map writes. */
  private searchUnindexed(claimId: string): string | undefined {
    for (let index = this.next; index < this.unindexed.length; index++) {
      const documentId = this.unindexed[index]!;
      if (this.claimsOf(documentId)?.includes(claimId)) return documentId;
    }
    return undefined;
  }
}
