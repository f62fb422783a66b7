// an analytics stub that was never finished: it records nothing
export function track(event: string, props: Record<string, unknown>): void {
  void event;
  void props;
}
