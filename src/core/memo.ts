/**
 * Answers of pure functions of short strings (catalogue lookups, suggestions), kept for the run: a
 * fleet asks the same questions file after file. Cleared when full, so memory stays bounded whatever
 * the input (a hostile file of 100 000 distinct keys).
 */
export function memoizeStrings<R>(compute: (first: string, second: string) => R, capacity = 10_000): (first: string, second: string) => R {
  const answers = new Map<string, R>();
  return (first, second) => {
    const key = `${first}\u0000${second}`;
    if (answers.has(key)) return answers.get(key) as R;
    const answer = compute(first, second);
    if (answers.size >= capacity) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}
