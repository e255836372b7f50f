import { compareBinary } from './numbers';

/** One member of a sorted set. */
export interface ScoredMember {
  member: string;
  score: number;
}

function order(a: ScoredMember, b: ScoredMember): number {
  return a.score !== b.score ? (a.score < b.score ? -1 : 1) : compareBinary(a.member, b.member);
}

/**
 * A sorted set ordered as Redis orders one (by score, then by member bytes): a member→score map
 * plus an array kept sorted by binary insertion. The sets a lesson builds (sliding windows) hold
 * at most thousands of members, where this beats a skip list on simplicity.
 */
export class SortedSet {
  private readonly scores = new Map<string, number>();
  private readonly items: ScoredMember[] = [];

  get size(): number {
    return this.items.length;
  }

  score(member: string): number | undefined {
    return this.scores.get(member);
  }

  /** Adds or moves a member. */
  set(member: string, rawScore: number): void {
    // Redis stores integral scores of small sets as integers, so -0 comes back as 0.
    const score = rawScore === 0 ? 0 : rawScore;
    if (this.scores.has(member)) this.remove(member);
    this.scores.set(member, score);
    const item = { member, score };
    this.items.splice(this.lowerBound(item), 0, item);
  }

  remove(member: string): boolean {
    const score = this.scores.get(member);
    if (score === undefined) return false;
    this.items.splice(this.lowerBound({ member, score }), 1);
    this.scores.delete(member);
    return true;
  }

  /** Members in order (a copy). */
  all(): ScoredMember[] {
    return this.items.slice();
  }

  private lowerBound(x: ScoredMember): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(this.items[mid]!, x) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
