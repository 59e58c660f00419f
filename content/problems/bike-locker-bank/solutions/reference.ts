class BikeLockers {
  /** holder[n] is the member in locker n (index 0 unused); at most 1 000 lockers, so a scan is cheap. */
  private readonly holder: (string | null)[];
  private readonly held = new Map<string, number>();

  constructor(count: number) {
    this.holder = new Array<string | null>(count + 1).fill(null);
  }

  rent(member: string): number {
    if (this.held.has(member)) return -1;
    const locker = this.holder.indexOf(null, 1);
    if (locker === -1) return -1;
    this.holder[locker] = member;
    this.held.set(member, locker);
    return locker;
  }

  release(member: string): number {
    const locker = this.held.get(member);
    if (locker === undefined) return -1;
    this.holder[locker] = null;
    this.held.delete(member);
    return locker;
  }

  lockerOf(member: string): number {
    return this.held.get(member) ?? -1;
  }
}
