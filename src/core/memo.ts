/**
 * Answers of pure functions of two short strings (catalogue lookups, suggestions), kept for the run: a
 * fleet asks the same questions file after file. Two levels of maps rather than one joined key, so a
 * lookup hashes the caller's strings (V8 keeps a string's hash) instead of building a new one. Cleared
 * when full, so memory stays bounded whatever the input (a hostile file of 100 000 distinct keys).
 */
export function memoizeStrings<R>(compute: (first: string, second: string) => R, capacity = 10_000): (first: string, second: string) => R {
  const answers = new Map<string, Map<string, R>>();
  let size = 0;
  return (first, second) => {
    let inner = answers.get(first);
    const known = inner?.get(second);
    if (known !== undefined || inner?.has(second)) return known as R;
    const answer = compute(first, second);
    if (size >= capacity) {
      answers.clear();
      size = 0;
      inner = undefined;
    }
    if (!inner) answers.set(first, (inner = new Map()));
    inner.set(second, answer);
    size++;
    return answer;
  };
}

/**
 * A function of one object (a parsed document, a loaded configuration, a rule's options) whose answer
 * is kept as long as the object lives: facts that several rules, or every file of a run, ask for.
 */
export function memoizeByObject<K extends object, R>(compute: (key: K) => R): (key: K) => R {
  const answers = new WeakMap<K, R>();
  return (key) => {
    if (answers.has(key)) return answers.get(key) as R;
    const answer = compute(key);
    answers.set(key, answer);
    return answer;
  };
}
