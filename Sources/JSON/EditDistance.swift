/// The Levenshtein distance between two strings: the fewest insertions, deletions and
/// substitutions of single characters that turn `a` into `b`.
///
/// Compares `Character`s exactly, so case matters; ``closestMatch(to:among:)`` ignores case.
public func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    // Two rows of the full table are enough: each row depends only on the one above.
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
            current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}

/// The candidate that `text` is most likely a typo of, for "did you mean" suggestions.
///
/// Distances ignore case. A candidate qualifies when its distance is at most
/// `max(2, text.count / 3)` and smaller than `text.count` (so a two-letter word is not
/// "corrected" into an unrelated one). The closest qualifying candidate wins; on a tie the
/// earlier one in `candidates`. Returns nil when none qualifies.
public func closestMatch(to text: String, among candidates: [String]) -> String? {
    let lowered = text.lowercased()
    let limit = min(max(2, text.count / 3), text.count - 1)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
        let distance = editDistance(lowered, candidate.lowercased())
        if distance <= limit, distance < (best?.distance ?? Int.max) {
            best = (candidate, distance)
        }
    }
    return best?.candidate
}
