/// A light suffix stripper: enough to make "proposed", "proposes" and "proposal" meet in restatement memory.
enum Stemmer {
    static func stem(_ word: String) -> String {
        var w = word.lowercased()
        if w.count > 4, w.hasSuffix("ies") { w = String(w.dropLast(3)) + "y" }
        else if w.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us") { w.removeLast() }
        if w.count > 5, w.hasSuffix("ing") { w.removeLast(3) }
        else if w.count > 4, w.hasSuffix("ed") { w.removeLast(2) }
        else if w.count > 5, w.hasSuffix("al") { w.removeLast(2) }
        if w.count > 4, w.hasSuffix("e") { w.removeLast() }
        return w
    }
}
